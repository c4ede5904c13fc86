// What one Activity refresh costs (issue 20): bytes from the server, bytes to it, the monitoring
// backend's CPU and the client's CPU, for 250 sessions (200 idle, 30 active, 10 idle in
// transaction, 10 waiting on a lock) and 1,000 sessions (950 idle, the same 50 others).
// The refresh is the real one: ActivityCollector through a monitoring connection over TCP on
// 127.0.0.1, merged on the thread pool, then ActivityModel + ActivityFilter (idle hidden, sorted
// by duration), one refresh a second. Each population is measured twice: as the application does
// it (the first refresh sends everything, later ones what changed), and with every refresh sent
// in full (ActivityCollector::resetDelta() before each: what every refresh cost before).
//   bytes from / to the server: the socket's own counters (TCP_INFO tcpi_bytes_received and
//     tcpi_bytes_acked of the monitoring connection): the whole protocol (RowDescription,
//     DataRows, CommandComplete, ReadyForQuery; Parse/Bind/Execute and the parameters going up),
//     without TCP/IP headers
//   backend CPU: the monitoring backend's on-CPU time from /proc/<pid>/schedstat (ns)
//   client CPU: this process's CPU time (every thread) from refreshNow() to the model updated
// The sessions live in a child process (this program with --hold IDLE), so the client's event
// loop polls one socket, as the application's does.
//   cmake --preset asan -DPGDBA_BUILD_BENCH=ON && cmake --build --preset asan --target bench_refresh_bytes
//   scripts/pg-sandbox start build/asan/pg-sandbox.env
//   build/asan/tests/bench/bench_refresh_bytes            # [refreshes, default 30] [250|1000|statements]
// "statements" measures a Statements sample the same way instead (StatementSampler, the sampler
// of the Statements page, the Dashboard and the recorder): 5,000 distinct entries in
// pg_stat_statements, 50 of them run between two samples; every entry every time
// (StatementSampler::resetDelta() before each) against only the entries whose calls moved.
//   scripts/pg-sandbox stop build/asan/pg-sandbox.env
#include "sandbox.h"
#include "testutil.h"

#include "monitor/activitycollector.h"
#include "monitor/activityfilter.h"
#include "monitor/activitymodel.h"
#include "monitor/poller.h"
#include "monitor/statementsampler.h"
#include "pg/sqlfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <arpa/inet.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <vector>

namespace {

constexpr int Active = 30, IdleInTransaction = 10, Waiting = 10;

double processCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// On-CPU time of a process in ms (the first field of /proc/<pid>/schedstat is in ns).
double schedCpuMs(int pid) {
    QFile f(QStringLiteral("/proc/%1/schedstat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 0).toDouble() / 1e6;
}

// The socket of this process connected to 127.0.0.1:port (the monitoring connection).
int socketTo(int port) {
    const QStringList fds =
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::System);
    for (const QString &name : fds) {
        const int fd = name.toInt();
        sockaddr_in peer{};
        socklen_t len = sizeof peer;
        if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &len) == 0 && peer.sin_family == AF_INET &&
            ntohs(peer.sin_port) == port)
            return fd;
    }
    return -1;
}

struct Bytes {
    quint64 received = 0, sent = 0;
};
Bytes socketBytes(int fd) {
    tcp_info info{};
    socklen_t len = sizeof info;
    if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0)
        return {};
    return {info.tcpi_bytes_received, info.tcpi_bytes_acked};
}

