// Live activity with 1,000 client sessions in the sandbox (850 idle, 100 idle in transaction,
// 40 running pg_sleep, 10 waiting on row locks). Measures the server time of one activity
// refresh (the query's own clock_timestamp() - statement_timestamp()), the round trip, the
// snapshot parse on the worker thread, and the GUI-thread time per refresh of the real Activity
// page in the main window, offscreen: model diff + proxy filter/sort + details pane + a
// synchronous repaint of the page. Target: under 16 ms per refresh.
// The 1,000 sessions live in a child process (this program with --hold-sessions): a thousand
// connections in the GUI's own process would make its event loop poll a thousand sockets on
// every wake-up, which the real application never does.
//   scripts/pg-sandbox start build/<dir>/pg-sandbox.env && build/<dir>/tests/bench/bench_activity
#include "sandbox.h"
#include "testutil.h"

#include "activity/activitypage.h"
#include "core/profilestore.h"
#include "core/workspace.h"
#include "mainwindow.h"
#include "monitor/activityfilter.h"
#include "monitor/activitymodel.h"
#include "monitor/activitysnapshot.h"
#include "monitor/poller.h"
#include "pg/sqlfile.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <vector>

namespace {
// CPU time of the calling thread: the GUI thread's own work, whatever else the machine runs.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

constexpr int Idle = 850, IdleInTransaction = 100, Sleeping = 40, Waiting = 10;

struct Fixture {
    std::unique_ptr<pg::Connection> monitor;
    QProcess holder;
    pg::Result last;
};
Fixture *fx = nullptr;

// A full refresh (every session, every text): the parameters of the first refresh.
QCoro::Task<pg::Result> activityQuery() {
    return fx->monitor->query(
        pg::sqlFile(QStringLiteral("monitor/activity"), fx->monitor->facts().versionNum),
        monitor::ActivitySnapshot::deltaParams({}));
}

// The child: opens the sessions in their states, says "ready", then holds them until killed.
int holdSessions() {
    sandbox::psql(QStringLiteral(
        "DROP TABLE IF EXISTS bench_rows; CREATE TABLE bench_rows (id int PRIMARY KEY, v int); "
        "INSERT INTO bench_rows SELECT g, 0 FROM generate_series(1, 100) g"));
    std::vector<std::unique_ptr<pg::Connection>> sessions;
    std::vector<QCoro::Task<pg::Result>> running;
    const QString padding = QString(400, QLatin1Char('x'));
    for (int i = 0; i < Idle + IdleInTransaction + Sleeping + Waiting; ++i) {
        auto c = testutil::connect(sandbox::dsn(), QStringLiteral("bench-app-%1").arg(i % 25));
        if (!c->isReady())
            return 1;
        if (i < Idle) {
            testutil::exec(*c, QStringLiteral("SELECT %1 AS n /* %2 */").arg(i).arg(padding));
        } else if (i < Idle + IdleInTransaction) {
            testutil::exec(*c, QStringLiteral("BEGIN"));
            testutil::exec(*c,
                           QStringLiteral("UPDATE bench_rows SET v = v + 1 WHERE id = %1").arg(i - Idle + 1));
        } else if (i < Idle + IdleInTransaction + Sleeping) {
            running.push_back(
                c->query(QStringLiteral("SELECT pg_sleep(600), %1 /* %2 */").arg(i).arg(padding)));
        } else { // waits for a row held by one of the idle transactions
            running.push_back(
                c->query(QStringLiteral("UPDATE bench_rows SET v = v + 1 WHERE id = %1").arg(i % 10 + 1)));
        }
        sessions.push_back(std::move(c));
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}

bool setUp(Fixture &f, const QString &program) {
    f.monitor = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba monitor"));
    f.holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    f.holder.start(program, {QStringLiteral("--hold-sessions")});
    if (!testutil::waitUntil([&] { return f.holder.canReadLine(); }, 300000))
        return false;
    QTest::qWait(500);
    const pg::Result r =
        testutil::exec(*f.monitor, QStringLiteral("SELECT count(*) AS n FROM pg_stat_activity "
                                                  "WHERE backend_type = 'client backend'"));
    std::fprintf(stderr, "setup: %lld client sessions\n", r.int64(0, "n"));
    return r.int64(0, "n") >= 1000;
}

void tearDown(Fixture &f) {
    f.holder.kill();
    f.holder.waitForFinished();
    // A killed client does not stop a backend sleeping in pg_sleep: end them on the server.
    sandbox::psql(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                 "WHERE application_name LIKE 'bench-app-%'"));
}

void BM_ServerActivityQuery(benchmark::State &state) {
    double sumRoundTrip = 0;
    int n = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        pg::Result r = QCoro::waitFor(activityQuery());
        const double roundTrip = double(t.nsecsElapsed()) / 1e6;
        if (!r.ok()) {
            state.SkipWithError(qPrintable(r.error()->message));
            return;
        }
        const double serverMs = monitor::ActivitySnapshot::fromResult(r).serverMs;
        state.SetIterationTime(serverMs / 1000.0);
        sumRoundTrip += roundTrip;
        ++n;
        state.counters["rows"] = r.rows();
        fx->last = r;
    }
    state.counters["round_trip_ms"] = n ? sumRoundTrip / n : 0;
}

