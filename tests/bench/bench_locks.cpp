// The lock tree under load: 500 waiting sessions (lock queues behind 40 root blockers) and
// 100,000 held locks (advisory locks plus relation locks on 1,000 tables), in the sandbox.
// The sessions run in a child process (--hold-locks). Measures the server time of one refresh (tree,
// all-locks summary, badge count), the parse + forest time on the worker thread, the GUI-thread time of the
// Locks page per refresh (model, proxy and view updates) with the longest event-loop stall, and memory.
//   scripts/pg-sandbox start build/<dir>/pg-sandbox.env && build/<dir>/tests/bench/bench_locks
#include "loopchecker.h"
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "locks/lockspage.h"
#include "mainwindow.h"
#include "monitor/lockforest.h"
#include "monitor/locksummarymodel.h"
#include "monitor/locksummaryrow.h"
#include "monitor/locktreemodel.h"
#include "pg/sqlfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

namespace {
constexpr int Roots = 40;
constexpr int Waiters = 500;
constexpr int AdvisoryPerRoot = 2500; // 40 x 2,500 = 100,000
constexpr int Tables = 1000;

// The sessions holding and waiting for locks live in a child process (this program with
// --hold-locks): 540 connections in the GUI's own process would make its event loop poll 540
// sockets on every wake-up, which the real application never does.
struct Holder {
    std::vector<std::unique_ptr<pg::Connection>> roots, waiters;
    std::vector<QCoro::Task<pg::Result>> waiting;
};

struct Fixture {
    QString dsn;
    std::unique_ptr<pg::Connection> monitor;
    QProcess holder;
    pg::Result snapshot, summary;
    qint64 locksHeld = 0;
};
Fixture *fx = nullptr;

// CPU time of the calling (GUI) thread: unlike wall time, not inflated when a busy machine
// deschedules the process.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double rssMb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

QString benchDsn() {
    return sandbox::dsn(QStringLiteral("lockbench"));
}

bool holdLocks(Holder &h) {
    const QString dsn = benchDsn();
    for (int r = 0; r < Roots; ++r) {
        auto c = testutil::connect(dsn, QStringLiteral("bench-root"));
        if (!c->isReady())
            return false;
        testutil::exec(*c, QStringLiteral("BEGIN"));
        testutil::exec(*c, QStringLiteral("UPDATE orders SET v = v + 1 WHERE id = %1").arg(r + 1));
        testutil::exec(*c,
                       QStringLiteral("SELECT count(pg_advisory_xact_lock(g)) FROM generate_series(%1, %2) g")
                           .arg(r * AdvisoryPerRoot)
                           .arg((r + 1) * AdvisoryPerRoot - 1));
        QStringList lock;
        for (int t = r * (Tables / Roots); t < (r + 1) * (Tables / Roots); ++t)
            lock << QStringLiteral("t_%1").arg(t);
        testutil::exec(*c,
                       QStringLiteral("LOCK TABLE %1 IN SHARE MODE").arg(lock.join(QStringLiteral(", "))));
        h.roots.push_back(std::move(c));
    }
    for (int w = 0; w < Waiters; ++w) {
        auto c = testutil::connect(dsn, QStringLiteral("bench-waiter"));
        if (!c->isReady())
            return false;
        h.waiting.push_back(
            c->query(QStringLiteral("UPDATE orders SET v = v + 1 WHERE id = %1").arg(w % Roots + 1)));
        h.waiters.push_back(std::move(c));
    }
    return true;
}

bool setUp(Fixture &f, const QString &program) {
    sandbox::createDatabase(QStringLiteral("lockbench"));
    f.dsn = benchDsn();
    QString ddl = QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, v int);"
                                 "INSERT INTO orders SELECT g, 0 FROM generate_series(1, %1) g;")
                      .arg(Roots);
    for (int t = 0; t < Tables; ++t)
        ddl += QStringLiteral("CREATE TABLE t_%1 (id int);").arg(t);
    sandbox::psql(ddl, QStringLiteral("lockbench"));
    f.monitor = testutil::connect(f.dsn, QStringLiteral("pgdba monitor"));
    f.holder.setProcessChannelMode(QProcess::ForwardedChannels);
    f.holder.start(program, {QStringLiteral("--hold-locks")});
    const bool all = testutil::waitUntil(
        [&] {
            return testutil::exec(*f.monitor, pg::sqlFile(QStringLiteral("monitor/locks_count")))
                       .int64(0, "blocked") == Waiters;
        },
        120000);
    f.locksHeld =
        testutil::exec(*f.monitor, QStringLiteral("SELECT count(*) AS n FROM pg_locks")).int64(0, "n");
    std::fprintf(stderr, "setup: %d waiting sessions, %lld locks in pg_locks\n", Waiters, f.locksHeld);
    return all;
}