// The child: the population, then "ready", then held until killed.
int holdSessions(int idle) {
    sandbox::psql(QStringLiteral(
        "DROP TABLE IF EXISTS bench_delta_rows; CREATE TABLE bench_delta_rows (id int PRIMARY KEY, v int); "
        "INSERT INTO bench_delta_rows SELECT g, 0 FROM generate_series(1, 10) g"));
    std::vector<std::unique_ptr<pg::Connection>> sessions;
    std::vector<QCoro::Task<pg::Result>> running;
    const QString padding = QString(400, QLatin1Char('x'));
    for (int i = 0; i < idle + Active + IdleInTransaction + Waiting; ++i) {
        auto c = testutil::connect(sandbox::dsn(), QStringLiteral("bench-delta-%1").arg(i % 25));
        if (!c->isReady())
            return 1;
        if (i < idle) {
            testutil::exec(*c, QStringLiteral("SELECT %1 AS n /* %2 */").arg(i).arg(padding));
        } else if (i < idle + Active) {
            running.push_back(
                c->query(QStringLiteral("SELECT pg_sleep(600), %1 /* %2 */").arg(i).arg(padding)));
        } else if (i < idle + Active + IdleInTransaction) {
            testutil::exec(*c, QStringLiteral("BEGIN"));
            testutil::exec(*c, QStringLiteral("UPDATE bench_delta_rows SET v = v + 1 WHERE id = %1")
                                   .arg(i - idle - Active + 1));
        } else { // waits for a row one of the idle transactions holds
            running.push_back(c->query(
                QStringLiteral("UPDATE bench_delta_rows SET v = v + 1 WHERE id = %1").arg(i % 10 + 1)));
        }
        sessions.push_back(std::move(c));
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}

struct Figures {
    double firstKb = 0;
    std::vector<double> kbIn, kbOut, backendMs, clientMs;
    int rowsShown = 0, sessions = 0, rowsSent = 0;
};

double mean(const std::vector<double> &v) {
    double s = 0;
    for (double x : v)
        s += x;
    return v.empty() ? 0 : s / double(v.size());
}
double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}
double maxOf(const std::vector<double> &v) {
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

Figures measure(int refreshes, bool delta) {
    Figures out;
    pg::Connection conn;
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba monitor");
    o.readOnly = true;
    o.statementTimeoutMs = 10000;
    conn.setOptions(o);
    if (auto e = QCoro::waitFor(conn.open(pg::ConnInfo(sandbox::tcpDsn(sandbox::password()))))) {
        std::fprintf(stderr, "connect: %s\n", qPrintable(e->message));
        return out;
    }
    const int fd = socketTo(sandbox::port());
    const int backend = conn.facts().backendPid;
    monitor::ActivityCollector collector;
    monitor::ActivityModel model;
    monitor::ActivityFilter filter;
    filter.setSourceModel(&model);
    filter.sort(monitor::ActivityModel::Duration, Qt::DescendingOrder);
    collector.setServer(&conn, QString());
    int done = 0;
    double clientCpu = 0;
    QObject::connect(&collector, &monitor::ActivityCollector::snapshotReady, &model,
                     [&](const monitor::ActivitySnapshot &s) {
                         model.setSnapshot(s);
                         clientCpu = processCpuMs();
                         out.rowsSent = int(s.pidsReceived.size());
                         ++done;
                     });
    for (int i = 0; i <= refreshes; ++i) {
        if (!delta)
            collector.resetDelta();
        QTest::qWait(i == 0 ? 0 : 1000); // one refresh a second, as on the page
        const Bytes b0 = socketBytes(fd);
        const double back0 = schedCpuMs(backend);
        const double cpu0 = processCpuMs();
        const int before = done;
        collector.poller()->refreshNow();
        if (!testutil::waitUntil([&] { return done > before; }, 30000)) {
            std::fprintf(stderr, "refresh %d did not finish\n", i);
            return out;
        }
        // The backend has answered once the snapshot is here; its counters are current.
        const Bytes b1 = socketBytes(fd);
        const double kbIn = double(b1.received - b0.received) / 1024.0;
        if (i == 0) { // the first refresh sends everything either way
            out.firstKb = kbIn;
            continue;
        }
        out.kbIn.push_back(kbIn);
        out.kbOut.push_back(double(b1.sent - b0.sent) / 1024.0);
        out.backendMs.push_back(schedCpuMs(backend) - back0);
        out.clientMs.push_back(clientCpu - cpu0);
    }
    out.sessions = int(model.rowCount());
    out.rowsShown = filter.rowCount();
    return out;
}

// The Dashboard's sample (sql/monitor/serverstats.sql: one row per database, sessions counted by
// state from pg_stat_get_activity(NULL)) against the form it had before (the pg_stat_activity
// view, with its joins): bytes from the server and the monitoring backend's CPU, `samples`
// samples 200 ms apart.
void measureServerStats(int samples) {
    const QString before = QStringLiteral(
        "WITH s AS (SELECT datid, "
        "count(*) FILTER (WHERE state = 'active' AND wait_event_type IS DISTINCT FROM 'Lock') AS active, "
        "count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock') AS waiting, "
        "count(*) FILTER (WHERE state LIKE 'idle in transaction%') AS idle_in_xact, "
        "count(*) FILTER (WHERE state = 'idle') AS idle, "
        "count(*) FILTER (WHERE state IS NULL OR state NOT IN ('active', 'idle', 'idle in transaction', "
        "'idle in transaction (aborted)')) AS other "
        "FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() GROUP BY "
        "datid) "
        "SELECT d.datid::bigint AS datid, coalesce(d.datname, '') AS datname, d.xact_commit, "
        "d.xact_rollback, "
        "d.tup_inserted, d.tup_updated, d.tup_deleted, d.tup_fetched, d.tup_returned, d.blks_read, "
        "d.blks_hit, "
        "d.stats_reset, coalesce(s.active, 0) AS active, coalesce(s.waiting, 0) AS waiting, "
        "coalesce(s.idle_in_xact, 0) AS idle_in_xact, coalesce(s.idle, 0) AS idle, coalesce(s.other, 0) AS "
        "other, "
        "(extract(epoch FROM statement_timestamp()) * 1000)::bigint AS server_ms "
        "FROM pg_stat_database d LEFT JOIN s ON s.datid = d.datid ORDER BY d.datid");
    pg::Connection conn;
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba monitor");
    o.readOnly = true;
    conn.setOptions(o);
    if (auto e = QCoro::waitFor(conn.open(pg::ConnInfo(sandbox::tcpDsn(sandbox::password()))))) {
        std::fprintf(stderr, "connect: %s\n", qPrintable(e->message));
        return;
    }
    const QString now = pg::sqlFile(QStringLiteral("monitor/serverstats"), conn.facts().versionNum);
    const int fd = socketTo(sandbox::port());
    const int backend = conn.facts().backendPid;
    std::printf(
        "\nDashboard sample (serverstats.sql), %d samples\n"
        "| form | KB from server mean | backend CPU ms median / mean / max | client sessions counted |\n"
        "|---|---|---|---|\n",
        samples);
    for (bool current : {false, true}) {
        std::vector<double> kb, ms;
        qint64 counted = 0;
        for (int i = 0; i <= samples; ++i) {
            QTest::qWait(200);
            const Bytes b0 = socketBytes(fd);
            const double back0 = schedCpuMs(backend);
            const pg::Result r = QCoro::waitFor(conn.query(current ? now : before));
            if (!r.ok()) {
                std::fprintf(stderr, "serverstats: %s\n", qPrintable(r.error()->toString()));
                return;
            }
            const Bytes b1 = socketBytes(fd);
            if (i == 0)
                continue; // the first one also reads the catalogs into the backend's caches
            kb.push_back(double(b1.received - b0.received) / 1024.0);
            ms.push_back(schedCpuMs(backend) - back0);
            counted = 0;
            for (int row = 0; row < r.rows(); ++row)
                counted += r.int64(row, "active") + r.int64(row, "waiting") + r.int64(row, "idle_in_xact") +
                           r.int64(row, "idle") + r.int64(row, "other");
        }
        std::printf("| %s | %.2f | %.2f / %.2f / %.2f | %lld |\n",
                    current ? "pg_stat_get_activity(NULL), no view (now)"
                            : "the pg_stat_activity view (before)",
                    mean(kb), median(ms), mean(ms), maxOf(ms), static_cast<long long>(counted));
        std::fflush(stdout);
    }
}

bool runPopulation(int idle, int refreshes) {
    QProcess holder;
    holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold"), QString::number(idle)});
    if (!testutil::waitUntil([&] { return holder.canReadLine(); }, 600000)) {
        std::fprintf(stderr, "the sessions did not come up\n");
        return false;
    }
    const int total = idle + Active + IdleInTransaction + Waiting;
    // Wait for the waiting sessions to wait (they were sent last).
    testutil::waitUntil(
        [&] {
            return testutil::activityCount(QStringLiteral("application_name LIKE 'bench-delta-%' AND "
                                                          "wait_event_type = 'Lock'")) >= Waiting;
        },
        30000);
    std::printf("\n%d sessions (%d idle, %d active, %d idle in transaction, %d waiting), %d refreshes a "
                "second apart\n",
                total, idle, Active, IdleInTransaction, Waiting, refreshes);
    std::printf("| mode | first refresh KB | KB from server mean / max | KB to server mean | backend CPU ms "
                "median / mean / "
                "max | client CPU ms median / mean / max | rows sent | sessions / shown |\n"
                "|---|---|---|---|---|---|---|---|\n");
    for (bool delta : {false, true}) {
        const Figures f = measure(refreshes, delta);
        std::printf(
            "| %s | %.1f | %.2f / %.2f | %.2f | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f | %d | %d / %d |\n",
            delta ? "what changed (now)" : "every session every time", f.firstKb, mean(f.kbIn), maxOf(f.kbIn),
            mean(f.kbOut), median(f.backendMs), mean(f.backendMs), maxOf(f.backendMs), median(f.clientMs),
            mean(f.clientMs), maxOf(f.clientMs), f.rowsSent, f.sessions, f.rowsShown);
        std::fflush(stdout);
    }
    measureServerStats(refreshes);
    holder.kill();
    holder.waitForFinished();
    // A killed client does not stop a backend sleeping in pg_sleep: end them on the server.
    sandbox::psql(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                 "WHERE application_name LIKE 'bench-delta-%'"));
    testutil::waitUntil(
        [&] { return testutil::activityCount(QStringLiteral("application_name LIKE 'bench-delta-%'")) == 0; },
        30000);
    return true;
}

