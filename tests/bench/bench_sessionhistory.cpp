// Session history (issue 13): store growth per day and read/draw times from a warm store.
// Builds two SQLite stores in a scratch folder (no server needed):
//  - one day of 1 s samples of the recorder's 250-session workload (30 active, 10 idle in
//    transaction, 10 waiting on a lock, 200 idle: 50 rows per sample), written through
//    SessionWriter exactly as the sampler writes them, aggregated once a minute;
//  - 30 days of one-minute aggregates (25 key combinations a minute, the per-class counts), and
//    the hour aggregates built from them.
// Then measures: a sample's write, the Timeline's read for 24 h of raw samples and for 30 days of
// minute aggregates, painting the chart at 1280 px, and filling the top lists (with the top
// queries' calls and mean from a day of statements deltas) for windows of 5 min, 15 min, 1 h and
// 24 h of the day store, 24 h of the month store, and the GUI thread's longest stall meanwhile.
//   build/<dir>/tests/bench/bench_sessionhistory   (PGDBA_BENCH_HOURS=24 sets the raw day's length)
#include "history/store.h"
#include "loopchecker.h"
#include "monitor/statementtracker.h"
#include "sessionhistory/sessionstore.h"
#include "sessionhistory/timelinecontroller.h"
#include "timeline/timelinechart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <ctime>

using namespace sessionhistory;

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
const QString kServer = QStringLiteral("bench:5432");

int hours() {
    const int h = qEnvironmentVariableIntValue("PGDBA_BENCH_HOURS");
    return h > 0 ? h : 24;
}

// The workload of tests/bench/bench-record.py as rows: 30 active (mostly pg_sleep, some other
// waits and CPU, 100 query shapes), 10 idle in transaction, 10 waiting on the first of them.
SessionSample workloadSample(QRandomGenerator &rng, qint64 ts) {
    static const QStringList waits{QString(), QStringLiteral("Timeout:PgSleep"),
                                   QStringLiteral("IO:DataFileRead"), QStringLiteral("LWLock:WALWrite"),
                                   QStringLiteral("Client:ClientRead")};
    SessionSample s;
    s.tsMs = ts;
    s.idle = 200;
    for (int i = 0; i < 50; ++i) {
        SessionRow r;
        r.pid = 10000 + i;
        r.user = QStringLiteral("app_user%1").arg(i % 3);
        r.database = QStringLiteral("shop");
        r.application = QStringLiteral("bench %1").arg(i % 4);
        r.client = QStringLiteral("10.0.0.%1").arg(i % 16);
        r.backendType = QStringLiteral("client backend");
        r.xactStartMs = ts - 1000 - i * 37;
        r.queryStartMs = ts - 500 - i * 11;
        if (i < 30) {
            r.state = QStringLiteral("active");
            const QString w = i < 20 ? waits.at(1) : waits.at(int(rng.bounded(qsizetype(waits.size()))));
            r.waitType = w.section(QLatin1Char(':'), 0, 0);
            r.waitEvent = w.section(QLatin1Char(':'), 1);
            const int q = int(rng.bounded(100));
            r.query = QStringLiteral("SELECT o.id, o.status, c.name FROM orders o JOIN couriers c ON c.id = "
                                     "o.courier_id WHERE o.status = $1 AND o.zone = $2 -- shape %1")
                          .arg(q);
            r.queryId = 1000 + q;
        } else if (i < 40) {
            r.state = QStringLiteral("idle in transaction");
            r.query = QStringLiteral("LOCK TABLE bench_locked IN ACCESS EXCLUSIVE MODE");
            r.queryId = 77;
        } else {
            r.state = QStringLiteral("active");
            r.waitType = QStringLiteral("Lock");
            r.waitEvent = QStringLiteral("relation");
            r.blockers = {10030};
            r.waitStartMs = ts - 60000;
            r.lockMode = QStringLiteral("AccessShareLock");
            r.relation = QStringLiteral("bench_locked");
            r.query = QStringLiteral("SELECT count(*) FROM bench_locked");
            r.queryId = 78;
        }
        s.rows << r;
    }
    return s;
}

