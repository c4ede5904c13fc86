// The pure rules behind EXPLAIN ANALYZE safety (explain/sideeffects.h): which calls a text
// makes, what each kind of function does to a rollback, what a VERBOSE plan reaches.
#include "explain/explainrunner.h"
#include "explain/sideeffects.h"
#include "explain/statementsafety.h"

#include <QTest>

using explain::FunctionEffect;
using explain::FunctionInfo;

class TestSideEffectRules : public QObject {
    Q_OBJECT

    static FunctionInfo fn(const char *name, const char *lang, char volatility = 'v',
                           const char *source = "") {
        FunctionInfo f;
        f.name = QString::fromLatin1(name);
        f.schema = QStringLiteral("pg_catalog");
        f.language = QString::fromLatin1(lang);
        f.volatility = QLatin1Char(volatility);
        f.kind = QLatin1Char('f');
        f.source = QString::fromLatin1(source);
        return f;
    }

private Q_SLOTS:
    void calledNamesSkipStringsCastsAndComments() {
        const QStringList names = explain::calledNames(QStringLiteral(
            "SELECT lower(x), public.f(1), \"Odd\"(2), 'nextval(s)', x::varchar(10) -- setval(a)\n"));
        QCOMPARE(names,
                 (QStringList{QStringLiteral("lower"), QStringLiteral("public.f"), QStringLiteral("Odd")}));
    }

