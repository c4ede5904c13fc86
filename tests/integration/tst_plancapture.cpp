// Plan capture and plan history against the real sandbox: the generic plan of a normalised
// statement is captured without running it (PREPARE + force_generic_plan + EXPLAIN EXECUTE on 15),
// its shape's fingerprint is stable across captures and changes when an index goes (a plan flip
// made on purpose), statements that write are skipped and say why (and never run, even when
// allowed), and `pgdba plans` prints the shapes.
#include "history/store.h"
#include "pg/connection.h"
#include "plans/plancapture.h"
#include "plans/plancollector.h"
#include "plans/planstore.h"
#include "sandbox.h"
#include "testutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kList =
    QStringLiteral("SELECT * FROM pc_orders WHERE status = $1 ORDER BY created DESC LIMIT $2");
}

class TestPlanCapture : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_dsn;
    std::unique_ptr<pg::Connection> m_conn; // the capture connection (its own)
    std::unique_ptr<pg::Connection> m_admin;
    history::Store m_store;

    plans::Capture capture(const QString &text, plans::CaptureOptions o = {}) {
        return QCoro::waitFor(plans::captureGenericPlan(m_conn.get(), text, o));
    }
    qint64 scalar(const QString &sql) { return testutil::exec(*m_admin, sql).int64(0, 0); }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        m_dsn = sandbox::createDatabase(QStringLiteral("plan_capture"));
        m_admin = testutil::connect(m_dsn, QStringLiteral("plan-admin"));
        testutil::exec(*m_admin, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        testutil::exec(*m_admin,
                       QStringLiteral("CREATE TABLE pc_orders (id bigserial PRIMARY KEY, status text NOT "
                                      "NULL, courier int, created timestamptz NOT NULL DEFAULT now())"));
        testutil::exec(*m_admin,
                       QStringLiteral("INSERT INTO pc_orders (status, courier) SELECT (ARRAY['new', "
                                      "'assigned', 'done'])[1 + i % 3], i % 50 FROM "
                                      "generate_series(1, 30000) i"));
        testutil::exec(*m_admin,
                       QStringLiteral("CREATE INDEX pc_orders_status ON pc_orders (status, created DESC)"));
        testutil::exec(*m_admin, QStringLiteral("ANALYZE pc_orders"));
        m_conn = testutil::connect(m_dsn, QStringLiteral("pgdba plans"));
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("history.sqlite"))));
    }

    void cleanupTestCase() {
        m_store.close();
        m_conn.reset();
        m_admin.reset();
    }

    void genericPlanOfAReadIsCapturedAndStable() {
        const plans::Capture a = capture(kList);
        QVERIFY2(a.ok(), qPrintable(a.reason));
        QCOMPARE(a.method, QStringLiteral("generic (PREPARE)"));
        QCOMPARE(a.shape, QStringLiteral("Limit(Index Scan using pc_orders_status on public.pc_orders)")
                              .replace(QStringLiteral("public."), QString()));
        QCOMPARE(a.fingerprint.size(), 16);
        QVERIFY(a.planJson.contains(QLatin1String("\"Node Type\"")));
        // Costs move with statistics, the shape does not.
        testutil::exec(*m_admin, QStringLiteral("INSERT INTO pc_orders (status) SELECT 'new' FROM "
                                                "generate_series(1, 500)"));
        testutil::exec(*m_admin, QStringLiteral("ANALYZE pc_orders"));
        const plans::Capture b = capture(kList);
        QVERIFY(b.ok());
        QCOMPARE(b.fingerprint, a.fingerprint);
        // Nothing is left behind on the capture connection: no prepared statement, no transaction.
        QCOMPARE(testutil::exec(*m_conn, QStringLiteral("SELECT count(*) FROM pg_prepared_statements"))
                     .int64(0, 0),
                 0);
        QCOMPARE(testutil::exec(*m_conn, QStringLiteral("SELECT current_setting('transaction_read_only')"))
                     .text(0, 0),
                 QStringLiteral("off"));
    }

    // Drop the index the plan used: the statement's shape changes and the store says so.
    void planFlipIsDetected() {
        plans::PlanStore store(m_store.database().connectionName());
        QVERIFY2(store.ensureSchema(), qPrintable(store.lastError()));
        const QString server = QStringLiteral("sandbox:plan_capture");
        const qint64 qid = 4242;
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        const plans::Capture before = capture(kList);
        QVERIFY(store.record(server, qid, kList, before, t0, 0.05, 100));
        QVERIFY(store.record(server, qid, kList, capture(kList), t0 + 1000, 0.06, 150));
        QVERIFY(store.changes(server).isEmpty()); // one shape, seen twice
        testutil::exec(*m_admin, QStringLiteral("DROP INDEX pc_orders_status"));
        const plans::Capture after = capture(kList);
        QVERIFY(after.ok());
        QVERIFY(after.fingerprint != before.fingerprint);
        QVERIFY2(after.shape.contains(QLatin1String("Seq Scan on pc_orders")), qPrintable(after.shape));
        QVERIFY(store.record(server, qid, kList, after, t0 + 2000, 4.5, 160));
        const auto shapes = store.shapes(server, qid);
        QCOMPARE(shapes.size(), 2);
        QCOMPARE(shapes[0].seen, 2);
        QCOMPARE(shapes[0].fingerprint, before.fingerprint);
        QVERIFY(qAbs(*shapes[0].meanMs - 0.055) < 1e-9);
        const auto changes = store.changes(server);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].before.fingerprint, before.fingerprint);
        QCOMPARE(changes[0].after.fingerprint, after.fingerprint);
        QCOMPARE(changes[0].changedMs, t0 + 2000);
        QVERIFY(!changes[0].before.planJson.isEmpty() && !changes[0].after.planJson.isEmpty()); // both plans
        testutil::exec(*m_admin,
                       QStringLiteral("CREATE INDEX pc_orders_status ON pc_orders (status, created DESC)"));
    }

    void statementsThatWriteAreSkippedAndNeverRun() {
        const qint64 rows = scalar(QStringLiteral("SELECT count(*) FROM pc_orders WHERE courier = 7"));
        const QString update = QStringLiteral("UPDATE pc_orders SET courier = $1 WHERE id = $2");
        const plans::Capture skipped = capture(update);
        QCOMPARE(int(skipped.outcome), int(plans::Capture::Outcome::Skipped));
        QVERIFY2(skipped.reason.contains(QLatin1String("writes")), qPrintable(skipped.reason));
        const QString cte =
            QStringLiteral("WITH d AS (DELETE FROM pc_orders WHERE id = $1 RETURNING id) SELECT * FROM d");
        QCOMPARE(int(capture(cte).outcome), int(plans::Capture::Outcome::Skipped));
        QCOMPARE(int(capture(QStringLiteral("VACUUM pc_orders")).outcome),
                 int(plans::Capture::Outcome::Skipped));
        // Asked for: planned, still not run.
        plans::CaptureOptions o;
        o.allowWrites = true;
        const plans::Capture planned =
            capture(QStringLiteral("UPDATE pc_orders SET courier = 7 WHERE id = $1"), o);
        QVERIFY2(planned.ok(), qPrintable(planned.reason));
        QVERIFY(planned.shape.startsWith(QLatin1String("ModifyTable Update")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pc_orders WHERE courier = 7")), rows);
    }

    // A parameter PostgreSQL cannot type (the ticket's get_order builds JSON from one) is declared
    // text and the PREPARE tried again inside the capture's transaction; a failed EXPLAIN leaves
    // nothing behind either.
    void untypableParameterIsDeclaredText() {
        const QString text =
            QStringLiteral("SELECT jsonb_build_object('id', id, $2, status) FROM pc_orders WHERE id = $1");
        const plans::Capture c = capture(text);
        QVERIFY2(c.ok(), qPrintable(c.reason));
        QVERIFY2(c.shape.contains(QLatin1String("pc_orders_pkey")), qPrintable(c.shape));
        const plans::Capture two = capture(QStringLiteral("SELECT jsonb_build_object($1, $2)"));
        QVERIFY2(two.ok(), qPrintable(two.reason));
        // EXPLAIN EXECUTE fails after a good PREPARE: the planner folds 1/0.
        const plans::Capture bad = capture(QStringLiteral("SELECT 1/0 WHERE $1::int > 0"));
        QCOMPARE(int(bad.outcome), int(plans::Capture::Outcome::Failed));
        QVERIFY2(bad.reason.contains(QLatin1String("division by zero")), qPrintable(bad.reason));
        QCOMPARE(testutil::exec(*m_conn, QStringLiteral("SELECT count(*) FROM pg_prepared_statements"))
                     .int64(0, 0),
                 0);
        // Not inside the capture's (read-only) transaction any more.
        QCOMPARE(testutil::exec(*m_conn, QStringLiteral("SELECT current_setting('transaction_read_only')"))
                     .text(0, 0),
                 QStringLiteral("off"));
    }

    void badStatementIsAClearFailure() {
        const plans::Capture c = capture(QStringLiteral("SELECT * FROM no_such_table WHERE id = $1"));
        QCOMPARE(int(c.outcome), int(plans::Capture::Outcome::Failed));
        QVERIFY2(c.reason.contains(QLatin1String("no_such_table")), qPrintable(c.reason));
        QVERIFY(capture(kList).ok()); // the connection is fine afterwards
    }

    // The collector: the top statements by total time, one EXPLAIN per budget at most, into the
    // store; a flip of a pinned statement is announced.
    void collectorKeepsItsBudgetAndSeesAFlip() {
        for (int i = 0; i < 5; ++i) {
            testutil::exec(*m_admin,
                           QStringLiteral("SELECT count(*) FROM pc_orders WHERE courier = %1").arg(i));
            testutil::exec(*m_admin,
                           QStringLiteral("SELECT * FROM pc_orders WHERE status = 'new' ORDER BY created "
                                          "DESC LIMIT %1")
                               .arg(10 + i));
            testutil::exec(*m_admin,
                           QStringLiteral("SELECT max(created) FROM pc_orders WHERE id < %1").arg(100 + i));
        }
        const qint64 listId = scalar(QStringLiteral(
            "SELECT queryid FROM pg_stat_statements WHERE query LIKE 'SELECT * FROM pc_orders WHERE status = "
            "$1%' "
            "AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1"));
        auto own = testutil::connect(m_dsn, QStringLiteral("pgdba plans"));
        plans::PlanCollector collector;
        plans::PlanCollector::Options o;
        o.budgetMs = 200; // faster than the default second, to keep the test short
        o.topN = 8;
        o.refillMs = 0;
        o.recaptureMs = 3600 * 1000;
        collector.setOptions(o);
        collector.setStore(&m_store);
        collector.setServer(own.get(), QStringLiteral("sandbox:collector"));
        collector.pin(listId);
        QList<plans::PlanChange> changes;
        connect(&collector, &plans::PlanCollector::planChanged, this,
                [&](const plans::PlanChange &c) { changes << c; });
        connect(&collector, &plans::PlanCollector::failed, this,
                [](const QString &m) { qWarning("collector: %s", qPrintable(m)); });
        connect(&collector, &plans::PlanCollector::skippedStatement, this,
                [](qint64 q, const QString &m) { qInfo("skipped %lld: %s", q, qPrintable(m)); });
        collector.setActive(true);
        QVERIFY(testutil::waitUntil([&] { return collector.captured() >= 4; }, 30000));
        // The budget: never two EXPLAINs within one period (a lower bound: slowness only widens it).
        const QList<qint64> t = collector.explainTimes();
        for (int i = 1; i < t.size(); ++i)
            QVERIFY2(t[i] - t[i - 1] >= o.budgetMs - 20, qPrintable(QString::number(t[i] - t[i - 1])));
        plans::PlanStore store(m_store.database().connectionName());
        QCOMPARE(store.shapes(QStringLiteral("sandbox:collector"), listId).size(), 1);
        QVERIFY(store.queryIds(QStringLiteral("sandbox:collector")).size() >= 4);
        // The flip: the pinned statement's index goes; the next capture announces it.
        testutil::exec(*m_admin, QStringLiteral("DROP INDEX pc_orders_status"));
        collector.pin(listId); // captured again at once
        QVERIFY(testutil::waitUntil([&] { return !changes.isEmpty(); }, 30000));
        QCOMPARE(changes.first().queryid, listId);
        QVERIFY(changes.first().before.shape.contains(QLatin1String("pc_orders_status")));
        QVERIFY(changes.first().after.shape.contains(QLatin1String("Seq Scan")));
        collector.setActive(false);
        QVERIFY(testutil::waitUntil([&] { return !collector.inFlight(); }, 10000));
        testutil::exec(*m_admin,
                       QStringLiteral("CREATE INDEX pc_orders_status ON pc_orders (status, created DESC)"));
    }

    // The CLI: capture by query id from pg_stat_statements, then the shapes in JSON.
    void cliCapturesAndLists() {
        testutil::exec(*m_admin,
                       QStringLiteral("SELECT * FROM pc_orders WHERE status = 'new' ORDER BY created "
                                      "DESC LIMIT 20"));
        const qint64 qid = scalar(QStringLiteral(
            "SELECT queryid FROM pg_stat_statements WHERE query LIKE 'SELECT * FROM pc_orders WHERE status = "
            "$1%' "
            "AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1"));
        QVERIFY(qid != 0);
        const QString store = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QProcess p;
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("plans"), QStringLiteral("--dsn"), m_dsn, QStringLiteral("--queryid"),
                 QString::number(qid), QStringLiteral("--capture"), QStringLiteral("--store"), store,
                 QStringLiteral("--json")});
        QVERIFY(testutil::waitUntil([&] { return p.state() == QProcess::NotRunning; }, 60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonArray a = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        QCOMPARE(a.size(), 1);
        const QJsonObject o = a.first().toObject();
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("count"), QStringLiteral("fingerprint"),
                              QStringLiteral("first_seen"), QStringLiteral("last_seen"),
                              QStringLiteral("mean_ms"), QStringLiteral("shape"), QStringLiteral("source")}));
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 1);
        QVERIFY(o.value(QStringLiteral("mean_ms")).toDouble() > 0);
        QVERIFY(o.value(QStringLiteral("shape")).toString().contains(QLatin1String("pc_orders_status")));
        // An unknown query id: a clear message, exit 1.
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("plans"), QStringLiteral("--dsn"), m_dsn, QStringLiteral("--queryid"),
                 QStringLiteral("12345"), QStringLiteral("--capture"), QStringLiteral("--store"), store});
        QVERIFY(testutil::waitUntil([&] { return p.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("no statement with query id 12345"));
    }
};

QTEST_MAIN(TestPlanCapture)
#include "tst_plancapture.moc"
