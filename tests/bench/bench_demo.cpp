// The demo generator's speed target (issue 3: 1,000,000 orders well under a minute) and the
// cost of the benchmark's own statistics (sorting every sample for exact percentiles).
//   scripts/pg-sandbox start build/<dir>/pg-sandbox.env && build/<dir>/tests/bench/bench_demo
// Each generator iteration recreates the database "bench_demo_gen" in the sandbox.
#include "sandbox.h"
#include "testutil.h"

#include "bench/latencysummary.h"
#include "demo/generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <random>

namespace {

void BM_GenerateOrders(benchmark::State &state) {
    const qint64 orders = state.range(0);
    for (auto _ : state) {
        const QString dsn = sandbox::createDatabase(QStringLiteral("bench_demo_gen"));
        demo::Generator g;
        demo::Generator::Options o;
        o.orders = orders;
        QElapsedTimer t;
        t.start();
        const auto err = QCoro::waitFor(g.run(pg::ConnInfo(dsn), o));
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        if (err) {
            state.SkipWithError(qPrintable(err->toString()));
            return;
        }
        state.counters["events_per_order"] = g.counts().value(QStringLiteral("events")).toDouble() /
                                             g.counts().value(QStringLiteral("orders")).toDouble();
    }
    state.counters["orders_per_s"] =
        benchmark::Counter(double(orders) * double(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_LatencySummary(benchmark::State &state) {
    std::mt19937 rng(1);
    std::lognormal_distribution<double> latency(1.0, 1.0);
    std::vector<double> samples(size_t(state.range(0)));
    for (double &s : samples)
        s = latency(rng);
    for (auto _ : state)
        benchmark::DoNotOptimize(bench::LatencySummary::compute(QStringLiteral("x"), samples, 0, 30.0));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RegisterBenchmark("demo/generate_orders", BM_GenerateOrders)
        ->Arg(100000)
        ->Arg(1000000)
        ->UseManualTime()
        ->Iterations(1)
        ->Unit(benchmark::kSecond);
    benchmark::RegisterBenchmark("bench/latency_summary", BM_LatencySummary)
        ->Arg(100000)
        ->Arg(1000000)
        ->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