void tearDown(Fixture &f) {
    f.holder.kill(); // its sessions end, their locks go
    f.holder.waitForFinished();
}

void timedQuery(benchmark::State &state, const QString &sql, const QVariantList &params, pg::Result *keep) {
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        pg::Result r = QCoro::waitFor(fx->monitor->query(sql, params));
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        if (!r.ok()) {
            state.SkipWithError(qPrintable(r.error()->message));
            return;
        }
        state.counters["rows"] = r.rows();
        if (keep)
            *keep = r;
    }
    state.counters["locks_held"] = double(fx->locksHeld);
}

void BM_ServerLockTree(benchmark::State &state) {
    // The whole forest every time ($1 NULL), as a first refresh or one after the forest changed.
    timedQuery(state, pg::sqlFile(QStringLiteral("monitor/locks_snapshot"), fx->monitor->facts().versionNum),
               {QVariant()}, &fx->snapshot);
}

void BM_ServerAllLocksSummary(benchmark::State &state) {
    QVariantList params;
    params << ui::LocksPage::SummaryRowLimit;
    timedQuery(state, pg::sqlFile(QStringLiteral("monitor/locks_summary")), params, &fx->summary);
}

void BM_ServerBadgeCount(benchmark::State &state) {
    timedQuery(state, pg::sqlFile(QStringLiteral("monitor/locks_count")), {}, nullptr);
}

void BM_WorkerParseAndBuildForest(benchmark::State &state) {
    for (auto _ : state) {
        auto forest = monitor::LockForest::build(monitor::LockSnapshot::fromResult(fx->snapshot, 0));
        auto summary = monitor::LockSummary::fromResult(fx->summary);
        benchmark::DoNotOptimize(forest);
        benchmark::DoNotOptimize(summary);
        state.counters["nodes"] = double(forest.nodes().size());
        state.counters["roots"] = double(forest.roots().size());
        state.counters["depth"] = forest.depth();
        state.counters["summary_rows"] = double(summary.rows.size());
    }
}

void BM_GuiModelsUpdateInPlace(benchmark::State &state) {
    // The models alone, refreshed with the same sessions (the common case).
    const auto forest = monitor::LockForest::build(monitor::LockSnapshot::fromResult(fx->snapshot, 0));
    const auto summary = monitor::LockSummary::fromResult(fx->summary);
    monitor::LockTreeModel tree;
    monitor::LockSummaryModel all;
    tree.setForest(forest);
    all.setSummary(summary);
    for (auto _ : state) {
        tree.setForest(forest);
        all.setSummary(summary);
    }
}

