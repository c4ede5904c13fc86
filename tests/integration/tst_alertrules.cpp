// Every default alert rule against the real sandbox: the state is made for real (connections,
// a table read past shared_buffers, a transaction left open, a session blocked by another, slow
// statements, an inactive slot, burnt transaction IDs, a critical health check, replay paused on
// the real standby), the rule fires, the state goes, the rule resolves: exactly one alert each,
// and none after (no flapping). Thresholds and durations are lowered through the rule, never the
// server. Also: the command hook gets the JSON of every event; an acknowledged alert stays
// acknowledged across a restart (new store, new service) and is not fired again; `pgdba record`
// evaluates the rules headless into the store and `pgdba alerts` reads it (exit code 2 for a
// critical one).
#include "sandbox.h"
#include "testutil.h"

#include "alerts/alertmonitor.h"
#include "alerts/alertservice.h"
#include "alerts/alertstore.h"
#include "alerts/commandhook.h"
#include "alerts/rule.h"
#include "history/store.h"
#include "monitor/healthrunner.h"
#include "monitor/poller.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace alerts;

namespace {

const QString kServer = QStringLiteral("sandbox:alerts");

// Runs a statement on a connection over and over until stop().
class Looper {
public:
    Looper(pg::Connection *c, QString sql)
        : m_conn(c)
        , m_sql(std::move(sql)) {
        m_task.emplace(loop());
    }
    ~Looper() { stop(); }
    void stop() {
        m_stop = true;
        if (m_task) {
            QCoro::waitFor(*m_task);
            m_task.reset();
        }
    }
    int runs() const { return m_runs; }

private:
    QCoro::Task<void> loop() {
        while (!m_stop && m_conn->isReady()) {
            const pg::Result r = co_await m_conn->query(m_sql);
            if (!r.ok()) {
                qWarning("looper: %s", qPrintable(r.error()->message));
                break;
            }
            ++m_runs;
        }
    }
    pg::Connection *m_conn;
    QString m_sql;
    bool m_stop = false;
    int m_runs = 0;
    std::optional<QCoro::Task<void>> m_task;
};

Rule makeRule(const char *id, const char *metricId, Comparison c, double threshold, qint64 forMs,
              Severity s = Severity::Warning, double margin = -1) {
    for (Rule r : defaultRules())
        if (r.metric == QLatin1String(metricId)) {
            r.id = QString::fromLatin1(id);
            r.comparison = c;
            r.threshold = threshold;
            r.forMs = forMs;
            r.severity = s;
            r.margin = margin;
            return r;
        }
    return {};
}

} // namespace

