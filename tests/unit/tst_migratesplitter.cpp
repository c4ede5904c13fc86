// Statement splitting and reading of migration scripts: comments, quotes, dollar quoting,
// BEGIN ATOMIC bodies, and what pgdba reads from CREATE INDEX / DROP INDEX statements.
#include "migrate/indexcheck.h"
#include "migrate/migration.h"
#include "migrate/splitter.h"
#include "migrate/statementinfo.h"

#include <QFile>
#include <QTest>

using namespace migrate;

class TestMigrateSplitter : public QObject {
    Q_OBJECT

    static QStringList sqls(const QString &script) {
        QStringList out;
        const SplitResult r = splitStatements(script);
        for (const auto &s : r.statements)
            out << s.sql;
        return out;
    }

private Q_SLOTS:
    void splits_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("two") << QStringLiteral("SELECT 1; SELECT 2;")
                             << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
        QTest::addRow("no final semicolon")
            << QStringLiteral("SELECT 1;\nSELECT 2\n")
            << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
        QTest::addRow("empty statements")
            << QStringLiteral(";;SELECT 1;;\n;") << QStringList{QStringLiteral("SELECT 1")};
        QTest::addRow("line comment") << QStringLiteral("SELECT 1 -- not; the end\n, 2;")
                                      << QStringList{QStringLiteral("SELECT 1 -- not; the end\n, 2")};
        QTest::addRow("nested block comment")
            << QStringLiteral("SELECT /* a; /* b; */ c; */ 1; SELECT 2")
            << QStringList{QStringLiteral("SELECT /* a; /* b; */ c; */ 1"), QStringLiteral("SELECT 2")};
        QTest::addRow("quoted string")
            << QStringLiteral("SELECT 'a;b''c;'; SELECT 3")
            << QStringList{QStringLiteral("SELECT 'a;b''c;'"), QStringLiteral("SELECT 3")};
        QTest::addRow("escape string")
            << QStringLiteral("SELECT E'it\\'s; fine'; SELECT 4")
            << QStringList{QStringLiteral("SELECT E'it\\'s; fine'"), QStringLiteral("SELECT 4")};
        QTest::addRow("standard string backslash")
            << QStringLiteral("SELECT 'C:\\'; SELECT 5")
            << QStringList{QStringLiteral("SELECT 'C:\\'"), QStringLiteral("SELECT 5")};
        QTest::addRow("quoted identifier")
            << QStringLiteral("SELECT 1 AS \"a;\"\"b\"; SELECT 6")
            << QStringList{QStringLiteral("SELECT 1 AS \"a;\"\"b\""), QStringLiteral("SELECT 6")};
        QTest::addRow("dollar quoted")
            << QStringLiteral("DO $$BEGIN PERFORM 1; END$$; SELECT 7")
            << QStringList{QStringLiteral("DO $$BEGIN PERFORM 1; END$$"), QStringLiteral("SELECT 7")};
        QTest::addRow("tagged dollar with inner $$")
            << QStringLiteral("CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $fn$\nBEGIN\n  RETURN "
                              "$$x;y$$;\nEND\n$fn$;\nSELECT 8")
            << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS "
                                          "$fn$\nBEGIN\n  RETURN $$x;y$$;\nEND\n$fn$"),
                           QStringLiteral("SELECT 8")};
        QTest::addRow("parameter is not a dollar quote")
            << QStringLiteral("SELECT $1; SELECT a$b FROM t")
            << QStringList{QStringLiteral("SELECT $1"), QStringLiteral("SELECT a$b FROM t")};
        QTest::addRow("begin atomic")
            << QStringLiteral("CREATE OR REPLACE FUNCTION g(i int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  "
                              "SELECT CASE WHEN i > 0 THEN 1 ELSE 0 END;\n"
                              "  SELECT i;\nEND;\nSELECT 9;")
            << QStringList{QStringLiteral(
                               "CREATE OR REPLACE FUNCTION g(i int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                               "  SELECT CASE WHEN i > 0 THEN 1 ELSE 0 END;\n  SELECT i;\nEND"),
                           QStringLiteral("SELECT 9")};
        QTest::addRow("transaction words outside functions split")
            << QStringLiteral("BEGIN; SELECT 1; END;")
            << QStringList{QStringLiteral("BEGIN"), QStringLiteral("SELECT 1"), QStringLiteral("END")};
    }

    void splits() {
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        QCOMPARE(sqls(script), expected);
    }

    void errors_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addRow("string") << QStringLiteral("SELECT 1;\nSELECT 'open;\n")
                                << QStringLiteral("unterminated quoted string") << 2;
        QTest::addRow("identifier") << QStringLiteral("\n\nSELECT \"x")
                                    << QStringLiteral("unterminated quoted identifier") << 3;
        QTest::addRow("comment") << QStringLiteral("/* a /* b */ SELECT 1;")
                                 << QStringLiteral("unterminated /* comment") << 1;
        QTest::addRow("dollar") << QStringLiteral("SELECT 1;\nDO $x$ BEGIN END $y$;")
                                << QStringLiteral("unterminated dollar-quoted string $x$") << 2;
    }

    void errors() {
        QFETCH(QString, script);
        QFETCH(QString, message);
        QFETCH(int, line);
        const SplitResult r = splitStatements(script);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, message);
        QCOMPARE(r.errorLine, line);
    }

    void commentsAndLinesAttach() {
        const SplitResult r = splitStatements(
            QStringLiteral("-- header\n-- transaction: no\n\n-- first index\nCREATE INDEX a ON t (x);\n\n"
                           "/* second */\nCREATE INDEX b ON t (y);"));
        QCOMPARE(r.statements.size(), 2);
        QCOMPARE(r.statements[0].comment, QStringLiteral("first index"));
        QCOMPARE(r.statements[0].line, 5);
        QCOMPARE(r.statements[1].comment, QStringLiteral("second"));
        QCOMPARE(r.statements[1].line, 8);
    }

    void readsCreateIndex() {
        const StatementInfo s =
            analyze(Statement{QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"Idx\" ON ONLY "
                                             "public.\"Orders\" USING btree "
                                             "(status, created_at DESC NULLS LAST, lower(pickup_address), "
                                             "(boxes_count + 1)) INCLUDE (id, \"Courier\") "
                                             "WITH (fillfactor = 90) TABLESPACE pg_default WHERE status IN "
                                             "('new', 'assigned') AND courier_id IS NULL"),
                              {},
                              1});
        QCOMPARE(s.kind, StatementInfo::Kind::CreateIndex);
        QVERIFY(s.concurrently);
        QVERIFY(s.outsideTransactionOnly);
        QVERIFY(s.index.unique);
        QVERIFY(s.index.ifNotExists);
        QCOMPARE(s.index.name, QStringLiteral("Idx"));
        QCOMPARE(s.index.table.schema, QStringLiteral("public"));
        QCOMPARE(s.index.table.name, QStringLiteral("Orders"));
        QCOMPARE(s.index.table.sql, QStringLiteral("public.\"Orders\""));
        QCOMPARE(s.index.method, QStringLiteral("btree"));
        QCOMPARE(s.index.keys.size(), 4);
        QCOMPARE(s.index.keys[1].text, QStringLiteral("created_at DESC NULLS LAST"));
        QCOMPARE(s.index.keyColumns(), (QStringList{QStringLiteral("status"), QStringLiteral("created_at")}));
        QCOMPARE(s.index.include, (QStringList{QStringLiteral("id"), QStringLiteral("Courier")}));
        QCOMPARE(s.index.with, QStringLiteral("fillfactor = 90"));
        QCOMPARE(s.index.tablespace, QStringLiteral("pg_default"));
        QCOMPARE(s.index.predicate, QStringLiteral("status IN ('new', 'assigned') AND courier_id IS NULL"));
        QCOMPARE(s.summary(), QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY Idx ON public.Orders"));
    }

    void readsTheShippedMigration() {
        QFile f(QStringLiteral(":/sql/migrations/002_add_performance_indexes.up.sql"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const Header h = parseHeader(text);
        QCOMPARE(h.transaction, std::optional<bool>(false));
        QVERIFY(h.description.contains(QStringLiteral("seven")));
        QVERIFY(h.notes.join(QLatin1Char(' ')).contains(QStringLiteral("42P17")));
        const ScriptInfo script = analyzeScript(text);
        QVERIFY(script.ok());
        QCOMPARE(script.statements.size(), 7);
        QStringList names, methods;
        for (const auto &s : script.statements) {
            QCOMPARE(s.kind, StatementInfo::Kind::CreateIndex);
            QVERIFY(s.concurrently && s.index.ifNotExists && s.outsideTransactionOnly);
            names << s.index.name;
            methods << s.index.method;
            // The corrected file has no moving-window predicate any more.
            QVERIFY(!s.index.predicate.contains(QStringLiteral("NOW()"), Qt::CaseInsensitive));
        }
        QCOMPARE(
            names,
            (QStringList{QStringLiteral("idx_orders_active"), QStringLiteral("idx_orders_list"),
                         QStringLiteral("idx_orders_claimable"), QStringLiteral("idx_orders_courier"),
                         QStringLiteral("idx_orders_created_brin"), QStringLiteral("idx_order_events_order"),
                         QStringLiteral("idx_order_events_recent")}));
        QCOMPARE(methods.count(QStringLiteral("brin")), 1);
        QCOMPARE(script.statements[1].index.include.size(), 5);
        QCOMPARE(script.statements[0].statement.comment,
                 QStringLiteral("Partial index: all active orders, newest first (ticket 1A)"));
        QCOMPARE(script.statements[4].index.with, QStringLiteral("pages_per_range = 128"));
    }

    void readsOtherStatements() {
        auto info = [](const char *sql) { return analyze(Statement{QString::fromUtf8(sql), {}, 1}); };
        const StatementInfo drop = info("DROP INDEX CONCURRENTLY IF EXISTS public.idx_a");
        QCOMPARE(drop.kind, StatementInfo::Kind::DropIndex);
        QVERIFY(drop.concurrently && drop.ifExists && drop.outsideTransactionOnly);
        QCOMPARE(drop.names.size(), 1);
        QCOMPARE(drop.names[0].display(), QStringLiteral("public.idx_a"));
        const StatementInfo drop2 = info("drop index a, b cascade");
        QCOMPARE(drop2.names.size(), 2);
        QVERIFY(!drop2.outsideTransactionOnly);
        QCOMPARE(info("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").extension,
                 QStringLiteral("pg_stat_statements"));
        QCOMPARE(info("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").kind,
                 StatementInfo::Kind::CreateExtension);
        QCOMPARE(info("CREATE TABLE IF NOT EXISTS s.t (x int)").names.value(0).display(),
                 QStringLiteral("s.t"));
        QCOMPARE(info("COMMIT").kind, StatementInfo::Kind::TransactionControl);
        QCOMPARE(info("START TRANSACTION").kind, StatementInfo::Kind::TransactionControl);
        QVERIFY(info("VACUUM ANALYZE orders").outsideTransactionOnly);
        QVERIFY(info("REINDEX INDEX CONCURRENTLY idx").outsideTransactionOnly);
        QVERIFY(info("REINDEX DATABASE app").outsideTransactionOnly);
        QVERIFY(!info("REINDEX INDEX idx").outsideTransactionOnly);
        QVERIFY(!info("CREATE INDEX i ON t (x)").outsideTransactionOnly);
        QCOMPARE(info("CREATE INDEX ON t USING gin (doc jsonb_path_ops)").index.keyColumns(),
                 QStringList{QStringLiteral("doc")});
        QVERIFY(info("CREATE INDEX ON t (x)").index.name.isEmpty());
    }

    void predicateFunctions() {
        QStringList value;
        QCOMPARE(
            IndexCheck::predicateFunctions(QStringLiteral("created_at > NOW() - INTERVAL '1 hour'"), &value),
            QStringList{QStringLiteral("now")});
        QVERIFY(value.isEmpty());
        QCOMPARE(IndexCheck::predicateFunctions(
                     QStringLiteral(
                         "status IN ('a') AND lower(x) = 'y' AND coalesce(z, 0) > 1 AND d > current_date"),
                     &value),
                 QStringList{QStringLiteral("lower")});
        QCOMPARE(value, QStringList{QStringLiteral("current_date")});
    }

    void dryRunStatementIsRewritten() {
        const StatementInfo s = analyze(Statement{
            QStringLiteral(
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_list ON orders (status, created_at DESC) "
                "INCLUDE (id, pickup_address) WHERE courier_id IS NOT NULL"),
            {},
            1});
        QCOMPARE(
            IndexCheck::dryRunStatement(s.index),
            QStringLiteral("CREATE INDEX pgdba_preflight_index ON pg_temp.pgdba_preflight_copy USING btree "
                           "(status, created_at DESC) INCLUDE (\"id\", \"pickup_address\") WHERE courier_id "
                           "IS NOT NULL"));
    }

    void btreeEstimate() {
        // 1,000,000 rows of a 16-byte key: 32 bytes per entry, 90% full 8 kB pages: ~ 4,300 pages.
        const qint64 b = IndexCheck::estimateBtreeBytes(1e6, 16);
        QVERIFY2(b > 30'000'000 && b < 40'000'000, qPrintable(QString::number(b)));
        QCOMPARE(IndexCheck::estimateBtreeBytes(0, 8), qint64(2 * 8192));
    }
};

QTEST_GUILESS_MAIN(TestMigrateSplitter)
#include "tst_migratesplitter.moc"
