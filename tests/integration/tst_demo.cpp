// The demo database on a real server: the generator's row counts, status distribution,
// created_at growing with id, about five events per order, the foreign key back in place,
// progress per batch, refusing to overwrite without --reset; the workload creating,
// claiming and delivering orders, leaving a transaction idle and building a lock chain,
// then stopping cleanly; `pgdba demo workload` stopping on SIGTERM.
#include "sandbox.h"
#include "testutil.h"

#include "demo/generator.h"
#include "demo/workload.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestDemo : public QObject {
    Q_OBJECT
    QString m_dsn;
    const QString m_db = QStringLiteral("demo_gen");

    QString q(const QString &sql) { return sandbox::psql(sql, m_db).trimmed(); }

private Q_SLOTS:
    void initTestCase() { m_dsn = sandbox::createDatabase(m_db); }

    void generatorFillsTheTicketsTables() {
        demo::Generator g;
        QSignalSpy progress(&g, &demo::Generator::progress);
        demo::Generator::Options o;
        o.orders = 20000;
        o.batch = 5000;
        o.connections = 2;
        const auto err = QCoro::waitFor(g.run(pg::ConnInfo(m_dsn), o));
        QVERIFY2(!err, err ? qPrintable(err->toString()) : "");
        // Progress after every batch, ending at the total.
        QCOMPARE(progress.size(), 4);
        QCOMPARE(progress.last().at(0).toLongLong(), 20000);
        QCOMPARE(progress.last().at(1).toLongLong(), 20000);
        for (int i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i].at(0).toLongLong() > progress[i - 1].at(0).toLongLong());

        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("20000"));
        QCOMPARE(g.counts().value(QStringLiteral("orders")).toInt(), 20000);
        const double events = q(QStringLiteral("SELECT count(*) FROM order_events")).toDouble();
        QVERIFY2(events / 20000 > 4.5 && events / 20000 < 5.8, qPrintable(QString::number(events / 20000)));
        // About 90% delivered or cancelled, the rest active, every status present.
        const double done =
            q(QStringLiteral("SELECT avg((status IN ('delivered','cancelled'))::int) FROM orders"))
                .toDouble();
        QVERIFY2(done > 0.87 && done < 0.95, qPrintable(QString::number(done)));
        QCOMPARE(q(QStringLiteral("SELECT string_agg(status, ',' ORDER BY status) FROM (SELECT DISTINCT "
                                  "status FROM orders) s")),
                 QStringLiteral("accepted,assigned,cancelled,delivered,new,picked_up"));
        const int fresh = q(QStringLiteral("SELECT count(*) FROM orders WHERE status = 'new'")).toInt();
        QVERIFY2(fresh > 400 && fresh < 800, qPrintable(QString::number(fresh)));
        // created_at grows with id (BRIN-friendly) and ends about now.
        QCOMPARE(q(QStringLiteral(
                     "SELECT count(*) FROM (SELECT created_at <= lag(created_at) OVER (ORDER BY id) AS back "
                     "FROM orders) x WHERE back")),
                 QStringLiteral("0"));
        QCOMPARE(q(QStringLiteral("SELECT max(created_at) > now() - interval '1 hour' FROM orders")),
                 QStringLiteral("t"));
        // The ticket's columns are consistent with the status.
        QCOMPARE(q(QStringLiteral(
                     "SELECT count(*) FROM orders WHERE status = 'new' AND (courier_id IS NOT NULL OR "
                     "assigned_at IS NOT NULL)")),
                 QStringLiteral("0"));
        QCOMPARE(
            q(QStringLiteral("SELECT count(*) FROM orders WHERE status IN ('assigned','accepted','picked_up',"
                             "'delivered') AND (courier_id IS NULL OR assigned_at IS NULL)")),
            QStringLiteral("0"));
        QCOMPARE(q(QStringLiteral(
                     "SELECT count(*) FROM orders WHERE status = 'delivered' AND delivered_at IS NULL")),
                 QStringLiteral("0"));
        // Events agree with their orders: a 'created' per order, a 'delivered' per delivered order.
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM order_events WHERE type = 'created'")),
                 QStringLiteral("20000"));
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM order_events WHERE type = 'delivered'")),
                 q(QStringLiteral("SELECT count(*) FROM orders WHERE status = 'delivered'")));
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM order_events e JOIN orders o ON o.id = e.order_id "
                                  "WHERE e.created_at < o.created_at")),
                 QStringLiteral("0"));
        // Migration 001's schema, with the foreign key back and only the primary keys indexed.
        QCOMPARE(q(QStringLiteral(
                     "SELECT convalidated FROM pg_constraint WHERE conname = 'order_events_order_id_fkey'")),
                 QStringLiteral("t"));
        QCOMPARE(q(QStringLiteral("SELECT string_agg(indexrelid::regclass::text, ',' ORDER BY "
                                  "indexrelid::regclass::text) FROM pg_index "
                                  "WHERE indrelid IN ('orders'::regclass, 'order_events'::regclass)")),
                 QStringLiteral("order_events_pkey,orders_pkey"));
        // New rows get fresh ids after the loaded ones.
        QCOMPARE(q(QStringLiteral(
                     "INSERT INTO orders (store_id, pickup_address, delivery_address) VALUES (1, 'a', 'b') "
                     "RETURNING id")),
                 QStringLiteral("20001"));
        QVERIFY(q(QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = 'orders'")).toDouble() >
                19000); // analyzed
    }

    void generatorRefusesToOverwrite() {
        demo::Generator g;
        demo::Generator::Options o;
        o.orders = 1000;
        auto err = QCoro::waitFor(g.run(pg::ConnInfo(m_dsn), o));
        QVERIFY(err);
        QVERIFY2(err->message.contains(QStringLiteral("--reset")), qPrintable(err->message));
        QCOMPARE(q(QStringLiteral("SELECT count(*) >= 20000 FROM orders")),
                 QStringLiteral("t")); // nothing lost
        o.reset = true;
        err = QCoro::waitFor(g.run(pg::ConnInfo(m_dsn), o));
        QVERIFY2(!err, err ? qPrintable(err->toString()) : "");
        QCOMPARE(q(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("1000"));
    }

    void workloadShowsLifeAndStops() {
        demo::Generator g;
        demo::Generator::Options o;
        o.orders = 5000;
        o.reset = true;
        QVERIFY(!QCoro::waitFor(g.run(pg::ConnInfo(m_dsn), o)));

        demo::Workload w;
        demo::Workload::Options wo;
        wo.couriers = 3;
        wo.speed = 10;           // every pause ten times shorter
        wo.lockHoldSeconds = 30; // long enough to see the chain at this speed
        QStringList log;
        connect(&w, &demo::Workload::message, &w, [&](const QString &m) { log << m; });
        bool finished = false;
        std::optional<QString> result;
        QCoro::connect(w.run(pg::ConnInfo(m_dsn), wo), &w, [&](const std::optional<QString> &r) {
            result = r;
            finished = true;
        });
        auto monitor = testutil::connect(sandbox::dsn());
        const QString apps =
            QStringLiteral("SELECT string_agg(DISTINCT application_name, ',' ORDER BY application_name) "
                           "AS apps FROM pg_stat_activity WHERE datname = '%1'")
                .arg(m_db);
        // A transaction left idle in transaction, holding a row lock.
        QVERIFY(testutil::waitUntil(
            [&] {
                const pg::Result r = testutil::exec(
                    *monitor, QStringLiteral("SELECT count(*) AS n FROM pg_stat_activity WHERE "
                                             "application_name = 'zariz-admin' AND state = "
                                             "'idle in transaction'"));
                return r.int64(0, "n") == 1;
            },
            30000));
        // A lock chain: two sessions waiting for the same row, behind the one that holds it.
        QVERIFY(testutil::waitUntil(
            [&] {
                const pg::Result r = testutil::exec(
                    *monitor, QStringLiteral("SELECT count(*) AS n FROM pg_stat_activity WHERE "
                                             "application_name = 'zariz-ops' AND wait_event_type "
                                             "= 'Lock'"));
                return r.int64(0, "n") == 2;
            },
            30000));
        QVERIFY(testutil::waitUntil(
            [&] {
                const auto &c = w.counters();
                return c.created > 0 && c.claimed > 0 && c.advanced > 0 && c.lookups > 0 && c.reports > 0;
            },
            60000));
        const QString seen = testutil::exec(*monitor, apps).text(0, "apps");
        QVERIFY2(seen.contains(QStringLiteral("zariz-api")) && seen.contains(QStringLiteral("zariz-ops")),
                 qPrintable(seen));
        QCOMPARE(w.counters().errors, qint64(0));
        // What the workload did is in the tables: its claims went through the ticket's transaction.
        QVERIFY(q(QStringLiteral(
                      "SELECT count(*) FROM order_events WHERE type = 'assigned' AND payload->>'run' = "
                      "'demo workload'"))
                    .toInt() > 0);
        QVERIFY(q(QStringLiteral("SELECT count(*) FROM orders WHERE id > 5000")).toInt() > 0);

        w.stop();
        // Stopping cancels the running statements and waits for them (slow on a loaded CI machine).
        QVERIFY(testutil::waitUntil([&] { return finished; }, 45000));
        QVERIFY2(!result, result ? qPrintable(*result) : "");
        QVERIFY(log.constLast().contains(QStringLiteral("orders created")));
        // Nothing left behind: no sessions of the workload, no open transaction.
        QVERIFY(testutil::waitUntil(
            [&] {
                const pg::Result r = testutil::exec(
                    *monitor, QStringLiteral("SELECT count(*) AS n FROM pg_stat_activity WHERE "
                                             "application_name LIKE 'zariz-%'"));
                return r.int64(0, "n") == 0;
            },
            10000));
    }

    void workloadCommandStopsOnSigterm() {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGDBA_NO_KEYRING"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("demo"), QStringLiteral("workload"), QStringLiteral("--dsn"), m_dsn,
                 QStringLiteral("--speed"), QStringLiteral("5"), QStringLiteral("--status-every"),
                 QStringLiteral("1")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QVERIFY(testutil::waitUntil(
            [&] {
                out += p.readAllStandardOutput();
                return out.contains("orders created");
            },
            30000));
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(20000));
        out += p.readAllStandardOutput();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains("stopping") && out.contains("workload: stopped"), out.constData());
    }

    void initCommandReportsProgress() {
        QProcess p;
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--dsn"), m_dsn,
                 QStringLiteral("--orders"), QStringLiteral("3000"), QStringLiteral("--batch"),
                 QStringLiteral("1000"), QStringLiteral("--reset")});
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(err.contains(QStringLiteral("3,000 / 3,000 orders (100%)")) ||
                     err.contains(QStringLiteral("3000 / 3000")),
                 qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("by status:")), qPrintable(out));
        // The schema is migration 001, recorded as applied: `migrate up` continues with 002.
        QProcess status;
        status.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                     {QStringLiteral("migrate"), QStringLiteral("status"), QStringLiteral("--dsn"), m_dsn});
        QVERIFY(status.waitForFinished(60000));
        const QString st = QString::fromUtf8(status.readAllStandardOutput());
        QVERIFY2(st.contains(QRegularExpression(QStringLiteral("001\\s+initial_schema\\s+applied"))),
                 qPrintable(st));
        QVERIFY2(st.contains(QRegularExpression(QStringLiteral("002\\s+add_performance_indexes\\s+pending"))),
                 qPrintable(st));
        // ... and `migrate up` goes on from there without a baseline step.
        QProcess up;
        up.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                 {QStringLiteral("migrate"), QStringLiteral("up"), QStringLiteral("002"),
                  QStringLiteral("--dsn"), m_dsn});
        QVERIFY(up.waitForFinished(120000));
        QVERIFY2(up.exitCode() == 0, qPrintable(QString::fromUtf8(up.readAllStandardError())));
        QProcess after;
        after.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                    {QStringLiteral("migrate"), QStringLiteral("status"), QStringLiteral("--dsn"), m_dsn});
        QVERIFY(after.waitForFinished(60000));
        const QString st2 = QString::fromUtf8(after.readAllStandardOutput());
        QVERIFY2(
            st2.contains(QRegularExpression(QStringLiteral("002\\s+add_performance_indexes\\s+applied"))),
            qPrintable(st2));
        QProcess bad;
        bad.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                  {QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--dsn"), m_dsn,
                   QStringLiteral("--orders"), QStringLiteral("ten")});
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 64);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