class TestAlertRules : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<history::Store> m_store;
    std::unique_ptr<AlertService> m_service;
    std::unique_ptr<pg::Connection> m_monitor; // what the service watches ("pgdba monitor")
    std::unique_ptr<pg::Connection> m_admin;   // the test's own session

    QString storeFile() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }

    void startService(const QList<Rule> &rules, int healthMs = 0) {
        m_service.reset();
        m_store = std::make_unique<history::Store>();
        QVERIFY(m_store->open(storeFile()));
        m_service = std::make_unique<AlertService>(m_store.get());
        m_service->setRules(rules);
        m_service->setIntervalMs(200);
        m_service->setHealthIntervalMs(healthMs);
        QVERIFY(m_service->store()->isReady());
    }

    void watch(const monitor::HealthThresholds &t = {}) {
        AlertMonitor *m = m_service->watch(m_monitor.get(), kServer, QStringLiteral("sandbox"));
        QVERIFY(m);
        m->setHealthThresholds(t);
    }

    QList<Alert> firedFor(const QString &ruleId) const {
        QList<Alert> out;
        for (const Alert &a : AlertStore::readFired(m_store->database().connectionName(), kServer, 0))
            if (a.ruleId == ruleId)
                out << a;
        return out;
    }

    bool waitFired(const QString &ruleId, int timeoutMs = 30000) {
        return testutil::waitUntil(
            [&] {
                for (const Alert &a : m_service->openAlerts(kServer))
                    if (a.ruleId == ruleId)
                        return true;
                return false;
            },
            timeoutMs);
    }

    bool waitResolved(const QString &ruleId, int timeoutMs = 30000) {
        return testutil::waitUntil(
            [&] {
                const auto all = firedFor(ruleId);
                return !all.isEmpty() && !all.last().isOpen();
            },
            timeoutMs);
    }

    // Readings go on after the resolve; none brings the alert back.
    void expectExactlyOnce(const QString &ruleId, int moreReadings = 5) {
        AlertMonitor *m = m_service->monitor(kServer);
        QVERIFY(m);
        const int n = m->readings();
        QVERIFY(testutil::waitUntil([&] { return m->readings() >= n + moreReadings; }, 20000));
        const auto all = firedFor(ruleId);
        QCOMPARE(all.size(), 1);
        QVERIFY(!all.first().isOpen());
        QVERIFY(all.first().resolvedMs >= all.first().firedMs);
    }

    double metricNow(const char *metricId) {
        // One reading of the monitor's query (the same SQL the rules read).
        std::optional<double> value;
        AlertMonitor probe;
        probe.setHealthIntervalMs(0);
        probe.poller()->setInterval(100);
        auto conn = testutil::connect(sandbox::dsn(), QStringLiteral("alerts probe"));
        probe.setServer(conn.get(), QStringLiteral("probe"));
        QObject::connect(&probe, &AlertMonitor::valuesReady, &probe,
                         [&](const QString &, const QString &, qint64, const Values &v) {
                             if (v.contains(QString::fromLatin1(metricId)))
                                 value = v.value(QString::fromLatin1(metricId));
                         });
        probe.poller()->setActive(true);
        testutil::waitUntil([&] { return value.has_value(); }, 10000);
        probe.poller()->setActive(false);
        testutil::waitUntil([&] { return !probe.poller()->inFlight(); });
        return value.value_or(-1);
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        m_monitor = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba monitor"));
        m_admin = testutil::connect(sandbox::dsn(), QStringLiteral("alerts test admin"));
        QVERIFY(m_monitor->isReady() && m_admin->isReady());
        testutil::exec(*m_admin, QStringLiteral("DROP TABLE IF EXISTS alert_lock, alert_big, alert_small"));
        testutil::exec(*m_admin, QStringLiteral("CREATE TABLE alert_lock (id int)"));
        testutil::exec(
            *m_admin,
            QStringLiteral("CREATE TABLE alert_small AS SELECT g AS id FROM generate_series(1, 20000) g"));
    }

    void cleanupTestCase() {
        m_service.reset();
        m_store.reset();
        if (m_admin && m_admin->isReady()) {
            testutil::exec(*m_admin,
                           QStringLiteral("DROP TABLE IF EXISTS alert_lock, alert_big, alert_small"));
            testutil::exec(
                *m_admin,
                QStringLiteral("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots "
                               "WHERE slot_name = 'pgdba_alert_test'"));
        }
    }

    void cleanup() {
        if (m_service)
            m_service->unwatch(kServer);
        testutil::waitUntil([] { return false; }, 50); // let the unwatched monitor's last reading end
    }

    // Connections over a threshold (lowered through the rule) while the test holds ten more;
    // the command hook receives the JSON of the fired and the resolved event.
    void connectionsFireResolveAndHookGetsJson() {
        const QString out = m_dir.filePath(QStringLiteral("hook.jsonl"));
        const QString script = m_dir.filePath(QStringLiteral("hook.sh"));
        {
            QFile f(script);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("#!/bin/sh\ncat >> '%1'\n").arg(out).toUtf8());
            f.close();
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        const double pct = metricNow(metric::ConnectionsPct);
        QVERIFY(pct > 0);
        const pg::Result mc =
            testutil::exec(*m_admin, QStringLiteral("SELECT current_setting('max_connections')::int AS n"));
        const double maxConn = double(mc.int64(0, "n"));
        const double threshold = pct + 5 * 100.0 / maxConn;
        startService({makeRule("connections", metric::ConnectionsPct, Comparison::Above, threshold, 400)});
        m_service->setHookCommand(script + QStringLiteral(" --event"));
        watch();
        std::vector<std::unique_ptr<pg::Connection>> extra;
        for (int i = 0; i < 10; ++i)
            extra.push_back(testutil::connect(sandbox::dsn(), QStringLiteral("alerts extra connection")));
        QVERIFY(waitFired(QStringLiteral("connections")));
        extra.clear();
        QVERIFY(waitResolved(QStringLiteral("connections")));
        expectExactlyOnce(QStringLiteral("connections"));
        QVERIFY(testutil::waitUntil([&] { return m_service->hook()->running() == 0; }, 10000));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject fired = QJsonDocument::fromJson(lines.at(0)).object();
        const QJsonObject resolved = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(fired.value(QStringLiteral("event")).toString(), QStringLiteral("fired"));
        QCOMPARE(fired.value(QStringLiteral("rule")).toString(), QStringLiteral("connections"));
        QCOMPARE(fired.value(QStringLiteral("server")).toString(), kServer);
        QCOMPARE(fired.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY(fired.value(QStringLiteral("value")).toDouble() > threshold);
        QCOMPARE(fired.value(QStringLiteral("threshold")).toDouble(), threshold);
        QCOMPARE(resolved.value(QStringLiteral("event")).toString(), QStringLiteral("resolved"));
        QCOMPARE(resolved.value(QStringLiteral("id")).toDouble(),
                 fired.value(QStringLiteral("id")).toDouble());
        QVERIFY(!resolved.value(QStringLiteral("resolved_at")).isNull());
    }

    // A transaction left open over the (lowered) limit; acknowledged; the process "restarts" (a
    // new store object and service) while the transaction is still open: the alert is the same,
    // still acknowledged, not fired again; it resolves when the transaction ends.
    void longTransactionAcknowledgedAcrossRestart() {
        const Rule rule = makeRule("long_transaction", metric::LongestTransactionS, Comparison::Above, 1, 0);
        startService({rule});
        watch();
        auto holder = testutil::connect(sandbox::dsn(), QStringLiteral("alerts open transaction"));
        testutil::exec(*holder, QStringLiteral("BEGIN"));
        testutil::exec(*holder, QStringLiteral("SELECT txid_current()"));
        QVERIFY(waitFired(rule.id));
        const qint64 id = m_service->openAlerts(kServer).first().id;
        QVERIFY(m_service->acknowledge(id, QStringLiteral("tester")));
        QVERIFY(!m_service->acknowledge(id, QStringLiteral("someone else")));
        // Restart.
        m_service->unwatch(kServer);
        m_service.reset();
        m_store.reset();
        startService({rule});
        watch();
        AlertMonitor *m = m_service->monitor(kServer);
        QVERIFY(testutil::waitUntil([&] { return m->readings() >= 5; }, 10000));
        const auto open = m_service->openAlerts(kServer);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().id, id);
        QVERIFY(open.first().isAcked());
        QCOMPARE(open.first().ackedBy, QStringLiteral("tester"));
        testutil::exec(*holder, QStringLiteral("COMMIT"));
        QVERIFY(waitResolved(rule.id));
        expectExactlyOnce(rule.id);
        QCOMPARE(firedFor(rule.id).first().ackedBy, QStringLiteral("tester"));
    }

    // A session waiting for a lock another session holds, for longer than the rule's duration.
    void blockedSessions() {
        const Rule rule = makeRule("blocked_sessions", metric::BlockedSessions, Comparison::Above, 0, 500);
        startService({rule});
        watch();
        auto holder = testutil::connect(sandbox::dsn(), QStringLiteral("alerts lock holder"));
        auto waiter = testutil::connect(sandbox::dsn(), QStringLiteral("alerts lock waiter"));
        testutil::exec(*holder, QStringLiteral("BEGIN"));
        testutil::exec(*holder, QStringLiteral("LOCK TABLE alert_lock IN ACCESS EXCLUSIVE MODE"));
        auto blocked = waiter->query(QStringLiteral("SELECT count(*) FROM alert_lock"));
        QVERIFY(testutil::waitForActivity(
            QStringLiteral("application_name = 'alerts lock waiter' AND wait_event_type = 'Lock'")));
        QVERIFY(waitFired(rule.id));
        testutil::exec(*holder, QStringLiteral("COMMIT"));
        QVERIFY(QCoro::waitFor(blocked).ok());
        QVERIFY(waitResolved(rule.id));
        expectExactlyOnce(rule.id);
    }

    // Slow statements (pg_sleep) push the slowest statement's mean over the limit.
    void slowStatements() {
        const Rule rule = makeRule("slow_statements", metric::StatementMeanMs, Comparison::Above, 100, 0);
        startService({rule});
        watch();
        auto sleeper = testutil::connect(sandbox::dsn(), QStringLiteral("alerts slow statements"));
        {
            Looper slow(sleeper.get(), QStringLiteral("SELECT pg_sleep(0.15)"));
            QVERIFY(waitFired(rule.id));
        }
        QVERIFY(waitResolved(rule.id));
        expectExactlyOnce(rule.id);
        QVERIFY(firedFor(rule.id).first().firedValue >= 100);
    }

    // A table larger than a quarter of shared_buffers is read through a small ring: the cache hit
    // ratio of the interval drops; reading a small cached table brings it back.
    void cacheHitDrop() {
        // A table a quarter larger than shared_buffers: no scan of it can find it all cached, so
        // reading it over and over keeps the ratio low for as long as the test needs (a 46 MB table
        // was all in the 128 MB of buffers after a few scans, and the ratio back at 100 % within
        // 2 s). Unlogged: no WAL, nothing for the standby. Autovacuum off: its later pass over the
        // new table would read blocks after the resolve (a real drop, but not this test's).
        testutil::exec(
            *m_admin,
            QStringLiteral("CREATE UNLOGGED TABLE alert_big WITH (autovacuum_enabled = off) AS "
                           "SELECT g AS id, repeat('x', 200) AS pad FROM generate_series(1, "
                           "(pg_size_bytes(current_setting('shared_buffers')) * 5 / 4 / 240)::int) g"));
        // For 1.5 s, as the shipped rule has "for 5 min"; the ratio is over the last 3 s
        // (alerts::CacheWindowMs). With neither, a 200 ms reading could hold one backend's counter
        // flush alone (PostgreSQL 15 flushes at most once a second): a full run got this alert twice.
        const Rule rule =
            makeRule("cache_hit", metric::CacheHitPct, Comparison::Below, 99, 1500, Severity::Warning, 0.5);
        startService({rule});
        watch();
        auto reader = testutil::connect(sandbox::dsn(), QStringLiteral("alerts big reader"));
        {
            Looper big(reader.get(), QStringLiteral("SELECT count(*) FROM alert_big"));
            QVERIFY(waitFired(rule.id));
        }
        {
            Looper small(reader.get(), QStringLiteral("SELECT count(*) FROM alert_small"));
            QVERIFY(waitResolved(rule.id));
            expectExactlyOnce(rule.id);
        }
        QVERIFY(firedFor(rule.id).first().firedValue < 99);
        testutil::exec(*m_admin, QStringLiteral("DROP TABLE alert_big"));
    }

    // A physical slot nobody streams from.
    void inactiveSlot() {
        const double before = metricNow(metric::InactiveSlots);
        QVERIFY(before >= 0);
        const Rule rule = makeRule("inactive_slot", metric::InactiveSlots, Comparison::Above, before, 300);
        startService({rule});
        watch();
        testutil::exec(*m_admin,
                       QStringLiteral("SELECT pg_create_physical_replication_slot('pgdba_alert_test')"));
        QVERIFY(waitFired(rule.id));
        testutil::exec(*m_admin, QStringLiteral("SELECT pg_drop_replication_slot('pgdba_alert_test')"));
        QVERIFY(waitResolved(rule.id));
        expectExactlyOnce(rule.id);
    }

    // Transaction IDs burnt past a limit just above today's age; VACUUM FREEZE in every database
    // that takes connections brings the age back down.
    void wraparoundAge() {
        const double age = metricNow(metric::WraparoundAge);
        QVERIFY(age > 0);
        const Rule rule = makeRule("wraparound", metric::WraparoundAge, Comparison::Above, age + 300, 0,
                                   Severity::Critical, 0);
        startService({rule});
        watch();
        testutil::exec(*m_admin,
                       QStringLiteral("DO $$ BEGIN FOR i IN 1..600 LOOP PERFORM txid_current(); COMMIT; "
                                      "END LOOP; END $$"));
        QVERIFY(waitFired(rule.id));
        QCOMPARE(m_service->openSummary(kServer).worst, int(Severity::Critical));
        const pg::Result dbs =
            testutil::exec(*m_admin, QStringLiteral("SELECT datname FROM pg_database WHERE datallowconn"));
        for (int i = 0; i < dbs.rows(); ++i) {
            auto c = testutil::connect(sandbox::dsn(dbs.text(i, 0)), QStringLiteral("alerts freeze"));
            if (c->isReady())
                testutil::exec(*c, QStringLiteral("VACUUM (FREEZE)"));
        }
        QVERIFY(waitResolved(rule.id, 60000));
        expectExactlyOnce(rule.id);
    }

    // The health checks (thresholds lowered: idle in transaction critical after 1 s) report a
    // critical check while a session sits idle in a transaction.
    void healthCritical() {
        monitor::HealthThresholds t;
        t.idleTxWarnS = 0.5;
        t.idleTxCritS = 1;
        const monitor::HealthReport before = QCoro::waitFor(monitor::runHealthChecks(m_admin.get(), t));
        const double baseline = before.count(monitor::HealthStatus::Critical);
        const Rule rule = makeRule("health_critical", metric::HealthCritical, Comparison::Above, baseline, 0,
                                   Severity::Critical, 0);
        startService({rule}, 300);
        watch(t);
        auto holder = testutil::connect(sandbox::dsn(), QStringLiteral("alerts idle in transaction"));
        testutil::exec(*holder, QStringLiteral("BEGIN"));
        testutil::exec(*holder, QStringLiteral("SELECT txid_current()"));
        QVERIFY(waitFired(rule.id));
        testutil::exec(*holder, QStringLiteral("COMMIT"));
        QVERIFY(waitResolved(rule.id));
        expectExactlyOnce(rule.id);
    }

    // Replay paused on the real standby while the primary writes: the lag (bytes) grows past
    // the limit; resuming replay clears it.
    void replicationLag() {
        const QString port = sandbox::env(QStringLiteral("PGDBA_STANDBY_PORT"));
        if (port.isEmpty())
            QSKIP("no standby (run through CTest: fixture pg_standby)");
        const QString standbyDsn = QStringLiteral("host=%1 port=%2 user=postgres dbname=postgres")
                                       .arg(sandbox::env(QStringLiteral("PGDBA_STANDBY_HOST")), port);
        auto standby = testutil::connect(standbyDsn, QStringLiteral("alerts standby admin"));
        QVERIFY(standby->isReady());
        const Rule rule = makeRule("replication_lag", metric::ReplicationLagMb, Comparison::Above, 2, 300);
        startService({rule});
        watch();
        testutil::exec(*standby, QStringLiteral("SELECT pg_wal_replay_pause()"));
        testutil::exec(*m_admin, QStringLiteral("CREATE TABLE alert_wal AS SELECT g, repeat('w', 100) AS pad "
                                                "FROM generate_series(1, 60000) g"));
        const bool fired = waitFired(rule.id);
        testutil::exec(*standby, QStringLiteral("SELECT pg_wal_replay_resume()"));
        testutil::exec(*m_admin, QStringLiteral("DROP TABLE alert_wal"));
        QVERIFY(fired);
        QVERIFY(waitResolved(rule.id, 60000));
        expectExactlyOnce(rule.id);
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