    void classification_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QChar>("volatility");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("signal");
        const int none = int(FunctionEffect::Kind::None), back = int(FunctionEffect::Kind::RolledBack),
                  notBack = int(FunctionEffect::Kind::NotRolledBack),
                  unknown = int(FunctionEffect::Kind::Unknown);
        QTest::addRow("terminate") << QStringLiteral("pg_terminate_backend") << QStringLiteral("internal")
                                   << QChar(u'v') << QStringLiteral("") << notBack << true;
        QTest::addRow("cancel") << QStringLiteral("pg_cancel_backend") << QStringLiteral("internal")
                                << QChar(u'v') << QStringLiteral("") << notBack << true;
        QTest::addRow("nextval") << QStringLiteral("nextval") << QStringLiteral("internal") << QChar(u'v')
                                 << QStringLiteral("") << notBack << false;
        QTest::addRow("stats reset") << QStringLiteral("pg_stat_reset_shared") << QStringLiteral("internal")
                                     << QChar(u'v') << QStringLiteral("") << notBack << false;
        QTest::addRow("dblink") << QStringLiteral("dblink_exec") << QStringLiteral("c") << QChar(u'v')
                                << QStringLiteral("") << notBack << false;
        QTest::addRow("reload") << QStringLiteral("pg_reload_conf") << QStringLiteral("internal")
                                << QChar(u'v') << QStringLiteral("") << notBack << false;
        QTest::addRow("session lock") << QStringLiteral("pg_advisory_lock") << QStringLiteral("internal")
                                      << QChar(u'v') << QStringLiteral("") << notBack << false;
        QTest::addRow("xact lock") << QStringLiteral("pg_advisory_xact_lock") << QStringLiteral("internal")
                                   << QChar(u'v') << QStringLiteral("") << none << false;
        QTest::addRow("lo_export") << QStringLiteral("lo_export") << QStringLiteral("internal") << QChar(u'v')
                                   << QStringLiteral("") << notBack << false;
        QTest::addRow("random") << QStringLiteral("random") << QStringLiteral("internal") << QChar(u'v')
                                << QStringLiteral("") << none << false;
        QTest::addRow("size") << QStringLiteral("pg_relation_size") << QStringLiteral("internal")
                              << QChar(u'v') << QStringLiteral("") << none << false;
        QTest::addRow("stable C") << QStringLiteral("now") << QStringLiteral("internal") << QChar(u's')
                                  << QStringLiteral("") << none << false;
        QTest::addRow("unknown volatile C") << QStringLiteral("mystery") << QStringLiteral("c") << QChar(u'v')
                                            << QStringLiteral("") << unknown << false;
        QTest::addRow("untrusted") << QStringLiteral("py") << QStringLiteral("plpython3u") << QChar(u'i')
                                   << QStringLiteral("") << unknown << false;
        QTest::addRow("sql writer") << QStringLiteral("bump") << QStringLiteral("sql") << QChar(u'v')
                                    << QStringLiteral("UPDATE t SET a = 1") << back << false;
        QTest::addRow("sql reader") << QStringLiteral("get") << QStringLiteral("sql") << QChar(u'v')
                                    << QStringLiteral("SELECT a FROM t") << none << false;
        QTest::addRow("dynamic") << QStringLiteral("dyn") << QStringLiteral("plpgsql") << QChar(u'v')
                                 << "BEGIN EXECUTE q; END" << unknown << false;
        QTest::addRow("copy program") << QStringLiteral("cp") << QStringLiteral("plpgsql") << QChar(u'v')
                                      << "BEGIN COPY t TO PROGRAM 'rm -rf /'; END" << notBack << false;
        QTest::addRow("word in a string") << QStringLiteral("s") << QStringLiteral("plpgsql") << QChar(u'v')
                                          << "BEGIN RAISE NOTICE 'execute'; END" << none << false;
    }

    void classification() {
        QFETCH(QString, name);
        QFETCH(QString, language);
        QFETCH(QChar, volatility);
        QFETCH(QString, source);
        QFETCH(int, kind);
        QFETCH(bool, signal);
        FunctionInfo f = fn("", "", 'v');
        f.name = name;
        f.language = language;
        f.volatility = volatility;
        f.source = source;
        f.trusted = !language.endsWith(QLatin1Char('u'));
        const FunctionEffect e = explain::classifyFunction(f);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.signal, signal);
        if (e.kind != FunctionEffect::Kind::None)
            QVERIFY(!e.what.isEmpty());
    }

    void bodyCallsAreFollowed() {
        const FunctionInfo f = fn("wrap", "plpgsql", 'v', "BEGIN PERFORM pg_terminate_backend(p); END");
        QCOMPARE(explain::bodyCalls(f), QStringList{QStringLiteral("pg_terminate_backend")});
        QVERIFY(explain::bodyCalls(fn("c", "c")).isEmpty());
    }

    void planReachFindsExpressionsFunctionScansAndWrites() {
        const QByteArray json = R"json([{"Plan": {"Node Type": "ModifyTable", "Operation": "Insert",
            "Relation Name": "orders", "Schema": "public", "Plans": [{"Node Type": "Result",
            "Output": ["nextval('orders_id_seq'::regclass)", "'a'::text"], "Plans": [
            {"Node Type": "Function Scan", "Function Name": "dblink", "Schema": "public",
             "Filter": "(lower(x.note) = 'pg_cancel_backend(1)'::text)"}]}]}}])json";
        const explain::PlanReach r = explain::planReach(json);
        QVERIFY(r.ok);
        QCOMPARE(r.writtenRelations, QStringList{QStringLiteral("orders")});
        QVERIFY(r.functions.contains(QStringLiteral("nextval")));
        QVERIFY(r.functions.contains(QStringLiteral("public.dblink")));
        QVERIFY(r.functions.contains(QStringLiteral("lower")));
        QVERIFY(!r.functions.contains(QStringLiteral("pg_cancel_backend"))); // inside a string
        QVERIFY(!explain::planReach("not json").ok);
    }

    void statementKinds_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("kind");
        QTest::addRow("select") << QStringLiteral("SELECT 1")
                                << int(explain::StatementSafety::Kind::ReadOnly);
        QTest::addRow("update") << QStringLiteral("UPDATE t SET a = 1")
                                << int(explain::StatementSafety::Kind::DataModifying);
        QTest::addRow("ctas") << QStringLiteral("CREATE TABLE t (a) AS SELECT 1")
                              << int(explain::StatementSafety::Kind::Ddl);
        QTest::addRow("select into") << QStringLiteral("SELECT 1 INTO t")
                                     << int(explain::StatementSafety::Kind::Ddl);
        QTest::addRow("with delete") << QStringLiteral(
                                            "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d")
                                     << int(explain::StatementSafety::Kind::DataModifying);
        QTest::addRow("upsert in with") << QStringLiteral("WITH x AS (INSERT INTO t VALUES (1) ON CONFLICT "
                                                          "DO UPDATE SET a = 2 RETURNING *) SELECT 1")
                                        << int(explain::StatementSafety::Kind::DataModifying);
        QTest::addRow("for update") << QStringLiteral("SELECT * FROM t FOR UPDATE SKIP LOCKED")
                                    << int(explain::StatementSafety::Kind::DataModifying);
        QTest::addRow("comment") << QStringLiteral("SELECT 1 -- DELETE FROM t")
                                 << int(explain::StatementSafety::Kind::ReadOnly);
    }

    void statementKinds() {
        QFETCH(QString, sql);
        QFETCH(int, kind);
        QCOMPARE(int(explain::classifyStatement(sql).kind), kind);
    }

    void noticesSayWhatTheRollbackUndoes() {
        explain::StatementSafety s = explain::classifyStatement(QStringLiteral("SELECT nextval('s')"));
        FunctionEffect e;
        e.function = QStringLiteral("nextval");
        e.kind = FunctionEffect::Kind::NotRolledBack;
        e.what = QStringLiteral("advances a sequence");
        s.effects << e;
        QVERIFY(s.refusedByDefault());
        QVERIFY(s.refusal().contains(QStringLiteral("nextval")));
        QVERIFY(s.refusal().contains(QStringLiteral("table rows")));
        QVERIFY(s.confirmation().contains(QStringLiteral("advances a sequence")));
        QVERIFY(!s.noticeAfter().contains(QStringLiteral("unchanged")));
        QVERIFY(s.noticeAfter().contains(QStringLiteral("nextval()")));
        QCOMPARE(explain::parameterCount(QStringLiteral("SELECT $1, '$9', $2 -- $7")), 2);
    }
};

QTEST_GUILESS_MAIN(TestSideEffectRules)
#include "tst_sideeffectrules.moc"