void BM_WorkerParseSnapshot(benchmark::State &state) {
    for (auto _ : state) {
        auto s = monitor::ActivitySnapshot::fromResult(fx->last);
        benchmark::DoNotOptimize(s);
        state.counters["sessions"] = double(s.sessions.size());
    }
}

void BM_GuiModelDiff(benchmark::State &state) {
    // Model + filter proxy sorted by duration, without a view: one real snapshot after another.
    monitor::ActivityModel model;
    monitor::ActivityFilter filter;
    filter.setSourceModel(&model);
    filter.setHideIdle(state.range(0) == 0);
    filter.sort(monitor::ActivityModel::Duration, Qt::DescendingOrder);
    model.setSnapshot(monitor::ActivitySnapshot::fromResult(fx->last));
    for (auto _ : state) {
        state.PauseTiming();
        QTest::qWait(20); // time passes: every duration changes
        const auto snap = monitor::ActivitySnapshot::fromResult(QCoro::waitFor(activityQuery()));
        state.ResumeTiming();
        model.setSnapshot(snap);
    }
    state.counters["rows_shown"] = filter.rowCount();
}

void BM_GuiActivityPageRefresh(benchmark::State &state) {
    // The real page in the real window, offscreen. Each iteration takes a fresh snapshot from the
    // server (not timed), then times on the GUI thread what a refresh costs there: applySnapshot
    // (model diff, proxy filter and sort, filter choices, details pane, status line) and the
    // repaint. range(0): 0 = idle sessions hidden (the default), 1 = all 1,000 rows in the table.
    // range(1): 0 = the repaint Qt does by itself (dirty regions, processEvents), 1 = a forced
    // synchronous repaint of the whole page (an upper bound).
    QTemporaryDir dir;
    core::ProfileStore profiles(dir.filePath(QStringLiteral("p.ini")));
    core::Workspace ws(&profiles);
    ui::MainWindow w(&ws);
    w.resize(1400, 860);
    w.show();
    QCoro::waitFor(w.connectDsn(sandbox::dsn()));
    w.showPage(QStringLiteral("activity"));
    auto *page = qobject_cast<ui::ActivityPage *>(w.page(QStringLiteral("activity")));
    page->poller()->setPaused(true); // the benchmark drives the refreshes
    page->findChild<QCheckBox *>(QStringLiteral("hideIdle"))->setChecked(state.range(0) == 0);
    page->applySnapshot(monitor::ActivitySnapshot::fromResult(QCoro::waitFor(activityQuery())));
    page->view()->selectRow(3);
    QTest::qWait(50);
    const bool forced = state.range(1) == 1;
    double worst = 0, sum = 0, worstCpu = 0, sumCpu = 0;
    int n = 0;
    for (auto _ : state) {
        QTest::qWait(20);
        const auto snap = monitor::ActivitySnapshot::fromResult(QCoro::waitFor(activityQuery()));
        QCoreApplication::processEvents(); // nothing else pending when the clock starts
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        page->applySnapshot(snap);
        if (forced)
            page->repaint();
        else
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // Qt paints what changed
        const double cpu = threadCpuMs() - cpu0;
        const double ms = double(t.nsecsElapsed()) / 1e6;
        state.SetIterationTime(ms / 1000.0);
        worst = std::max(worst, ms);
        sum += ms;
        worstCpu = std::max(worstCpu, cpu);
        sumCpu += cpu;
        ++n;
    }
    state.counters["wall_mean_ms"] = n ? sum / n : 0;
    state.counters["wall_worst_ms"] = worst;
    state.counters["cpu_mean_ms"] = n ? sumCpu / n : 0;
    state.counters["cpu_worst_ms"] = worstCpu;
    state.counters["rows_total"] = page->model()->rowCount();
    state.counters["rows_shown"] = page->filter()->rowCount();
}
} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("PGDBA_NO_KEYRING", "1");
    if (argc > 1 && std::strcmp(argv[1], "--hold-sessions") == 0) {
        QCoreApplication app(argc, argv);
        return holdSessions();
    }
    QApplication app(argc, argv);
    testutil::isolateSettings();
    benchmark::Initialize(&argc, argv);
    Fixture f;
    fx = &f;
    if (!setUp(f, QCoreApplication::applicationFilePath())) {
        std::fprintf(stderr,
                     "bench_activity: setup failed (is the sandbox running? max_connections 1200?)\n");
        return 1;
    }
    benchmark::RegisterBenchmark("server/activity_query", BM_ServerActivityQuery)
        ->UseManualTime()
        ->Iterations(50)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("worker/parse_snapshot", BM_WorkerParseSnapshot)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("gui/model_diff", BM_GuiModelDiff)
        ->Arg(0)
        ->Arg(1)
        ->ArgName("all_rows")
        ->Iterations(50)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("gui/activity_page_refresh", BM_GuiActivityPageRefresh)
        ->ArgsProduct({{0, 1}, {0, 1}})
        ->ArgNames({"all_rows", "forced_repaint"})
        ->UseManualTime()
        ->Iterations(50)
        ->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    tearDown(f);
    return 0;
}
