// The dashboard's collector against the real server: a known number of commits, rollbacks and
// inserts in a database of its own gives exactly those deltas and the matching rates; sessions by
// state come from real sessions; a counter reset (pg_stat_reset) never gives a negative rate; the
// points land in the history store. Autovacuum is switched off meanwhile so that nothing else
// commits in the test database.
#include "sandbox.h"
#include "testutil.h"

#include "history/store.h"
#include "monitor/poller.h"
#include "monitor/serverstatscollector.h"
#include "monitor/serverstatsrates.h"
#include "pg/sqlfile.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cmath>

class TestServerStats : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    history::Store m_store;
    std::unique_ptr<pg::Connection> m_monitor;
    std::unique_ptr<monitor::ServerStatsCollector> m_collector;

    // Sum of the deltas behind the collector's points (rate x interval) from point `from` on.
    double sum(double monitor::ServerStatsPoint::*field, int from = 0) const {
        double total = 0;
        const auto &pts = m_collector->points();
        for (int i = from; i < pts.size(); ++i)
            total += pts.at(i).*field * pts.at(i).intervalS;
        return total;
    }
    void samples(int n) {
        QSignalSpy sampled(m_collector.get(), &monitor::ServerStatsCollector::sampled);
        for (int i = 0; i < n; ++i)
            QVERIFY(sampled.wait(5000));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("h.sqlite"))));
        sandbox::psql(QStringLiteral("ALTER SYSTEM SET autovacuum = off"));
        sandbox::psql(QStringLiteral("SELECT pg_reload_conf()"));
        sandbox::createDatabase(QStringLiteral("pgdba_rates"));
        sandbox::psql(QStringLiteral("CREATE TABLE r (id int) WITH (autovacuum_enabled = off)"),
                      QStringLiteral("pgdba_rates"));
        m_monitor = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba monitor"));
        m_collector = std::make_unique<monitor::ServerStatsCollector>();
        m_collector->setHistory(&m_store);
        m_collector->setServer(m_monitor.get(), QStringLiteral("sandbox"));
        m_collector->setDatabase(QStringLiteral("pgdba_rates"));
        m_collector->poller()->setInterval(250);
    }

    // Runs a psql session with this script in pgdba_rates; its counters are flushed when it exits.
    bool psqlScript(const QString &script) {
        QTemporaryFile file;
        if (!file.open())
            return false;
        file.write(script.toUtf8());
        file.flush();
        QProcess psql;
        psql.start(sandbox::env(QStringLiteral("PGDBA_PG_BIN")) + QStringLiteral("/psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                    sandbox::dsn(QStringLiteral("pgdba_rates")), QStringLiteral("-f"), file.fileName()});
        testutil::waitUntil([&] { return psql.state() == QProcess::NotRunning; }, 30000);
        return psql.exitStatus() == QProcess::NormalExit && psql.exitCode() == 0;
    }

    void ratesForAKnownNumberOfCommits() {
        m_collector->poller()->setActive(true);
        samples(2);
        int from = int(m_collector->points().size());
        QCOMPARE(sum(&monitor::ServerStatsPoint::commits, from), 0.0);
        auto commitsSince = [&](int i) { return std::lround(sum(&monitor::ServerStatsPoint::commits, i)); };

        // A session that runs nothing still commits once: the server's own start-up transaction.
        QVERIFY(psqlScript(QString()));
        QVERIFY(testutil::waitUntil([&] { return commitsSince(from) >= 1; }, 15000));
        samples(4);
        QCOMPARE(commitsSince(from), 1L);

        // 137 single-statement transactions and 3 rolled back ones in one more session.
        from = int(m_collector->points().size());
        const int commits = 137, rollbacks = 3;
        QString script;
        for (int i = 0; i < commits; ++i)
            script += QStringLiteral("INSERT INTO r VALUES (%1);\n").arg(i);
        for (int i = 0; i < rollbacks; ++i)
            script += QStringLiteral("BEGIN;\nINSERT INTO r VALUES (-1);\nROLLBACK;\n");
        QVERIFY(psqlScript(script));
        QVERIFY2(testutil::waitUntil([&] { return commitsSince(from) >= commits + 1; }, 15000),
                 qPrintable(QString::number(sum(&monitor::ServerStatsPoint::commits, from))));
        samples(4);
        QCOMPARE(commitsSince(from), long(commits + 1));
        QCOMPARE(std::lround(sum(&monitor::ServerStatsPoint::rollbacks, from)), long(rollbacks));
        QCOMPARE(std::lround(sum(&monitor::ServerStatsPoint::inserted, from)), long(commits + rollbacks));
        QCOMPARE(std::lround(sum(&monitor::ServerStatsPoint::deleted, from)), 0L);
        // The rate of the busiest interval is its delta over its (server-clock) length.
        double best = 0;
        for (const auto &p : m_collector->points()) {
            QVERIFY(p.intervalS > 0.1 && p.intervalS < 5);
            QVERIFY(p.commits >= 0 && p.rollbacks >= 0 && p.inserted >= 0);
            best = qMax(best, p.commits);
        }
        QVERIFY(best >= commits / 5.0); // 137 commits fell into at most a few 250 ms intervals
        // Everything the chart showed is in the history store, for this database and for all.
        QCOMPARE(m_store
                     .samples(QStringLiteral("sandbox"), QStringLiteral("server"),
                              QStringLiteral("db:pgdba_rates"), 0)
                     .size(),
                 m_collector->points().size());
        QVERIFY(m_store.samples(QStringLiteral("sandbox"), QStringLiteral("server"), QString(), 0).size() >=
                m_collector->points().size());
    }

    void sessionsByStateFromRealSessions() {
        auto idleTx =
            testutil::connect(sandbox::dsn(QStringLiteral("pgdba_rates")), QStringLiteral("t-idle-tx"));
        auto sleeper =
            testutil::connect(sandbox::dsn(QStringLiteral("pgdba_rates")), QStringLiteral("t-sleep"));
        auto idle = testutil::connect(sandbox::dsn(QStringLiteral("pgdba_rates")), QStringLiteral("t-idle"));
        testutil::exec(*idleTx, QStringLiteral("BEGIN"));
        testutil::exec(*idleTx, QStringLiteral("SELECT 1"));
        auto sleeping = sleeper->query(QStringLiteral("SELECT pg_sleep(3)"));
        QVERIFY(testutil::waitForActivity(
            QStringLiteral("pid = %1 AND wait_event = 'PgSleep'").arg(sleeper->facts().backendPid)));
        samples(2);
        const auto &p = m_collector->points().last();
        QCOMPARE(p.active, 1);
        QCOMPARE(p.idleInTransaction, 1);
        QCOMPARE(p.idle, 1);
        QCOMPARE(p.waiting, 0);
        QVERIFY(QCoro::waitFor(sleeping).ok());
        testutil::exec(*idleTx, QStringLiteral("ROLLBACK"));
    }

    // Issue 20: sessions that are surely idle are counted from the per-backend accessors, the
    // others from their pg_stat_activity rows. The edges of "surely idle" count as the view says:
    // an aborted transaction, a session with track_activities off ('disabled': other), one
    // waiting for a lock, one that ran a statement and went idle.
    void sessionCountsAgreeWithPgStatActivity() {
        const QString db = sandbox::dsn(QStringLiteral("pgdba_rates"));
        auto idle = testutil::connect(db, QStringLiteral("t-c-idle"));
        auto aborted = testutil::connect(db, QStringLiteral("t-c-aborted"));
        auto untracked = testutil::connect(db, QStringLiteral("t-c-untracked"));
        auto holder = testutil::connect(db, QStringLiteral("t-c-holder"));
        auto waiter = testutil::connect(db, QStringLiteral("t-c-waiter"));
        testutil::exec(*idle, QStringLiteral("SELECT 1"));
        testutil::exec(*aborted, QStringLiteral("BEGIN"));
        QVERIFY(!QCoro::waitFor(aborted->query(QStringLiteral("SELECT 1 / 0"))).ok());
        testutil::exec(*untracked, QStringLiteral("SET track_activities = off"));
        testutil::exec(*untracked, QStringLiteral("SELECT 1"));
        testutil::exec(*holder, QStringLiteral("BEGIN"));
        testutil::exec(*holder, QStringLiteral("LOCK TABLE r IN ACCESS EXCLUSIVE MODE"));
        auto waiting = waiter->query(QStringLiteral("SELECT count(*) FROM r"));
        QVERIFY(testutil::waitForActivity(
            QStringLiteral("pid = %1 AND wait_event_type = 'Lock'").arg(waiter->facts().backendPid)));
        samples(2);
        const auto &p = m_collector->points().last();
        const QString expected = sandbox::psql(QStringLiteral(
            "SELECT concat_ws(' ', "
            "count(*) FILTER (WHERE state = 'active' AND wait_event_type IS DISTINCT FROM 'Lock'), "
            "count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock'), "
            "count(*) FILTER (WHERE state LIKE 'idle in transaction%'), "
            "count(*) FILTER (WHERE state = 'idle'), "
            "count(*) FILTER (WHERE state IS NULL OR state NOT IN ('active', 'idle', 'idle in transaction', "
            "'idle in transaction (aborted)'))) "
            "FROM pg_stat_activity WHERE backend_type = 'client backend' AND datname = 'pgdba_rates'"));
        QCOMPARE(QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(p.active)
                     .arg(p.waiting)
                     .arg(p.idleInTransaction)
                     .arg(p.idle)
                     .arg(p.other),
                 expected.trimmed());
        QVERIFY(p.waiting >= 1 && p.idleInTransaction >= 2 && p.other >= 1 && p.idle >= 1);
        testutil::exec(*holder, QStringLiteral("ROLLBACK"));
        QVERIFY(QCoro::waitFor(waiting).ok());
        testutil::exec(*aborted, QStringLiteral("ROLLBACK"));
    }

    void counterResetGivesNoNegativeRate() {
        auto work = testutil::connect(sandbox::dsn(QStringLiteral("pgdba_rates")), QStringLiteral("t-reset"));
        const auto inserted = [] {
            return sandbox::psql(
                       QStringLiteral("SELECT n_tup_ins FROM pg_stat_user_tables WHERE relname = 'r'"),
                       QStringLiteral("pgdba_rates"))
                .trimmed()
                .toLongLong();
        };
        const qint64 insertedBefore = inserted();
        for (int i = 0; i < 20; ++i)
            testutil::exec(*work, QStringLiteral("INSERT INTO r VALUES (1)"));
        // The backend has flushed its counters (at most a second after it went idle).
        QVERIFY(testutil::waitUntil([&] { return inserted() >= insertedBefore + 20; }, 10000));
        samples(2);
        const monitor::ServerStatsSample before = m_collector->lastSample();
        testutil::exec(*work, QStringLiteral("SELECT pg_stat_reset()"));
        const int from = int(m_collector->points().size());
        samples(3);
        const monitor::ServerStatsSample after = m_collector->lastSample();
        const auto d = monitor::counterDeltas(before, after, QStringLiteral("pgdba_rates"));
        QCOMPARE(d.resets, 1);
        QVERIFY(d.commits >= 0 && d.inserted >= 0 && d.blksHit >= 0);
        for (int i = from; i < m_collector->points().size(); ++i) {
            const auto &p = m_collector->points().at(i);
            QVERIFY(p.commits >= 0 && p.rollbacks >= 0 && p.inserted >= 0 && p.updated >= 0 &&
                    p.deleted >= 0 && p.fetched >= 0 && p.returned >= 0 && p.blksRead >= 0 && p.blksHit >= 0);
        }
    }

    void pollsOnlyWhileActive() {
        m_collector->poller()->setActive(false);
        QVERIFY(testutil::waitUntil([&] { return !m_collector->poller()->inFlight(); }));
        const int n = m_collector->poller()->refreshCount();
        QTest::qWait(800);
        QCOMPARE(m_collector->poller()->refreshCount(), n);
        QVERIFY(!m_collector->poller()->inFlight());
    }

    void cleanupTestCase() {
        m_collector.reset();
        sandbox::psql(QStringLiteral("ALTER SYSTEM RESET autovacuum"));
        sandbox::psql(QStringLiteral("SELECT pg_reload_conf()"));
    }
};

QTEST_GUILESS_MAIN(TestServerStats)
#include "tst_serverstats.moc"