// Statements samples: 5,000 distinct entries (each reads another pair of columns of a wide
// table), 50 of them run before each sample.
constexpr int StatementColumns = 110, StatementEntries = 5000, StatementsMoved = 50;

void runStatements(pg::Connection &work, const QStringList &texts, int from, int to) {
    for (int i = from; i < to; i += 500) {
        const QString script = texts.mid(i, std::min(500, to - i)).join(QStringLiteral(";\n"));
        const auto results = QCoro::waitFor(work.execScript(script));
        if (!results.isEmpty() && !results.last().ok())
            qFatal("workload failed: %s", qPrintable(results.last().error()->toString()));
    }
}

bool runStatementsSamples(int samples) {
    sandbox::createDatabase(QStringLiteral("bench_stmt_delta"));
    QStringList cols;
    for (int c = 1; c <= StatementColumns; ++c)
        cols << QStringLiteral("c%1 int DEFAULT %1").arg(c, 3, 10, QLatin1Char('0'));
    bool ok = false;
    sandbox::psql(QStringLiteral("DROP TABLE IF EXISTS bench_wide; CREATE TABLE bench_wide (%1); "
                                 "INSERT INTO bench_wide DEFAULT VALUES")
                      .arg(cols.join(QStringLiteral(", "))),
                  QStringLiteral("bench_stmt_delta"), &ok);
    if (!ok)
        return false;
    QStringList texts;
    for (int a = 1; a <= StatementColumns && texts.size() < StatementEntries; ++a)
        for (int b = a + 1; b <= StatementColumns && texts.size() < StatementEntries; ++b)
            texts << QStringLiteral("SELECT c%1, c%2 FROM bench_wide WHERE c%1 > 0")
                         .arg(a, 3, 10, QLatin1Char('0'))
                         .arg(b, 3, 10, QLatin1Char('0'));
    auto work =
        testutil::connect(sandbox::dsn(QStringLiteral("bench_stmt_delta")), QStringLiteral("bench workload"));
    if (!work->isReady())
        return false;
    sandbox::psql(QStringLiteral("SELECT pg_stat_statements_reset()"));
    runStatements(*work, texts, 0, int(texts.size()));
    const int entries = sandbox::psql(QStringLiteral("SELECT count(*) FROM pg_stat_statements")).toInt();
    std::printf("\nStatements samples: %d entries in pg_stat_statements, %d of them run before each sample, "
                "%d samples\n",
                entries, StatementsMoved, samples);
    std::printf("| mode | first sample KB | KB from server mean / max | KB to server mean | backend CPU ms "
                "median / mean / max | client CPU ms median / mean / max | entries sent | entries held |\n"
                "|---|---|---|---|---|---|---|---|\n");
    int next = 0;
    for (bool delta : {false, true}) {
        Figures out;
        pg::Connection conn;
        pg::Connection::Options o;
        o.applicationName = QStringLiteral("pgdba monitor");
        o.readOnly = true;
        o.statementTimeoutMs = 30000;
        conn.setOptions(o);
        if (auto e = QCoro::waitFor(conn.open(pg::ConnInfo(sandbox::tcpDsn(sandbox::password()))))) {
            std::fprintf(stderr, "connect: %s\n", qPrintable(e->message));
            return false;
        }
        const int fd = socketTo(sandbox::port());
        const int backend = conn.facts().backendPid;
        monitor::StatementSampler sampler;
        int sent = 0, held = 0;
        for (int i = 0; i <= samples; ++i) {
            if (i > 0) {
                runStatements(*work, texts, next, next + StatementsMoved);
                next = (next + StatementsMoved) % int(texts.size() - StatementsMoved);
            }
            if (!delta)
                sampler.resetDelta();
            const Bytes b0 = socketBytes(fd);
            const double back0 = schedCpuMs(backend);
            const double cpu0 = processCpuMs();
            const monitor::StatementFetch f = QCoro::waitFor(sampler.fetch(&conn));
            const double cpu1 = processCpuMs();
            if (!f.ok()) {
                std::fprintf(stderr, "sample %d failed: %s\n", i, qPrintable(f.availability.report()));
                return false;
            }
            const Bytes b1 = socketBytes(fd);
            const double kbIn = double(b1.received - b0.received) / 1024.0;
            if (i == 0) { // the first sample sends everything (and the texts) either way
                out.firstKb = kbIn;
                continue;
            }
            out.kbIn.push_back(kbIn);
            out.kbOut.push_back(double(b1.sent - b0.sent) / 1024.0);
            out.backendMs.push_back(schedCpuMs(backend) - back0);
            out.clientMs.push_back(cpu1 - cpu0);
            sent = f.rowsSent;
            held = int(f.sample.rows.size());
        }
        std::printf(
            "| %s | %.1f | %.2f / %.2f | %.2f | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f | %d | %d |\n",
            delta ? "entries whose calls moved (now)" : "every entry every time", out.firstKb, mean(out.kbIn),
            maxOf(out.kbIn), mean(out.kbOut), median(out.backendMs), mean(out.backendMs),
            maxOf(out.backendMs), median(out.clientMs), mean(out.clientMs), maxOf(out.clientMs), sent, held);
        std::fflush(stdout);
    }
    return true;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc > 2 && std::strcmp(argv[1], "--hold") == 0)
        return holdSessions(std::atoi(argv[2]));
    testutil::isolateSettings();
    const int refreshes = argc > 1 ? std::max(1, std::atoi(argv[1])) : 30;
    if (argc > 2 && std::strcmp(argv[2], "statements") == 0)
        return runStatementsSamples(refreshes) ? 0 : 1;
    const int only = argc > 2 ? std::atoi(argv[2]) : 0;
    for (int total : {250, 1000}) {
        if (only && only != total)
            continue;
        if (!runPopulation(total - Active - IdleInTransaction - Waiting, refreshes))
            return 1;
    }
    return 0;
}