struct Env {
    QTemporaryDir dir;
    history::Store day, month;
    qint64 dayEnd = 0, monthEnd = 0;
    double writeMsPerSample = 0;
    qint64 dayBytes = 0;

    Env() {
        QRandomGenerator rng(7);
        day.open(dir.filePath(QStringLiteral("day.sqlite")));
        SessionWriter w(day.database());
        w.ensureSchema();
        const qint64 start = QDateTime::currentMSecsSinceEpoch() / kHour * kHour - qint64(hours()) * kHour;
        dayEnd = start + qint64(hours()) * kHour;
        QElapsedTimer t;
        t.start();
        int n = 0;
        for (qint64 ts = start; ts < dayEnd; ts += 1000, ++n) {
            w.writeSample(kServer, workloadSample(rng, ts));
            if (n % 60 == 59)
                w.downsample(kServer, ts);
        }
        writeMsPerSample = double(t.nsecsElapsed()) / 1e6 / n;
        QSqlQuery(day.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        dayBytes = QFileInfo(dir.filePath(QStringLiteral("day.sqlite"))).size();
        std::printf("one %d h day: %d samples written, %.3f ms each (encode, intern, commit; minute "
                    "aggregation included); store %.1f MB -> %.1f MB/day\n",
                    hours(), n, writeMsPerSample, dayBytes / 1e6, dayBytes / 1e6 * 24.0 / hours());
        // The Statements sampler's deltas of the same day (kind "statement", one point per
        // statement per minute): the top queries' calls and mean come from them.
        {
            const QString kind = QString::fromLatin1(monitor::StatementTracker::HistoryKind);
            QList<history::Sample> batch;
            for (qint64 ts = start + 60000; ts <= dayEnd; ts += 60000) {
                for (int q = 0; q < 100; ++q) {
                    QJsonObject o;
                    o.insert(QStringLiteral("d_calls"), 30 + q);
                    o.insert(QStringLiteral("d_ms"), 12.5 * (30 + q));
                    batch << history::Sample{ts, QStringLiteral("%1/10/16384").arg(1000 + q), o};
                }
                if (batch.size() >= 6000) {
                    day.appendBatch(kServer, kind, batch);
                    batch.clear();
                }
            }
            day.appendBatch(kServer, kind, batch);
        }
        QSqlQuery(day.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const qint64 withStatements = QFileInfo(dir.filePath(QStringLiteral("day.sqlite"))).size();
        std::printf("statements deltas of the day (100 statements a minute): +%.1f MB\n",
                    (withStatements - dayBytes) / 1e6);

        month.open(dir.filePath(QStringLiteral("month.sqlite")));
        SessionWriter m(month.database());
        m.ensureSchema();
        const int srv = m.serverId(kServer);
        // Dictionary entries for the aggregate keys.
        QList<quint32> waitIds, queryIds;
        for (const QString &wt : {QStringLiteral("Timeout:PgSleep"), QStringLiteral("IO:DataFileRead"),
                                  QStringLiteral("LWLock:WALWrite"), QStringLiteral("Lock:relation")})
            waitIds << m.intern(srv, Kind::Wait, wt);
        for (int q = 0; q < 100; ++q)
            queryIds << m.intern(srv, Kind::Query, QStringLiteral("SELECT shape %1").arg(q), 1000 + q);
        const quint32 user = m.intern(srv, Kind::User, QStringLiteral("app_user"));
        const quint32 app = m.intern(srv, Kind::Application, QStringLiteral("bench"));
        const quint32 db = m.intern(srv, Kind::Database, QStringLiteral("shop"));
        const quint32 client = m.intern(srv, Kind::Client, QStringLiteral("10.0.0.1"));
        monthEnd = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000;
        const qint64 monthStart = monthEnd - 30 * kDay;
        QSqlDatabase mdb = month.database();
        mdb.transaction();
        QSqlQuery agg(mdb), aggn(mdb);
        agg.prepare(
            QStringLiteral("INSERT INTO sh_agg (srv, level, ts, dim, k1, k2, n) VALUES (?, 1, ?, ?, ?, ?, ?) "
                           "ON CONFLICT DO NOTHING"));
        aggn.prepare(
            QStringLiteral("INSERT INTO sh_aggn (srv, level, ts, samples, cls) VALUES (?, 1, ?, 60, ?)"));
        auto put = [&](qint64 ts, int dim, quint32 k1, quint32 k2, qint64 n) {
            const QVariantList values{srv, ts, dim, qint64(k1), qint64(k2), n};
            for (int i = 0; i < values.size(); ++i)
                agg.bindValue(i, values.at(i));
            agg.exec();
        };
        static const WaitClass classes[] = {WaitClass::Timeout, WaitClass::IO, WaitClass::LWLock,
                                            WaitClass::Lock, WaitClass::Cpu};
        for (qint64 ts = monthStart; ts < monthEnd; ts += 60000) {
            ClassCounts cls{};
            // 1,800 active session-samples a minute (30 active): 100 (wait, query) pairs, and the
            // (user|application|database|client, wait) pairs.
            for (int k = 0; k < 100; ++k) {
                const int wi = k % 5;
                cls[int(classes[wi])] += 18;
                put(ts, 0, wi == 4 ? 0 : waitIds.at(wi), queryIds.at(k), 18);
            }
            for (int wi = 0; wi < 5; ++wi)
                for (int dim = 1; dim <= 4; ++dim)
                    put(ts, dim,
                        dim == 1   ? user
                        : dim == 2 ? app
                        : dim == 3 ? db
                                   : client,
                        wi == 4 ? 0 : waitIds.at(wi), 360);
            aggn.bindValue(0, srv);
            aggn.bindValue(1, ts);
            aggn.bindValue(2, encodeClasses(cls));
            aggn.exec();
        }
        // The minutes are done up to monthEnd; the hours are built from them as the recorder
        // builds them.
        QSqlQuery progress(mdb);
        progress.prepare(QStringLiteral("INSERT INTO sh_progress (srv, level, next_ts) VALUES (?, 1, ?)"));
        progress.addBindValue(srv);
        progress.addBindValue(monthEnd);
        progress.exec();
        mdb.commit();
        while (m.downsample(kServer, monthEnd) > 0) {
        }
    }
};

Env &env() {
    static Env e;
    return e;
}

void BM_WriteSample(benchmark::State &state) {
    for (auto _ : state)
        state.SetIterationTime(env().writeMsPerSample / 1000.0);
    state.counters["MB_per_day"] = double(env().dayBytes) / 1e6 * 24.0 / hours();
}

void timelineRead(benchmark::State &state, bool month, Level level) {
    Env &e = env();
    const QString conn = (month ? e.month : e.day).database().connectionName();
    const qint64 to = month ? e.monthEnd : e.dayEnd;
    const qint64 from = month ? to - 30 * kDay : to - qint64(hours()) * kHour;
    SessionReader r(conn);
    TimelineData d;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        d = r.timeline(kServer, from, to, 600, level);
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
    }
    state.counters["samples"] = double(d.samples);
    state.counters["buckets"] = double(d.ts.size());
}

void BM_Timeline24hRaw(benchmark::State &state) {
    timelineRead(state, false, Level::Raw);
}
void BM_Timeline24hMinute(benchmark::State &state) {
    timelineRead(state, false, Level::Minute);
}
void BM_Timeline30dMinute(benchmark::State &state) {
    timelineRead(state, true, Level::Minute);
}

void BM_PaintChart(benchmark::State &state) {
    Env &e = env();
    SessionReader r(e.day.database().connectionName());
    ui::TimelineChart chart;
    chart.resize(1280, 400);
    chart.setRange(e.dayEnd - qint64(hours()) * kHour, e.dayEnd);
    chart.setData(r.timeline(kServer, e.dayEnd - qint64(hours()) * kHour, e.dayEnd, 600, Level::Raw));
    chart.setReferenceLines({{100.0, QStringLiteral("max_connections")}, {2.0, QStringLiteral("CPUs")}});
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const QPixmap p = chart.grab();
        benchmark::DoNotOptimize(p.width());
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
    }
}

