// Session history against the real sandbox with a known workload: N sessions in pg_sleep are N
// average active sessions in Timeout:PgSleep; a row-lock wait behind an idle-in-transaction root is
// exactly one incident with the right root, duration and blocked count, and the recorded moment
// replays; `pgdba history` prints the same in JSON; the store survives kill -9 of the recorder.
#include "core/serversession.h"
#include "history/store.h"
#include "monitor/poller.h"
#include "monitor/statementsampler.h"
#include "monitor/statementtracker.h"
#include "pg/connection.h"
#include "sandbox.h"
#include "sessionhistory/replay.h"
#include "sessionhistory/sampler.h"
#include "sessionhistory/sessionstore.h"
#include "sessionhistory/timelinecontroller.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <qcoro/qcorotask.h>

using namespace sessionhistory;

namespace {
constexpr int kIntervalMs = 500;

QString iso(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Runs `pgdba <args>` to its end; stdout.
QByteArray runPgdba(const QStringList &args, int *exitCode) {
    QProcess p;
    p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"), args);
    testutil::waitUntil([&] { return p.state() == QProcess::NotRunning; }, 60000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QByteArray err = p.readAllStandardError();
    if (!err.isEmpty())
        qWarning("%s", err.constData());
    return p.readAllStandardOutput();
}

QStringList keysOf(const QJsonObject &o) {
    QStringList k = o.keys();
    k.sort();
    return k;
}
} // namespace

class TestSessionHistoryLive : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    history::Store m_store;
    std::unique_ptr<pg::Connection> m_conn;
    Sampler *m_sampler = nullptr;
    QString m_server;
    int pidOf(pg::Connection &c) {
        return int(testutil::exec(c, QStringLiteral("SELECT pg_backend_pid() AS p")).int64(0, "p"));
    }
    // Spins until the sampler has written a sample taken after tsMs.
    bool sampledAfter(qint64 tsMs, int count = 1) {
        int seen = 0;
        auto c = connect(m_sampler, &Sampler::sampled, this, [&](const SessionSample &s) {
            if (s.tsMs > tsMs)
                ++seen;
        });
        const bool ok = testutil::waitUntil([&] { return seen >= count; }, 30000);
        disconnect(c);
        return ok;
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("history.sqlite"))));
        m_conn = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba sessions sampler"));
        QVERIFY(m_conn->isReady());
        m_server = core::ServerSession::historyKeyFor(pg::ConnInfo(sandbox::dsn()));
        m_sampler = new Sampler(this);
        m_sampler->setIntervalMs(kIntervalMs);
        m_sampler->setHistory(&m_store);
        m_sampler->setServer(m_conn.get(), m_server);
        connect(m_sampler, &Sampler::writeFailed, this,
                [](const QString &m) { qWarning("write failed: %s", qPrintable(m)); });
        m_sampler->poller()->setActive(true);
        QVERIFY(sampledAfter(0));
    }

    void cleanupTestCase() {
        m_sampler->poller()->setActive(false);
        testutil::waitUntil([&] { return !m_sampler->poller()->inFlight(); });
        delete m_sampler;
        m_conn.reset();
        m_store.close();
    }

    void sleepingSessionsAreAverageActive() {
        const int n = 3;
        const QString dsn = sandbox::createDatabase(QStringLiteral("sh_sleep"));
        std::vector<std::unique_ptr<pg::Connection>> conns;
        std::vector<QCoro::Task<pg::Result>> sleeps;
        for (int i = 0; i < n; ++i) {
            conns.push_back(testutil::connect(dsn, QStringLiteral("sh-sleep")));
            sleeps.push_back(conns.back()->query(QStringLiteral("SELECT pg_sleep(60)")));
        }
        QVERIFY(testutil::waitUntil([&] {
            return testutil::activityCount(
                       QStringLiteral("datname = 'sh_sleep' AND wait_event = 'PgSleep'")) == n;
        }));
        const qint64 from = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(sampledAfter(from, 6));
        const qint64 to = m_sampler->last().tsMs + 1;
        for (auto &c : conns)
            QVERIFY(QCoro::waitFor(c->cancel()));
        for (auto &t : sleeps)
            QCOMPARE(QCoro::waitFor(t).error()->sqlState, QStringLiteral("57014"));

        SessionReader r(m_store.database().connectionName());
        const Filter mine{Dim::Database, QStringLiteral("sh_sleep")};
        const qint64 samples = r.sampleCount(m_server, from, to, Level::Raw);
        QVERIFY(samples >= 6);
        const auto waits = r.top(m_server, from, to, Dim::Wait, 0, Level::Raw, mine);
        QCOMPARE(waits.size(), 1);
        QCOMPARE(waits.first().key, QStringLiteral("Timeout:PgSleep"));
        // N sessions the whole window: N average active, within one sample.
        QVERIFY2(waits.first().avgActive <= n && waits.first().avgActive >= n - 1.0 / double(samples) - 1e-9,
                 qPrintable(QString::number(waits.first().avgActive)));
        const auto queries = r.top(m_server, from, to, Dim::Query, 0, Level::Raw, mine);
        QCOMPARE(queries.size(), 1);
        QCOMPARE(queries.first().key, QStringLiteral("SELECT pg_sleep ( $1 )"));
        const auto apps = r.top(m_server, from, to, Dim::Application, 0, Level::Raw, mine);
        QCOMPARE(apps.first().key, QStringLiteral("sh-sleep"));
        // The Timeline's Timeout band is N high.
        const TimelineData t = r.timeline(m_server, from, to, 1, Level::Raw, mine);
        QCOMPARE(t.aas.size(), 1);
        QVERIFY(qAbs(t.aas.first()[int(WaitClass::Timeout)] - float(n)) <= float(n) / float(samples) + 1e-4f);

        // The CLI, reading the same store from another process.
        int code = -1;
        const QByteArray json =
            runPgdba({QStringLiteral("history"), QStringLiteral("--store"), m_store.fileName(),
                      QStringLiteral("--server"), m_server, QStringLiteral("--from"), iso(from),
                      QStringLiteral("--to"), iso(to), QStringLiteral("--by"), QStringLiteral("wait"),
                      QStringLiteral("--json")},
                     &code);
        QCOMPARE(code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json).array();
        QVERIFY2(!rows.isEmpty(), json.constData());
        bool found = false;
        for (const auto &v : rows) {
            const QJsonObject o = v.toObject();
            QCOMPARE(keysOf(o), (QStringList{QStringLiteral("avg_active"), QStringLiteral("key"),
                                             QStringLiteral("samples"), QStringLiteral("share")}));
            if (o.value(QStringLiteral("key")).toString() == QLatin1String("Timeout:PgSleep")) {
                found = true;
                QVERIFY(o.value(QStringLiteral("avg_active")).toDouble() >= n - 1.0 / double(samples) - 1e-9);
            }
        }
        QVERIFY(found);
    }

    void rowLockWaitIsOneIncident() {
        const QString dsn = sandbox::createDatabase(QStringLiteral("sh_lock"));
        auto root = testutil::connect(dsn, QStringLiteral("sh-root"));
        auto b = testutil::connect(dsn, QStringLiteral("sh-waiter"));
        auto c = testutil::connect(dsn, QStringLiteral("sh-waiter"));
        testutil::exec(*root, QStringLiteral("CREATE TABLE r (id int PRIMARY KEY, v int)"));
        testutil::exec(*root, QStringLiteral("INSERT INTO r VALUES (1, 0)"));
        const int rootPid = pidOf(*root);
        testutil::exec(*root, QStringLiteral("BEGIN"));
        testutil::exec(*root, QStringLiteral("UPDATE r SET v = v + 1 WHERE id = 1"));
        QList<Incident> seen;
        auto conn = connect(m_sampler, &Sampler::incidentChanged, this, [&](const Incident &i) {
            if (i.rootPid == rootPid)
                seen << i;
        });
        const qint64 rootXid =
            testutil::exec(*b, QStringLiteral("SELECT backend_xid::text::bigint AS x FROM pg_stat_activity "
                                              "WHERE pid = %1")
                                   .arg(rootPid))
                .int64(0, "x");
        QVERIFY(rootXid > 0);
        auto tb = b->query(QStringLiteral("UPDATE r SET v = v + 10 WHERE id = 1"));
        auto tc = c->query(QStringLiteral("UPDATE r SET v = v + 100 WHERE id = 1"));
        QVERIFY(testutil::waitUntil([&] {
            return testutil::activityCount(
                       QStringLiteral("datname = 'sh_lock' AND wait_event_type = 'Lock'")) == 2;
        }));
        // Both waiting for 3 s (by the samples), then the root commits.
        QVERIFY(testutil::waitUntil(
            [&] {
                return !seen.isEmpty() && seen.last().open &&
                       seen.last().endMs - seen.last().startMs >= 3000 && seen.last().blockedMax == 2;
            },
            30000));
        const qint64 midIncident = seen.last().endMs;
        testutil::exec(*root, QStringLiteral("COMMIT"));
        const qint64 committed = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(QCoro::waitFor(tb).ok());
        QVERIFY(QCoro::waitFor(tc).ok());
        QVERIFY(testutil::waitUntil([&] { return !seen.last().open; }, 10000));
        disconnect(conn);

        SessionReader r(m_store.database().connectionName());
        QList<Incident> mine;
        for (const Incident &i : r.incidents(m_server, committed - 60000, committed + 60000))
            if (i.rootPid == rootPid)
                mine << i;
        QCOMPARE(mine.size(), 1);
        const Incident &inc = mine.first();
        QCOMPARE(inc.blockedMax, 2);
        QCOMPARE(inc.rootState, QStringLiteral("idle in transaction"));
        QCOMPARE(inc.rootQuery, QStringLiteral("UPDATE r SET v = v + $1 WHERE id = $2"));
        QCOMPARE(inc.waitMode, QStringLiteral("ShareLock"));
        QCOMPARE(inc.relation, QStringLiteral("transactionid"));
        QCOMPARE(inc.forest.size(), 3);
        // It lasted from the first wait to the commit, within two samples.
        const double expected = double(committed - inc.startMs) / 1000.0;
        QVERIFY2(qAbs(inc.durationS() - expected) <= 2.0 * kIntervalMs / 1000.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(inc.durationS()).arg(expected)));
        // The waits are recorded as Lock/transactionid.
        const auto waits = r.top(m_server, inc.startMs, inc.endMs + 1, Dim::Wait, 0, Level::Raw,
                                 Filter{Dim::Database, QStringLiteral("sh_lock")});
        QVERIFY(!waits.isEmpty());
        QCOMPARE(waits.first().key.section(QLatin1Char(':'), 0, 0), QStringLiteral("Lock"));
        bool transactionid = false;
        for (const auto &w : waits)
            transactionid |= w.key == QLatin1String("Lock:transactionid");
        QVERIFY(transactionid);
        // Replay of a moment inside it shows the root and its waiters.
        const auto moment = r.sampleAt(m_server, midIncident);
        QVERIFY(moment);
        int waiting = 0;
        bool rootThere = false;
        for (const SessionRow &s : moment->rows) {
            if (s.pid == rootPid) {
                rootThere = true;
                QCOMPARE(s.state, QStringLiteral("idle in transaction"));
            }
            if (s.database == QLatin1String("sh_lock") && s.isLockWait())
                ++waiting;
        }
        QVERIFY(rootThere);
        QCOMPARE(waiting, 2);
        // The row-lock waiter behind the root recorded the root's transaction id; replayed in
        // the Locks page it waits for "transaction <xid>", as live.
        const monitor::LockForest forest = toLockForest(*moment);
        QStringList targets;
        for (const monitor::LockNode &n : forest.nodes())
            if (n.isWaiting())
                targets << n.session.wait.target();
        QVERIFY2(targets.contains(QStringLiteral("transaction %1").arg(rootXid)),
                 qPrintable(targets.join(QStringLiteral(" | "))));
        bool xidStored = false;
        for (const SessionRow &s : moment->rows)
            xidStored |= s.lockType == QLatin1String("transactionid") && s.transactionId == rootXid;
        QVERIFY(xidStored);

        int code = -1;
        const QByteArray json =
            runPgdba({QStringLiteral("history"), QStringLiteral("incidents"), QStringLiteral("--store"),
                      m_store.fileName(), QStringLiteral("--server"), m_server, QStringLiteral("--from"),
                      iso(inc.startMs - 1000), QStringLiteral("--to"), iso(inc.endMs + 1000),
                      QStringLiteral("--json")},
                     &code);
        QCOMPARE(code, 0);
        bool found = false;
        for (const auto &v : QJsonDocument::fromJson(json).array()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(keysOf(o), (QStringList{QStringLiteral("blocked_max"), QStringLiteral("duration_s"),
                                             QStringLiteral("end"), QStringLiteral("relation"),
                                             QStringLiteral("root_pid"), QStringLiteral("root_query"),
                                             QStringLiteral("root_state"), QStringLiteral("start"),
                                             QStringLiteral("wait_mode")}));
            if (o.value(QStringLiteral("root_pid")).toInt() == rootPid) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("blocked_max")).toInt(), 2);
                QCOMPARE(o.value(QStringLiteral("root_state")).toString(),
                         QStringLiteral("idle in transaction"));
                QCOMPARE(o.value(QStringLiteral("duration_s")).toDouble(), inc.durationS());
            }
        }
        QVERIFY2(found, json.constData());
    }

    // Top queries by sampled time carry calls and mean time from the statements deltas of the
    // same window, in the Timeline's read and in `pgdba history --by query --json`.
    void topQueryCallsAndMeanFromStatements() {
        const int k = 6;
        const QString dsn = sandbox::createDatabase(QStringLiteral("sh_calls"));
        auto work = testutil::connect(dsn, QStringLiteral("sh-calls"));
        auto monitorConn = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba statements"));
        testutil::exec(*work, QStringLiteral("CREATE TABLE sh_calls_t (id int)"));
        testutil::exec(*work, QStringLiteral("INSERT INTO sh_calls_t VALUES (1)"));
        const QString sql = QStringLiteral("SELECT pg_sleep(0.2) FROM sh_calls_t");
        const QString key = QStringLiteral("SELECT pg_sleep ( $1 ) FROM sh_calls_t");
        testutil::exec(*work, sql); // its pg_stat_statements entry exists before the first sample
        // The Statements sampler's deltas, written as the Statements collector writes them
        // (kind "statement"), one period per sample here instead of one a minute.
        monitor::StatementSampler statements;
        monitor::StatementTracker tracker;
        tracker.setHistoryEveryMs(0);
        const qint64 from = QDateTime::currentMSecsSinceEpoch();
        const auto first = QCoro::waitFor(statements.fetch(monitorConn.get()));
        QVERIFY2(first.ok(), qPrintable(first.availability.report()));
        tracker.add(first.sample);
        tracker.takeHistoryRows();
        // K runs, and on until the session sampler has seen one running.
        bool sampled = false;
        auto c = connect(m_sampler, &Sampler::sampled, this, [&](const SessionSample &s) {
            for (const SessionRow &r : s.rows)
                sampled |= r.database == QLatin1String("sh_calls") && r.query == key;
        });
        int runs = 0;
        while (runs < k || !sampled) {
            testutil::exec(*work, sql);
            ++runs;
            QVERIFY(runs < 300);
        }
        disconnect(c);
        const auto second = QCoro::waitFor(statements.fetch(monitorConn.get()));
        QVERIFY(second.ok());
        tracker.add(second.sample);
        const QList<history::Sample> rows = tracker.takeHistoryRows();
        QVERIFY(!rows.isEmpty());
        QVERIFY(
            m_store.appendBatch(m_server, QString::fromLatin1(monitor::StatementTracker::HistoryKind), rows));
        const qint64 to = QDateTime::currentMSecsSinceEpoch() + 1;

        // The Timeline's window read (the page's top-queries list).
        const WindowData w = TimelineController::readWindow(m_store.database().connectionName(), m_server,
                                                            from, to, std::nullopt, 0);
        const QList<TopEntry> queries = w.tops.value(int(Dim::Query));
        const TopEntry *entry = nullptr;
        for (const TopEntry &e : queries)
            if (e.key == key)
                entry = &e;
        QVERIFY(entry);
        QVERIFY2(entry->calls >= k, qPrintable(QString::number(entry->calls)));
        QCOMPARE(entry->calls, qint64(runs)); // every run between the two statements samples
        // pg_sleep(0.2) each: a mean of at least 200 ms, and not much more on a loaded machine.
        QVERIFY2(entry->meanMs >= 199.0 && entry->meanMs < 1500.0,
                 qPrintable(QString::number(entry->meanMs)));

        // The CLI, from another process: calls and mean_ms, null where nothing was stored.
        int code = -1;
        const QByteArray json =
            runPgdba({QStringLiteral("history"), QStringLiteral("--store"), m_store.fileName(),
                      QStringLiteral("--server"), m_server, QStringLiteral("--from"), iso(from),
                      QStringLiteral("--to"), iso(to), QStringLiteral("--by"), QStringLiteral("query"),
                      QStringLiteral("--top"), QStringLiteral("0"), QStringLiteral("--json")},
                     &code);
        QCOMPARE(code, 0);
        bool found = false;
        for (const auto &v : QJsonDocument::fromJson(json).array()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(keysOf(o), (QStringList{QStringLiteral("avg_active"), QStringLiteral("calls"),
                                             QStringLiteral("key"), QStringLiteral("mean_ms"),
                                             QStringLiteral("samples"), QStringLiteral("share")}));
            if (o.value(QStringLiteral("calls")).isNull())
                QVERIFY(o.value(QStringLiteral("mean_ms")).isNull());
            if (o.value(QStringLiteral("key")).toString() == key) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("calls")).toInteger(), qint64(runs));
                QVERIFY(qAbs(o.value(QStringLiteral("mean_ms")).toDouble() - entry->meanMs) < 1e-6);
            }
        }
        QVERIFY2(found, json.constData());
    }

    void storeSurvivesKillNine() {
        const QString file = m_dir.filePath(QStringLiteral("killed.sqlite"));
        const QStringList args{QStringLiteral("record"),
                               QStringLiteral("--dsn"),
                               sandbox::dsn(),
                               QStringLiteral("--store"),
                               file,
                               QStringLiteral("--sessions-interval"),
                               QStringLiteral("500ms"),
                               QStringLiteral("--statements-interval"),
                               QStringLiteral("0")};
        auto count = [&] {
            history::Store s;
            if (!s.open(file))
                return qint64(-1);
            SessionWriter(s.database()).ensureSchema();
            SessionReader r(s.database().connectionName());
            return r.sampleCount(m_server, 0, std::numeric_limits<qint64>::max(), Level::Raw);
        };
        qint64 before = 0;
        {
            QProcess p;
            p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"), args);
            QVERIFY(testutil::waitUntil([&] { return (before = count()) >= 6; }, 30000));
            p.kill(); // SIGKILL, mid-write or not
            QVERIFY(p.waitForFinished(5000));
        }
        QVERIFY(count() >= before);
        history::Store s;
        QVERIFY(s.open(file));
        QSqlQuery q(s.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        SessionReader r(s.database().connectionName());
        const auto all = r.samples(m_server, 0, std::numeric_limits<qint64>::max());
        QCOMPARE(qint64(all.size()), count()); // every stored sample decodes
    }
};

QTEST_GUILESS_MAIN(TestSessionHistoryLive)
#include "tst_sessionhistorylive.moc"