void BM_GuiLocksPageRefresh(benchmark::State &state) {
    // The real page in the real window, shown offscreen: GUI-thread time of each refresh
    // (LocksPage::lastApplyMs: models, sort proxies, tree view), the longest event-loop stall
    // around it (painting included), and the process's memory growth.
    QTemporaryDir dir;
    core::ProfileStore profiles(dir.filePath(QStringLiteral("p.ini")));
    core::Workspace ws(&profiles);
    ui::MainWindow w(&ws);
    w.resize(1400, 860);
    w.show();
    const double rssBefore = rssMb();
    QCoro::waitFor(w.connectDsn(fx->dsn));
    w.showPage(QStringLiteral("locks"));
    auto *page = qobject_cast<ui::LocksPage *>(w.page(QStringLiteral("locks")));
    page->setRefreshIntervalMs(3600 * 1000); // only the bench's own refreshes
    QSignalSpy arrived(page, &ui::Page::dataArrived);
    arrived.wait(30000); // first fill
    const double firstApply = page->lastApplyMs();
    const double rssAfterFirstFill = rssMb();
    // Control: the longest stall of the same event loop over 2 s without a refresh (a busy
    // machine deschedules the process too; compare the stall during refreshes with this).
    LoopChecker loop;
    const double idle0 = threadCpuMs();
    QTest::qWait(2000);
    const double idlePer50Ms = (threadCpuMs() - idle0) / 40; // timer ticks, no refresh
    state.counters["idle_loop_stall_ms"] = double(loop.maxGapMs());
    double worstApply = 0, sumApply = 0, sumServer = 0, sumCpu = 0, worstCpu = 0, worstPaint = 0;
    double sumRefreshCpu = 0, worstRefreshCpu = 0, maxStall = 0;
    int n = 0;
    for (auto _ : state) {
        loop.reset();
        arrived.clear();
        const double cpu0 = threadCpuMs();
        QElapsedTimer wall;
        wall.start();
        page->refresh();
        if (!arrived.wait(30000)) {
            state.SkipWithError("no refresh");
            return;
        }
        // Everything the GUI thread did for this refresh: sending the queries, reading the
        // replies, applying them, and painting what changed (Qt paints during the next 50 ms;
        // the bench's own idle cost, its 5 ms loop-checker timer, is taken off).
        const double cpu1 = threadCpuMs();
        QTest::qWait(50);
        const double paint = std::max(0.0, threadCpuMs() - cpu1 - idlePer50Ms);
        maxStall = std::max(maxStall, double(loop.maxGapMs()));
        const double waitedMs = double(wall.elapsed()) - 50; // the refresh, without the 50 ms above
        const double refreshCpu = std::max(0.0, cpu1 - cpu0 - idlePer50Ms * waitedMs / 50);
        sumRefreshCpu += refreshCpu;
        worstRefreshCpu = std::max(worstRefreshCpu, refreshCpu);
        worstPaint = std::max(worstPaint, paint);
        sumCpu += refreshCpu + paint;
        worstCpu = std::max(worstCpu, refreshCpu + paint);
        state.SetIterationTime(page->lastApplyMs() / 1000.0);
        worstApply = std::max(worstApply, page->lastApplyMs());
        sumApply += page->lastApplyMs();
        sumServer += page->lastServerMs();
        ++n;
    }
    state.counters["max_loop_stall_ms"] = maxStall;
    state.counters["first_fill_ms"] = firstApply;
    state.counters["worst_apply_ms"] = worstApply;
    state.counters["mean_apply_ms"] = n ? sumApply / n : 0;
    state.counters["mean_server_ms"] = n ? sumServer / n : 0;
    state.counters["gui_thread_cpu_mean_ms"] = n ? sumCpu / n : 0;
    state.counters["gui_thread_cpu_worst_ms"] = worstCpu;
    state.counters["paint_after_refresh_worst_ms"] = worstPaint;
    state.counters["refresh_cpu_mean_ms"] = n ? sumRefreshCpu / n : 0;
    state.counters["refresh_cpu_worst_ms"] = worstRefreshCpu;
    state.counters["rss_growth_mb"] = rssMb() - rssBefore; // connect, first fill, all refreshes
    state.counters["rss_growth_refreshes_mb"] = rssMb() - rssAfterFirstFill;
    state.counters["rss_mb"] = rssMb();
    state.counters["blocked"] = page->treeModel()->blockedCount();
}
} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("PGDBA_NO_KEYRING", "1");
    if (argc > 1 && qstrcmp(argv[1], "--hold-locks") == 0) {
        QCoreApplication app(argc, argv);
        Holder h;
        if (!holdLocks(h))
            return 1;
        return app.exec(); // until the benchmark kills us
    }
    QApplication app(argc, argv);
    testutil::isolateSettings();
    benchmark::Initialize(&argc, argv);
    Fixture f;
    fx = &f;
    if (!setUp(f, QCoreApplication::applicationFilePath())) {
        std::fprintf(stderr, "bench_locks: setup failed (is the sandbox running?)\n");
        return 1;
    }
    benchmark::RegisterBenchmark("server/lock_tree_query", BM_ServerLockTree)
        ->UseManualTime()
        ->Iterations(20)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("server/all_locks_summary_query", BM_ServerAllLocksSummary)
        ->UseManualTime()
        ->Iterations(20)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("server/badge_count_query", BM_ServerBadgeCount)
        ->UseManualTime()
        ->Iterations(20)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("worker/parse_and_build_forest", BM_WorkerParseAndBuildForest)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("gui/models_update_in_place", BM_GuiModelsUpdateInPlace)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("gui/locks_page_refresh", BM_GuiLocksPageRefresh)
        ->UseManualTime()
        ->Iterations(qEnvironmentVariableIntValue("PGDBA_BENCH_PAGE_REFRESHES") > 0
                         ? qEnvironmentVariableIntValue("PGDBA_BENCH_PAGE_REFRESHES")
                         : 20)
        ->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    tearDown(f);
    return 0;
}