void windowRead(benchmark::State &state, bool month, qint64 spanMs) {
    Env &e = env();
    const QString conn = (month ? e.month : e.day).database().connectionName();
    const qint64 to = month ? e.monthEnd : e.dayEnd;
    WindowData w;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        // As the page asks: the level follows the window (raw up to 6 h, minutes up to 8 days);
        // six top lists, calls and mean of the top queries, the incidents.
        w = TimelineController::readWindow(conn, kServer, to - spanMs, to, std::nullopt, 10);
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
    }
    state.counters["level"] = double(int(w.level));
    state.counters["samples"] = double(w.samples);
    qint64 calls = 0;
    for (const TopEntry &q : w.tops.value(int(Dim::Query)))
        calls += qMax<qint64>(0, q.calls);
    state.counters["top_query_calls"] = double(calls);
}

void BM_Window5m(benchmark::State &state) {
    windowRead(state, false, 5 * 60 * 1000);
}
void BM_Window15m(benchmark::State &state) {
    windowRead(state, false, 15 * 60 * 1000);
}
void BM_Window1h(benchmark::State &state) {
    windowRead(state, false, kHour);
}
void BM_Window24h(benchmark::State &state) {
    windowRead(state, false, qint64(hours()) * kHour);
}
void BM_Window24hMonthStore(benchmark::State &state) {
    windowRead(state, true, kDay);
}

