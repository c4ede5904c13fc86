// EXPLAIN against the real sandbox through explain::ExplainSession (the Explain page's
// connection): DML under ANALYZE leaves the data unchanged (triggers included), volatile
// functions are rolled back too, Cancel stops a long ANALYZE mid-run, the statement timeout,
// bound parameters, error positions, another database, and the `pgdba explain` command.
#include "loopchecker.h"
#include "sandbox.h"
#include "testutil.h"

#include "core/serversession.h"
#include "explain/analysis.h"
#include "explain/explainsession.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using explain::ExplainOutcome;
using explain::ExplainRequest;
using explain::StatementSafety;

class TestExplainRun : public QObject {
    Q_OBJECT
    QString m_dsn;
    std::unique_ptr<pg::Connection> m_check; // the test's own second connection
    std::unique_ptr<core::ServerSession> m_server;

    ExplainOutcome run(explain::ExplainSession &s, const QString &sql, bool analyze = true,
                       QStringList params = {}, int timeoutMs = 0, const QString &db = {}) {
        ExplainRequest r;
        r.sql = sql;
        r.params = params;
        r.options.analyze = analyze;
        r.statementTimeoutMs = timeoutMs;
        return QCoro::waitFor(s.run(r, db));
    }
    QString value(const QString &sql) { return testutil::exec(*m_check, sql).text(0, 0); }
    bool script(const QString &sql) {
        const QList<pg::Result> rs = QCoro::waitFor(m_check->execScript(sql));
        for (const pg::Result &r : rs)
            if (!r.ok()) {
                qWarning("setup failed: %s", qPrintable(r.error()->toString()));
                return false;
            }
        return !rs.isEmpty();
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<explain::StatementSafety>();
        m_dsn = sandbox::createDatabase(QStringLiteral("explain_run"));
        m_check = testutil::connect(m_dsn);
        QVERIFY(m_check->isReady());
        QVERIFY(script(QStringLiteral(R"(
            CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, note text);
            INSERT INTO items SELECT g, g % 10, 'n' || g FROM generate_series(1, 2000) g;
            CREATE TABLE audit (id bigserial PRIMARY KEY, item int, at timestamptz DEFAULT now());
            CREATE FUNCTION audit_qty() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN INSERT INTO audit (item) VALUES (NEW.id); RETURN NEW; END $$;
            CREATE TRIGGER items_audit AFTER UPDATE ON items FOR EACH ROW EXECUTE FUNCTION audit_qty();
            CREATE FUNCTION bump(i int) RETURNS int LANGUAGE sql VOLATILE AS
              $$ UPDATE items SET qty = qty + 100 WHERE id = i RETURNING qty $$;
            ANALYZE items;)")));
        m_server = std::make_unique<core::ServerSession>(core::Profile::fromDsn(m_dsn), QString());
        const auto err = QCoro::waitFor(m_server->open());
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
    }

    void dmlUnderAnalyzeIsRolledBack_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("root");
        QTest::addRow("update with trigger")
            << QStringLiteral("UPDATE items SET qty = qty + 1 WHERE id <= 300") << QStringLiteral("Update");
        QTest::addRow("delete") << QStringLiteral("DELETE FROM items WHERE id % 7 = 0")
                                << QStringLiteral("Delete");
        QTest::addRow("insert")
            << QStringLiteral("INSERT INTO items SELECT g, 1, 'x' FROM generate_series(5001, 5500) g")
            << QStringLiteral("Insert");
        QTest::addRow("merge") << QStringLiteral("MERGE INTO items i USING (SELECT 3 AS id) s ON i.id = s.id "
                                                 "WHEN MATCHED THEN UPDATE SET qty = 0")
                               << QStringLiteral("Merge");
        QTest::addRow("data-modifying WITH")
            << QStringLiteral("WITH gone AS (DELETE FROM items WHERE id > 1900 RETURNING id) "
                              "SELECT count(*) FROM gone")
            << QStringLiteral("Aggregate");
    }

