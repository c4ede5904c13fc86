// Idle CPU of pgdba with the Dashboard open at 1 s refresh: starts the real executable
// (`pgdba --dsn <sandbox> --page dashboard`, offscreen, settings and history in a scratch
// folder), lets it warm up, then reads its utime + stime from /proc/<pid>/stat over a measuring
// period (60 s; PGDBA_BENCH_SECONDS changes it). Also runs the Activity page the same way for
// comparison. Target for the dashboard: under 2 % of one core.
//   scripts/pg-sandbox start build/<dir>/pg-sandbox.env && build/<dir>/tests/bench/bench_dashboard_cpu
#include "sandbox.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <unistd.h>

namespace {
// utime + stime of a process, in clock ticks.
qint64 cpuTicks(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = f.readAll();
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    // state is field 3; utime and stime are fields 14 and 15 (1-based) of the whole line.
    return fields.value(11).toLongLong() + fields.value(12).toLongLong();
}

int seconds() {
    const int s = qEnvironmentVariableIntValue("PGDBA_BENCH_SECONDS");
    return s > 0 ? s : 60;
}

void measure(benchmark::State &state, const QString &pageId) {
    for (auto _ : state) {
        QTemporaryDir scratch;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("PGDBA_NO_KEYRING"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), scratch.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), scratch.path());
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("--dsn"), sandbox::dsn(), QStringLiteral("--page"), pageId});
        if (!p.waitForStarted(10000)) {
            state.SkipWithError("pgdba did not start (build the pgdba target)");
            return;
        }
        QTest::qWait(8000); // connect, first samples, history store opened
        const qint64 t0 = cpuTicks(p.processId());
        const int s = seconds();
        QTest::qWait(s * 1000);
        const qint64 t1 = cpuTicks(p.processId());
        p.terminate();
        p.waitForFinished(10000);
        if (t0 < 0 || t1 < 0) {
            state.SkipWithError("pgdba exited early");
            return;
        }
        const double cpuS = double(t1 - t0) / double(sysconf(_SC_CLK_TCK));
        state.SetIterationTime(double(s));
        state.counters["cpu_percent_of_one_core"] = 100.0 * cpuS / s;
        state.counters["cpu_seconds"] = cpuS;
        state.counters["seconds"] = s;
    }
}

void BM_DashboardIdleCpu(benchmark::State &state) {
    measure(state, QStringLiteral("dashboard"));
}
void BM_ActivityIdleCpu(benchmark::State &state) {
    measure(state, QStringLiteral("activity"));
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    testutil::isolateSettings();
    benchmark::Initialize(&argc, argv);
    benchmark::RegisterBenchmark("process/dashboard_1s_idle_cpu", BM_DashboardIdleCpu)
        ->UseManualTime()
        ->Iterations(1)
        ->Unit(benchmark::kSecond);
    benchmark::RegisterBenchmark("process/activity_2s_idle_cpu", BM_ActivityIdleCpu)
        ->UseManualTime()
        ->Iterations(1)
        ->Unit(benchmark::kSecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
