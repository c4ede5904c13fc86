// EXPLAIN ANALYZE never does more than it says (issue 19, item 1): statements whose effects a
// ROLLBACK cannot undo are refused by default, found directly, through views, column defaults,
// triggers and function bodies; with the override they run, the notice says what was not
// undone, and signals are audited like Cancel/Terminate. Every case is checked against the
// real server state (rows on another connection, a live session, counters, a sequence).
#include "sandbox.h"
#include "testutil.h"

#include "core/serversession.h"
#include "explain/explainsession.h"
#include "history/store.h"

#include <QProcess>
#include <QTest>

using explain::ExplainOutcome;
using explain::ExplainRequest;
using explain::FunctionEffect;

class TestExplainSideEffects : public QObject {
    Q_OBJECT
    QString m_dsn;
    std::unique_ptr<pg::Connection> m_check;
    std::unique_ptr<core::ServerSession> m_server;

    ExplainOutcome run(const QString &sql, bool allow = false, history::Store *audit = nullptr) {
        explain::ExplainSession s;
        s.setServer(m_server.get());
        s.setAuditStore(audit);
        ExplainRequest r;
        r.sql = sql;
        r.options.analyze = true;
        r.allowSideEffects = allow;
        return QCoro::waitFor(s.run(r));
    }
    QString value(const QString &sql) { return testutil::exec(*m_check, sql).text(0, 0); }
    static QStringList functionsOf(const ExplainOutcome &o) {
        QStringList f;
        for (const FunctionEffect &e : o.safety.sideEffects())
            f << e.function;
        return f;
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        m_dsn = sandbox::createDatabase(QStringLiteral("explain_side_effects"));
        m_check = testutil::connect(m_dsn);
        QVERIFY(m_check->isReady());
        const QList<pg::Result> rs = QCoro::waitFor(m_check->execScript(QStringLiteral(R"(
            CREATE EXTENSION IF NOT EXISTS dblink;
            CREATE TABLE victims (id int PRIMARY KEY);
            INSERT INTO victims SELECT generate_series(1, 100);
            CREATE SEQUENCE tickets;
            CREATE VIEW next_ticket AS SELECT nextval('tickets') AS n;
            CREATE TABLE with_serial (id serial PRIMARY KEY, note text);
            CREATE FUNCTION kill_it(p int) RETURNS boolean LANGUAGE plpgsql AS
              $$ BEGIN RETURN pg_terminate_backend(p); END $$;
            CREATE FUNCTION dynamic(q text) RETURNS void LANGUAGE plpgsql AS
              $$ BEGIN EXECUTE q; END $$;
            CREATE TABLE watched (id int);
            CREATE FUNCTION reset_on_insert() RETURNS trigger LANGUAGE plpgsql AS
              $$ BEGIN PERFORM pg_stat_reset(); RETURN NEW; END $$;
            CREATE TRIGGER watched_reset AFTER INSERT ON watched FOR EACH ROW EXECUTE FUNCTION reset_on_insert();
            CREATE TABLE plain (a int);)")));
        for (const pg::Result &r : rs)
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error()->toString()));
        m_server = std::make_unique<core::ServerSession>(core::Profile::fromDsn(m_dsn), QString());
        const auto err = QCoro::waitFor(m_server->open());
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
    }

    void dblinkIsRefusedAndNothingIsDeleted() {
        const QString other = QStringLiteral("dbname=explain_side_effects user=postgres host=%1 port=%2")
                                  .arg(sandbox::env(QStringLiteral("PGHOST")))
                                  .arg(sandbox::port());
        const QString sql =
            QStringLiteral("SELECT dblink_exec('%1', 'DELETE FROM victims WHERE id <= 10')").arg(other);
        const ExplainOutcome out = run(sql);
        QVERIFY(out.refused);
        QVERIFY(out.error.has_value());
        QVERIFY2(out.error->message.contains(QStringLiteral("dblink_exec")), qPrintable(out.error->message));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM victims")), QStringLiteral("100"));
        // Confirmed: it runs, and the notice says what was not undone instead of "unchanged".
        const ExplainOutcome forced = run(sql, true);
        QVERIFY2(!forced.error, forced.error ? qPrintable(forced.error->toString()) : "");
        QVERIFY(forced.rolledBack);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM victims")), QStringLiteral("90"));
        const QString after = forced.safety.noticeAfter();
        QVERIFY2(after.contains(QStringLiteral("dblink_exec")) && after.contains(QStringLiteral("not")),
                 qPrintable(after));
        QVERIFY(!after.contains(QStringLiteral("unchanged")));
    }