    void dmlUnderAnalyzeIsRolledBack() {
        QFETCH(QString, sql);
        QFETCH(QString, root);
        const QString before = value(QStringLiteral(
            "SELECT count(*) || ':' || sum(qty) || ':' || (SELECT count(*) FROM audit) FROM items"));
        explain::ExplainSession s;
        s.setServer(m_server.get());
        QSignalSpy assessed(&s, &explain::ExplainSession::statementAssessed);
        QSignalSpy running(&s, &explain::ExplainSession::runningChanged);
        const ExplainOutcome out = run(s, sql);
        QVERIFY2(!out.error, out.error ? qPrintable(out.error->toString()) : "");
        QCOMPARE(assessed.count(), 1); // before the run: the page says so before and after
        QCOMPARE(assessed.first().first().value<StatementSafety>().kind,
                 StatementSafety::Kind::DataModifying);
        QCOMPARE(out.safety.kind, StatementSafety::Kind::DataModifying);
        QVERIFY(out.rolledBack);
        QCOMPARE(running.count(), 2);
        const explain::ParseResult plan = explain::loadPlan(out.json);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.plan.root().operationName(), root);
        QVERIFY(plan.plan.hasTiming());
        if (sql.startsWith(QLatin1String("UPDATE"))) {
            QCOMPARE(plan.plan.triggers.size(), 1); // the trigger really ran 300 times
            QCOMPARE(plan.plan.triggers[0].calls, 300);
        }
        // Nothing changed, the trigger's audit rows included.
        QCOMPARE(value(QStringLiteral(
                     "SELECT count(*) || ':' || sum(qty) || ':' || (SELECT count(*) FROM audit) FROM items")),
                 before);
        QCOMPARE(value(QStringLiteral(
                     "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pgdba explain' "
                     "AND state = 'idle in transaction'")),
                 QStringLiteral("0"));
    }

    void volatileFunctionIsRolledBack() {
        explain::ExplainSession s;
        s.setServer(m_server.get());
        const QString before = value(QStringLiteral("SELECT qty FROM items WHERE id = 42"));
        const ExplainOutcome out = run(s, QStringLiteral("SELECT bump(42), random()"));
        QVERIFY2(!out.error, out.error ? qPrintable(out.error->toString()) : "");
        QCOMPARE(out.safety.kind, StatementSafety::Kind::UnvouchedCalls);
        QCOMPARE(out.safety.effects.size(), 1); // random() is harmless
        QCOMPARE(out.safety.effects[0].function, QStringLiteral("public.bump"));
        QCOMPARE(out.safety.effects[0].kind, explain::FunctionEffect::Kind::RolledBack);
        QVERIFY(!out.safety.refusedByDefault());
        QVERIFY(out.safety.noticeBefore().contains(QStringLiteral("bump")));
        QVERIFY(out.rolledBack);
        QCOMPARE(value(QStringLiteral("SELECT qty FROM items WHERE id = 42")), before);
        // A read-only query with stable functions needs no notice.
        const ExplainOutcome ro =
            run(s, QStringLiteral("SELECT count(*) FROM items WHERE note LIKE lower('N1%')"));
        QVERIFY(!ro.error);
        QCOMPARE(ro.safety.kind, StatementSafety::Kind::ReadOnly);
    }

    void cancelStopsLongAnalyze() {
        explain::ExplainSession s;
        s.setServer(m_server.get());
        LoopChecker loop;
        const QString before = value(QStringLiteral("SELECT sum(qty) FROM items"));
        // About 100 s if left alone: every row sleeps 50 ms while being updated.
        ExplainRequest r;
        r.sql = QStringLiteral("UPDATE items SET qty = qty + 1 WHERE pg_sleep(0.05) IS NOT NULL");
        QElapsedTimer t;
        t.start();
        bool cancelSent = false;
        QString activeWhenCancelled;
        QTimer::singleShot(1500, &s, [&] {
            activeWhenCancelled = value(
                QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                               "'pgdba explain' AND state = 'active' AND query LIKE 'EXPLAIN (ANALYZE true%' "
                               "AND query LIKE '%UPDATE items SET qty = qty + 1 WHERE pg_sleep(0.05)%'"));
            QCoro::connect(s.cancel(), &s, [&](bool sent) { cancelSent = sent; });
        });
        const ExplainOutcome out = QCoro::waitFor(s.run(r));
        QVERIFY(t.elapsed() < 15000);
        QCOMPARE(activeWhenCancelled, QStringLiteral("1"));             // it was really running
        QVERIFY(testutil::waitUntil([&] { return cancelSent; }, 5000)); // its reply may come after the error
        QVERIFY(out.error.has_value());
        QVERIFY(out.error->isQueryCanceled());
        QVERIFY(out.cancelled);
        QVERIFY(out.rolledBack);
        QVERIFY2(loop.maxGapMs() < 200, qPrintable(QString::number(loop.maxGapMs())));
        QCOMPARE(value(QStringLiteral("SELECT sum(qty) FROM items")), before);
        // The connection is usable again.
        const ExplainOutcome again = run(s, QStringLiteral("SELECT 1"));
        QVERIFY2(!again.error, again.error ? qPrintable(again.error->toString()) : "");
    }

    void statementTimeout() {
        explain::ExplainSession s;
        s.setServer(m_server.get());
        const ExplainOutcome out = run(
            s, QStringLiteral("SELECT count(*) FROM items WHERE pg_sleep(0.01) IS NOT NULL"), true, {}, 400);
        QVERIFY(out.error.has_value());
        QVERIFY(out.error->isQueryCanceled());
        QVERIFY(out.error->message.contains(QStringLiteral("statement timeout")));
        QVERIFY(!out.cancelled);
        // The next run without a timeout is not limited by the previous one.
        const ExplainOutcome next = run(s, QStringLiteral("SELECT pg_sleep(0.6)"));
        QVERIFY2(!next.error, next.error ? qPrintable(next.error->toString()) : "");
    }

    void parametersAreBound() {
        explain::ExplainSession s;
        s.setServer(m_server.get());
        const ExplainOutcome out = run(s, QStringLiteral("SELECT * FROM items WHERE id = $1 AND note <> $2"),
                                       true, {QStringLiteral("77"), QStringLiteral("it's")});
        QVERIFY2(!out.error, out.error ? qPrintable(out.error->toString()) : "");
        const explain::ParseResult p = explain::loadPlan(out.json);
        QVERIFY(p.ok());
        QCOMPARE(p.plan.root().actualRows, 1);
        QCOMPARE(p.plan.root().index, QStringLiteral("items_pkey"));
    }

    void errorsPointIntoTheStatement() {
        explain::ExplainSession s;
        s.setServer(m_server.get());
        const QString sql = QStringLiteral("SELECT id FROM items WHERE qty = 1 ORDER BY nosuchcolumn");
        const ExplainOutcome out = run(s, sql);
        QVERIFY(out.error.has_value());
        QCOMPARE(out.error->sqlState, QStringLiteral("42703"));
        const int pos = out.error->position - out.statementOffset - 1;
        QVERIFY(sql.mid(pos).startsWith(QStringLiteral("nosuchcolumn")));
        QVERIFY(out.rolledBack); // the failed transaction was closed too
        QCOMPARE(run(s, QStringLiteral("SELECT 1")).error.has_value(), false);
    }

    void withoutAnalyzeNothingRuns() {
        explain::ExplainSession s;
        s.setServer(m_server.get());
        const ExplainOutcome out = run(s, QStringLiteral("DELETE FROM items"), false);
        QVERIFY(!out.error);
        QVERIFY(!out.rolledBack);
        const explain::ParseResult p = explain::loadPlan(out.json);
        QVERIFY(p.ok());
        QVERIFY(!p.plan.hasActuals());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("2000"));
    }

    void anotherDatabase() {
        core::ServerSession postgres(core::Profile::fromDsn(sandbox::dsn()), QString());
        QVERIFY(!QCoro::waitFor(postgres.open()));
        explain::ExplainSession s;
        s.setServer(&postgres);
        const ExplainOutcome out =
            run(s, QStringLiteral("SELECT count(*) FROM items"), true, {}, 0, QStringLiteral("explain_run"));
        QVERIFY2(!out.error, out.error ? qPrintable(out.error->toString()) : "");
        QCOMPARE(s.connection()->facts().database, QStringLiteral("explain_run"));
        const ExplainOutcome missing = run(s, QStringLiteral("SELECT count(*) FROM items"));
        QVERIFY(missing.error.has_value()); // back on "postgres": no such table
        QCOMPARE(missing.error->sqlState, QStringLiteral("42P01"));
    }

    void commandLine() {
        const QString before = value(QStringLiteral("SELECT sum(qty) FROM items"));
        QProcess p;
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("explain"), QStringLiteral("--dsn"), m_dsn, QStringLiteral("--query"),
                 QStringLiteral("UPDATE items SET qty = 0 WHERE id < 50"), QStringLiteral("--analyze"),
                 QStringLiteral("--buffers"), QStringLiteral("--output"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("rolled back")), qPrintable(err));
        const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonObject root = doc.value(QStringLiteral("plan")).toObject();
        QCOMPARE(root.value(QStringLiteral("node_type")).toString(), QStringLiteral("ModifyTable"));
        QCOMPARE(root.value(QStringLiteral("operation")).toString(), QStringLiteral("Update"));
        QCOMPARE(root.value(QStringLiteral("relation")).toString(), QStringLiteral("items"));
        const QJsonObject scan = root.value(QStringLiteral("children")).toArray().first().toObject();
        QCOMPARE(scan.value(QStringLiteral("actual_rows")).toDouble(), 49);
        for (const char *key : {"plan_rows", "loops", "inclusive_ms", "exclusive_ms", "misestimate",
                                "buffers", "findings", "children"})
            QVERIFY2(scan.contains(QLatin1String(key)), key);
        QVERIFY(doc.value(QStringLiteral("triggers"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("calls"))
                    .toInt() == 49);
        QCOMPARE(value(QStringLiteral("SELECT sum(qty) FROM items")), before);

        QProcess file;
        file.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                   {QStringLiteral("explain"), QStringLiteral("--input"),
                    QStringLiteral(PGDBA_FIXTURES_DIR "/plans/seq_scan_filter.psql-aligned.txt")});
        QVERIFY(file.waitForFinished(30000));
        QCOMPARE(file.exitCode(), 3); // no such fixture: a clear error, not a crash
        QVERIFY(QString::fromUtf8(file.readAllStandardError()).contains(QStringLiteral("does not exist")));
        QProcess text;
        text.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                   {QStringLiteral("explain"), QStringLiteral("--input"),
                    QStringLiteral(PGDBA_FIXTURES_DIR "/plans/seq_scan_filter.txt")});
        QVERIFY(text.waitForFinished(30000));
        QCOMPARE(text.exitCode(), 0);
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(out.contains(QStringLiteral("Seq Scan on orders")));
        QVERIFY(out.contains(QStringLiteral("CREATE INDEX")) ||
                out.contains(QStringLiteral("an index on (created_at)")));
    }
};

QTEST_GUILESS_MAIN(TestExplainRun)
#include "tst_explainrun.moc"
