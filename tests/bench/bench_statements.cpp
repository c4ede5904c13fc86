// pg_stat_statements full: 9,900 distinct statements in the sandbox (pg_stat_statements.max is
// 10,000). Measures the server time of one sample (EXPLAIN ANALYZE of the counters query) and
// its round trip, the texts query of a first sample, the parse and the tracker on the worker
// thread, the GUI-thread time of the Statements page applying a refresh (model + proxy +
// filters + the four charts + details, then a synchronous repaint; target < 16 ms), and the
// history rows one sample writes (with the time to write them).
//   scripts/pg-sandbox start build/<dir>/pg-sandbox.env && build/<dir>/tests/bench/bench_statements
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "history/store.h"
#include "monitor/statementmodel.h"
#include "monitor/statementsampler.h"
#include "monitor/statementtracker.h"
#include "statements/statementspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <ctime>
#include <memory>

namespace {
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

constexpr int Columns = 150;
constexpr int Statements = 9900;

struct Fixture {
    std::unique_ptr<pg::Connection> monitor;
    std::unique_ptr<pg::Connection> work;
    QStringList texts; // the 9,900 statements
    pg::Result counters, info;
    monitor::StatementSample sample;
    monitor::StatementSnapshot snapA, snapB; // two successive refreshes with a window
    int entries = 0;
    double firstFetchMs = 0;
    int firstTexts = 0;
    int firstSent = 0, deltaSent = 0, deltaHeld = 0;
    double firstMs = 0, deltaMs = 0;
    QList<history::Sample> historyRows;
    std::unique_ptr<core::ProfileStore> profiles;
    std::unique_ptr<core::Workspace> workspace;
    std::unique_ptr<ui::StatementsPage> page;
    QTemporaryDir dir;
};
Fixture *fx = nullptr;

monitor::StatementFetch fetch(monitor::StatementSampler &s) {
    return QCoro::waitFor(s.fetch(fx->monitor.get()));
}

void runStatements(int from, int to) {
    for (int i = from; i < to; i += 500) {
        const QString script = fx->texts.mid(i, std::min(500, to - i)).join(QStringLiteral(";\n"));
        const auto results = QCoro::waitFor(fx->work->execScript(script));
        if (!results.isEmpty() && !results.last().ok())
            qFatal("workload failed: %s", qPrintable(results.last().error()->toString()));
    }
}

bool setUp(Fixture &f) {
    sandbox::createDatabase(QStringLiteral("bench_stmt"));
    QStringList cols;
    for (int c = 1; c <= Columns; ++c)
        cols << QStringLiteral("c%1 int DEFAULT %1").arg(c, 3, 10, QLatin1Char('0'));
    bool ok = false;
    sandbox::psql(QStringLiteral("CREATE TABLE bench_wide (%1); INSERT INTO bench_wide DEFAULT VALUES")
                      .arg(cols.join(QStringLiteral(", "))),
                  QStringLiteral("bench_stmt"), &ok);
    if (!ok)
        return false;
    // Distinct query ids: each statement reads a different pair of columns.
    for (int a = 1; a <= Columns && f.texts.size() < Statements; ++a)
        for (int b = a + 1; b <= Columns && f.texts.size() < Statements; ++b)
            f.texts << QStringLiteral("SELECT c%1, c%2 FROM bench_wide WHERE c%1 > 0")
                           .arg(a, 3, 10, QLatin1Char('0'))
                           .arg(b, 3, 10, QLatin1Char('0'));
    f.monitor = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba monitor"));
    f.work = testutil::connect(sandbox::dsn(QStringLiteral("bench_stmt")), QStringLiteral("bench workload"));
    if (!f.monitor->isReady() || !f.work->isReady())
        return false;
    sandbox::psql(QStringLiteral("SELECT pg_stat_statements_reset()"));
    runStatements(0, Statements);
    f.entries = sandbox::psql(QStringLiteral("SELECT count(*) FROM pg_stat_statements")).toInt();

    monitor::StatementSampler sampler;
    monitor::StatementTracker tracker(15 * 60000);
    tracker.setHistoryEveryMs(0);
    QElapsedTimer t;
    t.start();
    auto first = fetch(sampler);
    f.firstFetchMs = double(t.nsecsElapsed()) / 1e6;
    f.firstTexts = first.textsFetched;
    f.firstSent = first.rowsSent;
    f.firstMs = first.serverMs;
    if (!first.ok())
        return false;
    tracker.add(first.sample);
    // Two refreshes in which 100 statements (1 %) ran: the typical refresh.
    auto snapshot = [&](int from) {
        runStatements(from, from + 100);
        QTest::qWait(20);
        auto fr = fetch(sampler);
        f.deltaSent = fr.rowsSent;
        f.deltaHeld = int(fr.sample.rows.size());
        f.deltaMs = fr.serverMs;
        auto snap = tracker.add(fr.sample);
        for (auto &r : snap.rows)
            r.text = fr.texts.value(r.totals.key);
        return snap;
    };
    f.snapA = snapshot(0);
    f.historyRows = tracker.takeHistoryRows();
    f.snapB = snapshot(100);
    f.sample = first.sample;
    const QString sql = monitor::StatementSampler::sql(QStringLiteral("statements"), f.monitor.get(),
                                                       QStringLiteral("public"));
    f.counters = QCoro::waitFor(f.monitor->query(sql));
    f.info = QCoro::waitFor(f.monitor->query(monitor::StatementSampler::sql(
        QStringLiteral("statements_info"), f.monitor.get(), QStringLiteral("public"))));

    f.profiles = std::make_unique<core::ProfileStore>(f.dir.filePath(QStringLiteral("profiles.ini")));
    f.workspace = std::make_unique<core::Workspace>(f.profiles.get());
    f.page = std::make_unique<ui::StatementsPage>(f.workspace.get());
    f.page->resize(1180, 780);
    f.page->show();
    QTest::qWait(100);
    return true;
}

void BM_ServerTimeOfSample(benchmark::State &state) {
    const QString sql = monitor::StatementSampler::sql(QStringLiteral("statements"), fx->monitor.get(),
                                                       QStringLiteral("public"));
    double serverMs = 0, roundTripMs = 0;
    for (auto _ : state) {
        const pg::Result e = QCoro::waitFor(
            fx->monitor->query(QStringLiteral("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ") + sql));
        serverMs = QJsonDocument::fromJson(e.text(0, 0).toUtf8())
                       .array()
                       .at(0)
                       .toObject()
                       .value(QStringLiteral("Execution Time"))
                       .toDouble();
        QElapsedTimer t;
        t.start();
        const pg::Result r = QCoro::waitFor(fx->monitor->query(sql));
        roundTripMs = double(t.nsecsElapsed()) / 1e6;
        benchmark::DoNotOptimize(r.rows());
        state.SetIterationTime(serverMs / 1000.0);
    }
    state.counters["server_ms"] = serverMs;
    state.counters["round_trip_ms"] = roundTripMs;
    state.counters["entries"] = fx->entries;
}

void BM_ParseSample(benchmark::State &state) {
    for (auto _ : state) {
        auto s = monitor::StatementSample::fromResults(fx->counters, fx->info, 1);
        benchmark::DoNotOptimize(s.rows.size());
    }
    state.counters["rows"] = fx->counters.rows();
}

void BM_TrackerAdd(benchmark::State &state) {
    monitor::StatementTracker tracker;
    qint64 ts = 1000;
    auto s = fx->sample;
    tracker.add(s);
    for (auto _ : state) {
        ts += 5000;
        s.tsMs = ts;
        for (int i = 0; i < 100; ++i) // 1 % of the statements ran
            s.rows[i * 97 % s.rows.size()].calls += 1;
        auto snap = tracker.add(s);
        benchmark::DoNotOptimize(snap.rows.size());
    }
}

void BM_GuiApplyRefresh(benchmark::State &state) {
    double cpuTotal = 0, wallTotal = 0, worst = 0;
    int n = 0;
    bool flip = false;
    for (auto _ : state) {
        const auto &snap = flip ? fx->snapA : fx->snapB;
        flip = !flip;
        const double cpu0 = threadCpuMs();
        QElapsedTimer wall;
        wall.start();
        fx->page->applySnapshot(snap);
        fx->page->repaint(); // paint now, table and the visible chart included
        const double cpu = threadCpuMs() - cpu0;
        const double w = double(wall.nsecsElapsed()) / 1e6;
        state.SetIterationTime(w / 1000.0);
        cpuTotal += cpu;
        wallTotal += w;
        worst = std::max(worst, w);
        ++n;
    }
    state.counters["gui_cpu_ms"] = cpuTotal / n;
    state.counters["gui_wall_ms"] = wallTotal / n;
    state.counters["gui_wall_worst_ms"] = worst;
    state.counters["rows"] = fx->page->model()->rowCount();
}

void BM_HistoryWrite(benchmark::State &state) {
    history::Store store;
    store.open(fx->dir.filePath(QStringLiteral("history.sqlite")));
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        store.appendBatch(QStringLiteral("bench"), QStringLiteral("statement"), fx->historyRows);
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
    }
    state.counters["rows_per_sample"] = double(fx->historyRows.size());
}
} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    testutil::isolateSettings();
    QApplication app(argc, argv);
    Fixture f;
    fx = &f;
    if (!setUp(f)) {
        std::fprintf(stderr, "bench_statements: setup failed (is the sandbox running?)\n");
        return 1;
    }
    std::printf("entries in pg_stat_statements: %d; first fetch (counters + %d texts + parse): %.1f ms; "
                "history rows for a refresh where 100 statements ran: %lld\n",
                f.entries, f.firstTexts, f.firstFetchMs, static_cast<long long>(f.historyRows.size()));
    std::printf("counters query: first sample %d entries sent in %.1f ms; a refresh where 100 ran: %d of %d "
                "entries sent in %.1f ms\n",
                f.firstSent, f.firstMs, f.deltaSent, f.deltaHeld, f.deltaMs);
    benchmark::RegisterBenchmark("statements/server_time_of_sample", BM_ServerTimeOfSample)
        ->UseManualTime()
        ->Iterations(20)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("statements/parse_10k_rows_worker", BM_ParseSample)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("statements/tracker_add_10k_worker", BM_TrackerAdd)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("statements/gui_apply_refresh", BM_GuiApplyRefresh)
        ->UseManualTime()
        ->Iterations(40)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("statements/history_write_one_sample", BM_HistoryWrite)
        ->UseManualTime()
        ->Iterations(20)
        ->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    f.page.reset();
    return 0;
}