// The page's path: TimelineController reads the window on the thread pool while the GUI
// thread's event loop runs; the longest gap between its 5 ms ticks while a 1 h window is read.
void BM_WindowGuiThreadGap(benchmark::State &state) {
    Env &e = env();
    TimelineController c;
    c.setSamplingEnabled(false);
    c.setHistory(&e.day);
    c.setServer(nullptr, kServer);
    qint64 worst = 0;
    double guiCpuMs = 0;
    int reads = 0;
    auto threadCpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    for (auto _ : state) {
        LoopChecker loop;
        const double cpu0 = threadCpuMs();
        QEventLoop events; // the GUI thread's loop, sleeping between events as the window's does
        auto conn = QObject::connect(&c, &TimelineController::windowReady, &events,
                                     [&](const WindowData &) { events.quit(); });
        QElapsedTimer t;
        t.start();
        c.requestWindow(e.dayEnd - kHour, e.dayEnd);
        events.exec();
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        guiCpuMs += threadCpuMs() - cpu0;
        ++reads;
        QObject::disconnect(conn);
        worst = qMax(worst, loop.maxGapMs());
    }
    state.counters["max_gui_gap_ms"] = double(worst);
    // What the GUI thread itself ran per read (request, the 5 ms ticks, the result): when it is a
    // small part of the longest gap, the gap was the scheduler's, not work on the GUI thread.
    state.counters["gui_thread_cpu_ms_per_read"] = reads > 0 ? guiCpuMs / reads : 0.0;
    // The same loop with nothing read, as long: what the machine's load alone costs the GUI
    // thread (on a shared 2-core VM the scheduler's slices show up as gaps too).
    LoopChecker idle;
    QEventLoop events;
    QTimer::singleShot(2000, &events, &QEventLoop::quit);
    events.exec();
    state.counters["max_gui_gap_idle_ms"] = double(idle.maxGapMs());
}
} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    env();
    auto reg = [](const char *name, void (*fn)(benchmark::State &)) {
        benchmark::RegisterBenchmark(name, fn)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(1.0);
    };
    reg("store/write_one_sample_50_rows", BM_WriteSample);
    reg("read/timeline_24h_raw_1s", BM_Timeline24hRaw);
    reg("read/timeline_24h_minute", BM_Timeline24hMinute);
    reg("read/timeline_30d_minute", BM_Timeline30dMinute);
    reg("gui/paint_chart_1280x400", BM_PaintChart);
    reg("read/window_5m_top_lists", BM_Window5m);
    reg("read/window_15m_top_lists", BM_Window15m);
    reg("read/window_1h_top_lists", BM_Window1h);
    reg("read/window_24h_top_lists", BM_Window24h);
    reg("read/window_24h_top_lists_month_store", BM_Window24hMonthStore);
    reg("gui/window_1h_read_gui_thread", BM_WindowGuiThreadGap);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
