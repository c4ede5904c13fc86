// The Overview page's collector against the real server: the server facts and the database list
// (size only where the role may connect: a database with CONNECT revoked from PUBLIC reads as
// "no access" for a plain role), connections counted from real extra sessions, the poller
// delivering to a subscriber, and a clear error after the connection is gone.
#include "sandbox.h"
#include "testutil.h"

#include "monitor/overviewcollector.h"
#include "monitor/poller.h"

#include <QSignalSpy>
#include <QTest>

#include <qcoro/qcorotask.h>

class TestOverview : public QObject {
    Q_OBJECT

    static const monitor::OverviewDatabase *find(const monitor::OverviewData &d, const QString &name) {
        for (const auto &db : d.databases)
            if (db.name == name)
                return &db;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        sandbox::createDatabase(QStringLiteral("pgdba_overview_closed"));
        sandbox::psql(QStringLiteral("REVOKE CONNECT ON DATABASE pgdba_overview_closed FROM PUBLIC"));
        sandbox::psql(QStringLiteral("DROP ROLE IF EXISTS pgdba_overview_plain; "
                                     "CREATE ROLE pgdba_overview_plain LOGIN"));
    }

    void factsAndDatabases() {
        auto c = testutil::connect(sandbox::dsn(), QStringLiteral("overview test"));
        // Three more client sessions, one of them busy.
        auto a = testutil::connect(sandbox::dsn(), QStringLiteral("overview extra"));
        auto b = testutil::connect(sandbox::dsn(), QStringLiteral("overview extra"));
        auto busy = testutil::connect(sandbox::dsn(), QStringLiteral("overview busy"));
        busy->query(QStringLiteral("SELECT pg_sleep(20)"));
        QVERIFY(testutil::waitUntil([&] {
            return sandbox::psql(
                       QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                                      "AND application_name = 'overview busy'"))
                       .trimmed() == QLatin1String("1");
        }));
        const monitor::OverviewData d = QCoro::waitFor(monitor::OverviewCollector::fetch(c.get()));
        QVERIFY2(d.ok(), qPrintable(d.error ? d.error->toString() : QString()));
        QVERIFY(d.uptimeS >= 0);
        QVERIFY2(d.connections >= 4, qPrintable(QString::number(d.connections)));
        QVERIFY(d.active >= 1);
        QCOMPARE(d.maxConnections,
                 sandbox::psql(QStringLiteral("SHOW max_connections")).trimmed().toLongLong());
        QVERIFY(d.cacheHitRatio && *d.cacheHitRatio > 0 && *d.cacheHitRatio <= 1);
        const auto *postgres = find(d, QStringLiteral("postgres"));
        QVERIFY(postgres);
        QVERIFY(postgres->sizeBytes && *postgres->sizeBytes > 1000000);
        QVERIFY(postgres->connections >= 4);
        QVERIFY(postgres->commits > 0);
        // A superuser may read the closed database's size.
        const auto *closed = find(d, QStringLiteral("pgdba_overview_closed"));
        QVERIFY(closed && closed->sizeBytes);
        busy->cancel();
    }

    void landingCountsFromRealSessions() {
        // One session idle in a transaction holding a table lock, one waiting for it.
        sandbox::psql(QStringLiteral("CREATE TABLE IF NOT EXISTS pgdba_overview_lock(id int)"));
        auto c = testutil::connect(sandbox::dsn(), QStringLiteral("overview landing"));
        auto holder = testutil::connect(sandbox::dsn(), QStringLiteral("overview holder"));
        auto waiter = testutil::connect(sandbox::dsn(), QStringLiteral("overview waiter"));
        testutil::exec(*holder, QStringLiteral("BEGIN"));
        testutil::exec(*holder, QStringLiteral("LOCK TABLE pgdba_overview_lock IN ACCESS EXCLUSIVE MODE"));
        waiter->query(QStringLiteral("SELECT count(*) FROM pgdba_overview_lock"));
        QVERIFY(testutil::waitForActivity(QStringLiteral("application_name = 'overview waiter' AND "
                                                         "wait_event_type = 'Lock'")));
        const monitor::OverviewData d = QCoro::waitFor(monitor::OverviewCollector::fetch(c.get()));
        QVERIFY(d.ok());
        QVERIFY2(d.idleInTransaction >= 1, qPrintable(QString::number(d.idleInTransaction)));
        QVERIFY2(d.waiting >= 1, qPrintable(QString::number(d.waiting)));
        QVERIFY(d.idle + d.active + d.idleInTransaction <= d.connections);
        QVERIFY(!d.inRecovery);
        QVERIFY(d.totalSizeBytes() && *d.totalSizeBytes() > 1000000);
        testutil::exec(*holder, QStringLiteral("ROLLBACK"));
        QVERIFY(testutil::waitUntil([&] { return !waiter->isBusy(); }, 10000));
    }

    void alertsAreHealthCriticalsFirst() {
        monitor::HealthReport report;
        const auto check = [](const char *id, monitor::HealthStatus s) {
            monitor::HealthCheck c;
            c.id = QString::fromLatin1(id);
            c.title = c.id;
            c.status = s;
            return c;
        };
        report.checks << check("a_ok", monitor::HealthStatus::Ok)
                      << check("b_warn", monitor::HealthStatus::Warning)
                      << check("c_crit", monitor::HealthStatus::Critical)
                      << check("d_warn", monitor::HealthStatus::Warning);
        const QList<monitor::OverviewAlert> alerts = monitor::overviewAlerts(report);
        QCOMPARE(alerts.size(), 3);
        QCOMPARE(alerts.at(0).checkId, QStringLiteral("c_crit"));
        QCOMPARE(alerts.at(1).checkId, QStringLiteral("b_warn"));
        QCOMPARE(monitor::overviewAlerts(report, 1).size(), 1);
        monitor::ServerStatsPoint p;
        p.commits = 10;
        p.rollbacks = 2;
        QCOMPARE(monitor::transactionRates({p, p}), (QList<double>{12, 12}));
    }

    void plainRoleSeesNoAccess() {
        auto c = testutil::connect(sandbox::dsn() + QStringLiteral(" user=pgdba_overview_plain"),
                                   QStringLiteral("overview plain"));
        QVERIFY(c->isReady());
        const monitor::OverviewData d = QCoro::waitFor(monitor::OverviewCollector::fetch(c.get()));
        QVERIFY2(d.ok(), qPrintable(d.error ? d.error->toString() : QString()));
        const auto *closed = find(d, QStringLiteral("pgdba_overview_closed"));
        QVERIFY(closed);
        QVERIFY(!closed->sizeBytes); // shown as "no access"
        const auto *postgres = find(d, QStringLiteral("postgres"));
        QVERIFY(postgres && postgres->sizeBytes);
    }

    void pollerDeliversAndErrorsAreValues() {
        auto c = testutil::connect(sandbox::dsn(), QStringLiteral("overview poll"));
        monitor::OverviewCollector collector;
        QSignalSpy ready(&collector, &monitor::OverviewCollector::dataReady);
        collector.setServer(c.get());
        collector.poller()->setActive(true);
        QVERIFY(ready.wait(10000));
        QVERIFY(ready.last().at(0).value<monitor::OverviewData>().ok());
        collector.poller()->setActive(false);

        // A connection that is gone: an error to show, not a crash or a hang.
        c->close();
        const monitor::OverviewData d = QCoro::waitFor(monitor::OverviewCollector::fetch(c.get()));
        QVERIFY(!d.ok());
        QVERIFY(!d.error->toString().isEmpty());
        const monitor::OverviewData none = QCoro::waitFor(monitor::OverviewCollector::fetch(nullptr));
        QVERIFY(!none.ok());
    }
};

QTEST_GUILESS_MAIN(TestOverview)
#include "tst_overview.moc"
