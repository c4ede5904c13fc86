// auto_explain entries out of the three server log formats, as PostgreSQL 15 writes them: stderr
// lines with tab-indented continuations, csvlog records with the plan inside a quoted field, and
// jsonlog objects; an entry cut at the end of a growing file waits for the next read.
#include "explain/planparser.h"
#include "plans/autoexplain.h"
#include "plans/autoexplainlog.h"
#include "plans/planshape.h"

#include <QTest>

using namespace plans;

namespace {
const QByteArray kStderr =
    "2026-12-06 18:00:01.250 UTC [4242] LOG:  checkpoint starting: time\n"
    "2026-12-06 18:00:02.500 UTC [4243] LOG:  duration: 12.345 ms  plan:\n"
    "\tQuery Text: SELECT * FROM orders WHERE status = 'new' ORDER BY created_at DESC LIMIT 20\n"
    "\tLimit  (cost=0.29..1.52 rows=20 width=40) (actual time=0.020..0.031 rows=20 loops=1)\n"
    "\t  ->  Index Scan using orders_status_created on orders  (cost=0.29..61.54 rows=1000 width=40) "
    "(actual time=0.019..0.028 rows=20 loops=1)\n"
    "\t        Index Cond: (status = 'new'::text)\n"
    "2026-12-06 18:00:03.000 UTC [4243] LOG:  duration: 3.000 ms  plan:\n"
    "\t{\n"
    "\t  \"Query Text\": \"SELECT count(*) FROM orders\",\n"
    "\t  \"Query Identifier\": 77,\n"
    "\t  \"Plan\": {\"Node Type\": \"Aggregate\", \"Strategy\": \"Plain\", \"Startup Cost\": 1.0, "
    "\"Total Cost\": 2.0, \"Plan Rows\": 1, \"Plan Width\": 8, \"Plans\": [{\"Node Type\": \"Seq Scan\", "
    "\"Parent Relationship\": \"Outer\", \"Relation Name\": \"orders\", \"Alias\": \"orders\", \"Startup "
    "Cost\": "
    "0.0, \"Total Cost\": 1.0, \"Plan Rows\": 10, \"Plan Width\": 0}]}\n"
    "\t}\n"
    "2026-12-06 18:00:04.000 UTC [4244] LOG:  statement: SELECT 1\n";
} // namespace

class TestAutoExplainLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatFromFileName() {
        QCOMPARE(int(logFormatOf(QStringLiteral("postgresql-20261206.csv"))), int(LogFormat::Csv));
        QCOMPARE(int(logFormatOf(QStringLiteral("postgresql-20261206.json"))), int(LogFormat::Json));
        QCOMPARE(int(logFormatOf(QStringLiteral("postgresql-20261206.log"))), int(LogFormat::Stderr));
    }

    void stderrTextAndJsonPlans() {
        qsizetype consumed = 0;
        const auto plans = parseAutoExplainLog(kStderr, LogFormat::Stderr, &consumed);
        QCOMPARE(plans.size(), 2);
        QCOMPARE(consumed, kStderr.size());
        QCOMPARE(plans[0].durationMs, 12.345);
        QCOMPARE(plans[0].tsMs,
                 QDateTime(QDate(2026, 12, 6), QTime(18, 0, 2, 500), Qt::UTC).toMSecsSinceEpoch());
        const auto text = explain::parsePlan(plans[0].plan);
        QVERIFY2(text.ok(), qPrintable(text.error));
        QCOMPARE(shapeText(text.plan),
                 QStringLiteral("Limit(Index Scan using orders_status_created on orders)"));
        QCOMPARE(
            plans::AutoExplainReader::queryTextOf(plans[0].plan),
            QStringLiteral("SELECT * FROM orders WHERE status = 'new' ORDER BY created_at DESC LIMIT 20"));
        QCOMPARE(plans::AutoExplainReader::queryTextOf(plans[1].plan),
                 QStringLiteral("SELECT count(*) FROM orders"));
        // Matched to pg_stat_statements' normalised text.
        QCOMPARE(plans::AutoExplainReader::matchKey(plans::AutoExplainReader::queryTextOf(plans[0].plan)),
                 plans::AutoExplainReader::matchKey(QStringLiteral(
                     "SELECT * FROM orders WHERE status = $1 ORDER BY created_at DESC LIMIT $2")));
        const auto json = explain::parsePlan(plans[1].plan);
        QVERIFY2(json.ok(), qPrintable(json.error));
        QCOMPARE(json.plan.queryIdentifier, QStringLiteral("77"));
        QCOMPARE(shapeText(json.plan), QStringLiteral("Aggregate Plain(Seq Scan on orders)"));
    }

    // A growing file: the last entry may go on; it is left for the next read.
    void growingStderrLeavesTheLastEntry() {
        const QByteArray cut = kStderr.left(kStderr.indexOf("2026-12-06 18:00:04"));
        qsizetype consumed = 0;
        const auto plans = parseAutoExplainLog(cut, LogFormat::Stderr, &consumed, false);
        QCOMPARE(plans.size(), 1);
        QCOMPARE(consumed, cut.indexOf("2026-12-06 18:00:03"));
        const auto rest = parseAutoExplainLog(kStderr.mid(consumed), LogFormat::Stderr, nullptr, false);
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest[0].durationMs, 3.0);
    }

    void csvRecordsWithQuotedMultiLinePlans() {
        const QByteArray csv =
            "2026-12-06 18:10:00.100 UTC,\"postgres\",\"shop\",4301,\"[local]\",6570a1.10cd,1,\"SELECT\","
            "2026-12-06 18:09:59 UTC,3/12,0,LOG,00000,\"duration: 0.812 ms  plan:\n"
            "{\n  \"\"Query Text\"\": \"\"SELECT * FROM couriers WHERE id = 5\"\",\n  \"\"Query "
            "Identifier\"\": "
            "-12,\n  \"\"Plan\"\": {\"\"Node Type\"\": \"\"Index Scan\"\", \"\"Index Name\"\": "
            "\"\"couriers_pkey\"\", "
            "\"\"Relation Name\"\": \"\"couriers\"\", \"\"Alias\"\": \"\"couriers\"\", \"\"Startup Cost\"\": "
            "0.1, "
            "\"\"Total Cost\"\": 8.2, \"\"Plan Rows\"\": 1, \"\"Plan Width\"\": "
            "20}\n}\",,,,,,,,\"\",\"client "
            "backend\",,0\n"
            "2026-12-06 18:10:01.000 UTC,,,4100,,6570a0.1004,3,,2026-12-06 18:00:00 "
            "UTC,,0,LOG,00000,\"checkpoint "
            "complete\",,,,,,,,,\"\",\"checkpointer\",,0\n"
            "2026-12-06 18:10:02.000 UTC,\"postgres\",\"shop\",4301,\"[local]\",6570a1.10cd,2,\"SELECT\"";
        qsizetype consumed = 0;
        const auto plans = parseAutoExplainLog(csv, LogFormat::Csv, &consumed, false);
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans[0].durationMs, 0.812);
        QCOMPARE(consumed, csv.indexOf("2026-12-06 18:10:02")); // the cut record waits
        const auto p = explain::parsePlan(plans[0].plan);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.plan.queryIdentifier, QStringLiteral("-12"));
        QCOMPARE(shapeText(p.plan), QStringLiteral("Index Scan using couriers_pkey on couriers"));
    }

    void jsonlogObjects() {
        const QByteArray json = "{\"timestamp\":\"2026-12-06 18:20:00.000 "
                                "UTC\",\"pid\":4400,\"error_severity\":\"LOG\",\"message\":"
                                "\"duration: 5.5 ms  plan:\\nQuery Text: SELECT 1\\nResult  (cost=0.00..0.01 "
                                "rows=1 width=4) (actual "
                                "time=0.001..0.001 rows=1 loops=1)\",\"backend_type\":\"client backend\"}\n"
                                "{\"timestamp\":\"2026-12-06 18:20:01.000 "
                                "UTC\",\"pid\":4400,\"message\":\"connection received\"}\n"
                                "not json at all\n";
        const auto plans = parseAutoExplainLog(json, LogFormat::Json);
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans[0].durationMs, 5.5);
        const auto p = explain::parsePlan(plans[0].plan);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(shapeText(p.plan), QStringLiteral("Result"));
    }

    void garbageIsSkipped() {
        QVERIFY(parseAutoExplainLog(QByteArray("\x00\x01 duration: x ms plan:\n", 24), LogFormat::Stderr)
                    .isEmpty());
        QVERIFY(parseAutoExplainLog("\"unterminated", LogFormat::Csv).isEmpty());
        QVERIFY(parseAutoExplainLog("{broken\n", LogFormat::Json).isEmpty());
    }
};

QTEST_MAIN(TestAutoExplainLog)
#include "tst_autoexplainlog.moc"