    void terminateIsRefusedThenAudited() {
        auto victim = testutil::connect(m_dsn, QStringLiteral("victim"));
        const int pid = victim->facts().backendPid;
        const QString sql = QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid);
        const ExplainOutcome out = run(sql);
        QVERIFY(out.refused);
        QCOMPARE(functionsOf(out), QStringList{QStringLiteral("pg_terminate_backend")});
        QVERIFY(out.safety.sendsSignals());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)),
                 QStringLiteral("1"));
        history::Store store;
        QVERIFY(store.open());
        const qsizetype before = store.audit().size();
        const ExplainOutcome forced = run(sql, true, &store);
        QVERIFY2(!forced.error, forced.error ? qPrintable(forced.error->toString()) : "");
        QVERIFY(testutil::waitUntil([&] {
            return value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)) ==
                   QLatin1String("0");
        }));
        const QList<history::AuditEntry> audit = store.audit();
        QCOMPARE(audit.size(), before + 1);
        QCOMPARE(audit.first().pid, pid);
        QCOMPARE(audit.first().action, QStringLiteral("terminate"));
        QVERIFY(audit.first().message.contains(QStringLiteral("EXPLAIN ANALYZE")));
    }

    void reachedThroughViewsDefaultsTriggersAndBodies_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("state"); // a query whose value must not change
        QTest::addRow("statistics reset")
            << QStringLiteral("SELECT pg_stat_reset()") << QStringLiteral("pg_stat_reset")
            << QStringLiteral(
                   "SELECT stats_reset IS NULL FROM pg_stat_database WHERE datname = current_database()");
        QTest::addRow("view calling nextval")
            << QStringLiteral("SELECT * FROM next_ticket") << QStringLiteral("nextval")
            << QStringLiteral("SELECT last_value || ':' || is_called FROM tickets");
        QTest::addRow("serial column default")
            << QStringLiteral("INSERT INTO with_serial (note) VALUES ('x')") << QStringLiteral("nextval")
            << QStringLiteral("SELECT last_value || ':' || is_called FROM with_serial_id_seq");
        QTest::addRow("trigger")
            << QStringLiteral("INSERT INTO watched VALUES (1)") << QStringLiteral("pg_stat_reset")
            << QStringLiteral(
                   "SELECT stats_reset IS NULL FROM pg_stat_database WHERE datname = current_database()");
        QTest::addRow("function body")
            << QStringLiteral("SELECT kill_it(pg_backend_pid())") << QStringLiteral("pg_terminate_backend")
            << QStringLiteral("SELECT 1");
        QTest::addRow("dynamic SQL") << QStringLiteral("SELECT dynamic('SELECT 1')")
                                     << QStringLiteral("public.dynamic") << QStringLiteral("SELECT 1");
        QTest::addRow("session advisory lock")
            << QStringLiteral("SELECT pg_advisory_lock(42)") << QStringLiteral("pg_advisory_lock")
            << QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'");
    }

    void reachedThroughViewsDefaultsTriggersAndBodies() {
        QFETCH(QString, sql);
        QFETCH(QString, function);
        QFETCH(QString, state);
        const QString before = value(state);
        const ExplainOutcome out = run(sql);
        QVERIFY2(out.refused, qPrintable(out.safety.noticeBefore()));
        QVERIFY2(functionsOf(out).contains(function), qPrintable(functionsOf(out).join(QLatin1Char(','))));
        QVERIFY(out.json.isEmpty()); // nothing ran
        QCOMPARE(value(state), before);
    }

    void harmlessStatementsStillRun() {
        // Volatile but harmless, transactional writes, DDL: run and rolled back, never refused.
        for (const char *sql : {"SELECT random(), clock_timestamp(), pg_sleep(0)", "UPDATE plain SET a = 1",
                                "SELECT pg_notify('chan', 'x')", "SELECT pg_advisory_xact_lock(7)"}) {
            const ExplainOutcome out = run(QString::fromLatin1(sql));
            QVERIFY2(!out.refused && !out.error, sql);
        }
        const ExplainOutcome ddl = run(QStringLiteral("CREATE TABLE made (x) AS SELECT 1"));
        QVERIFY2(!ddl.error, ddl.error ? qPrintable(ddl.error->toString()) : "");
        QCOMPARE(ddl.safety.kind, explain::StatementSafety::Kind::Ddl);
        QVERIFY2(ddl.safety.noticeBefore().contains(QStringLiteral("DDL")),
                 qPrintable(ddl.safety.noticeBefore()));
        QVERIFY(!ddl.safety.noticeBefore().contains(QStringLiteral("functions")));
        QCOMPARE(value(QStringLiteral("SELECT to_regclass('made') IS NULL")), QStringLiteral("t"));
    }

    void parameterCountMismatchIsExplained() {
        explain::ExplainSession s;
        s.setServer(m_server.get());
        ExplainRequest r;
        r.sql = QStringLiteral("SELECT * FROM victims WHERE id = $1 AND id < $2");
        r.params = {QStringLiteral("1")};
        const ExplainOutcome out = QCoro::waitFor(s.run(r));
        QVERIFY(out.error.has_value());
        QVERIFY2(out.error->message.contains(QStringLiteral("2 parameter")) &&
                     out.error->message.contains(QStringLiteral("1 value")),
                 qPrintable(out.error->message));
    }

    void commandLine() {
        auto pgdba = [&](const QStringList &args, QByteArray *err = nullptr) {
            QProcess p;
            p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"), QStringList{QStringLiteral("explain")} + args);
            p.waitForFinished(60000);
            if (err)
                *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray err;
        const QStringList reset = {QStringLiteral("--dsn"), m_dsn, QStringLiteral("--analyze"),
                                   QStringLiteral("--query"), QStringLiteral("SELECT pg_stat_reset()")};
        QCOMPARE(pgdba(reset, &err), 4);
        QVERIFY2(err.contains("pg_stat_reset") && err.contains("--allow-side-effects"), err.constData());
        QCOMPARE(pgdba(reset + QStringList{QStringLiteral("--allow-side-effects")}, &err), 0);
        QCOMPARE(pgdba({QStringLiteral("--dsn"), m_dsn, QStringLiteral("--query"), QStringLiteral("SELECT 1"),
                        QStringLiteral("--timeout"), QStringLiteral("abc")},
                       &err),
                 64);
        QVERIFY2(err.contains("--timeout"), err.constData());
        QProcess help;
        help.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                   {QStringLiteral("explain"), QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(30000));
        QVERIFY(help.readAllStandardOutput().contains("Exit codes"));
    }
};

QTEST_GUILESS_MAIN(TestExplainSideEffects)
#include "tst_explainsideeffects.moc"
