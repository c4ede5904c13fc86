// Malformed input gives a clear error and no crash: truncated JSON, random bytes, binary data,
// invalid UTF-8, text that is not a plan, a 50 MB file, deeply nested JSON, odd plan shapes.
#include "explain/analysis.h"
#include "explain/planfile.h"
#include "explain/planparser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray fixture(const QString &name) {
    QFile f(QStringLiteral(PGDBA_FIXTURES_DIR "/plans/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    return f.readAll();
}
} // namespace

class TestExplainMalformed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void clearErrors_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("says");
        const QByteArray json = fixture(QStringLiteral("initplan_subplan.json"));
        QTest::addRow("empty") << QByteArray() << QStringLiteral("input is empty");
        QTest::addRow("blank") << QByteArray("  \n\t\n") << QStringLiteral("input is empty");
        QTest::addRow("truncated JSON") << json.left(json.size() / 2) << QStringLiteral("not valid JSON");
        QTest::addRow("JSON cut after one byte") << json.left(1) << QStringLiteral("not valid JSON");
        QTest::addRow("JSON without Plan")
            << QByteArray(R"([{"Planning Time": 1.0}])") << QStringLiteral("no \"Plan\" object");
        QTest::addRow("empty JSON array") << QByteArray("[]") << QStringLiteral("The JSON has no plan");
        QTest::addRow("node without type")
            << QByteArray(R"([{"Plan": {"Plans": [{"Node Type": "Seq Scan"}]}}])")
            << QStringLiteral("has no \"Node Type\"");
        QTest::addRow("child not an object")
            << QByteArray(R"([{"Plan": {"Node Type": "Limit", "Plans": [3]}}])")
            << QStringLiteral("not an object");
        QTest::addRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                << QStringLiteral("binary data at byte 8");
        QTest::addRow("invalid UTF-8") << QByteArray("Seq Scan on t \xff\xfe (cost=1..2 rows=1 width=4)")
                                       << QStringLiteral("not valid UTF-8");
        QTest::addRow("prose") << QByteArray("Hello, this is not a plan.\nSecond line.")
                               << QStringLiteral("does not look like EXPLAIN output");
        // A first line starting with "->" is a subtree copied out of a plan (issue 16): it is read,
        // see tst_explaintextjson's pastedForms.
        QTest::addRow("node after summary")
            << QByteArray("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\nPlanning Time: 1 ms\n  ->  Seq "
                          "Scan on u  (cost=0.00..1.00 rows=1 width=4)")
            << QStringLiteral("after the statement summary");
        QByteArray deep;
        for (int i = 0; i < 5000; ++i)
            deep += "[";
        QTest::addRow("deeply nested JSON") << deep << QStringLiteral("not valid JSON");
    }

    void clearErrors() {
        QFETCH(QByteArray, input);
        QFETCH(QString, says);
        const explain::ParseResult r = explain::loadPlan(input);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(says), qPrintable(r.error));
        QVERIFY(r.error.size() < 300); // one sentence, not a dump
    }

    void randomBytesNeverCrash() {
        // Fixed seed: reproducible. Printable and unprintable bytes, and mutated real plans.
        QRandomGenerator rng(20240611);
        const QByteArray seeds[] = {fixture(QStringLiteral("parallel_gather.txt")),
                                    fixture(QStringLiteral("cte_scan.json")),
                                    fixture(QStringLiteral("nested_loop.psql-wrapped-border2.txt"))};
        int errors = 0;
        for (int round = 0; round < 600; ++round) {
            QByteArray input;
            if (round % 3 == 0) {
                input.resize(1 + rng.bounded(4096));
                for (char &c : input)
                    c = char(rng.bounded(256));
            } else {
                input = seeds[round % 3];
                for (int k = 0; k < 1 + int(rng.bounded(20)); ++k) {
                    const int pos = int(rng.bounded(int(input.size())));
                    switch (rng.bounded(3)) {
                    case 0:
                        input[pos] = char(32 + rng.bounded(95));
                        break;
                    case 1:
                        input.remove(pos, int(rng.bounded(40)));
                        break;
                    default:
                        input.insert(pos, input.mid(int(rng.bounded(int(input.size()))), 30));
                    }
                }
            }
            const explain::ParseResult r = explain::loadPlan(input);
            if (!r.ok()) {
                ++errors;
                QVERIFY(!r.error.isEmpty());
            } else {
                QVERIFY(!r.plan.isEmpty());
                for (const auto &n : r.plan.nodes) // metrics stay finite and ordered
                    QVERIFY(n.exclusiveMs >= 0 && n.exclusiveMs <= n.inclusiveMs + 1e-9);
            }
        }
        QVERIFY(errors > 100); // the random half is refused
    }

    void fiftyMegabyteFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray line =
            "  ->  Seq Scan on t  (cost=0.00..1.00 rows=1 width=4) (actual time=0.1..0.2 rows=1 loops=1)\n";
        QByteArray chunk;
        while (chunk.size() < 1024 * 1024)
            chunk += line;
        for (int i = 0; i < 50; ++i)
            f.write(chunk);
        f.close();
        QVERIFY(QFileInfo(path).size() >= 50LL * 1024 * 1024);
        const explain::ParseResult r = explain::loadPlanFile(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("huge.txt is 50")) &&
                     r.error.contains(QStringLiteral("not read")),
                 qPrintable(r.error));
        // The same bytes handed over directly (paste, stdin) are refused too.
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const explain::ParseResult direct = explain::loadPlan(again.readAll());
        QVERIFY(!direct.ok());
        QVERIFY2(direct.error.contains(QStringLiteral("not read")), qPrintable(direct.error));
    }

    void missingFile() {
        const explain::ParseResult r = explain::loadPlanFile(QStringLiteral("/nonexistent/plan.json"));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("does not exist")));
    }

    void oddButValidShapes() {
        // A plan without ANALYZE and COSTS OFF is only node names: still a plan.
        const explain::ParseResult costsOff =
            explain::loadPlan("Hash Join\n  Hash Cond: (a.id = b.id)\n  ->  Seq Scan on a\n  ->  Hash\n      "
                              "  ->  Seq Scan on b\n");
        QVERIFY2(costsOff.ok(), qPrintable(costsOff.error));
        QCOMPARE(costsOff.plan.nodes.size(), 4);
        QCOMPARE(costsOff.plan.nodes[2].parentRelationship, QStringLiteral("Inner"));
        QCOMPARE(costsOff.plan.nodes[2].children.size(), 1);
        QVERIFY(!costsOff.plan.hasActuals());
        // auto_explain's log entry with a log line prefix.
        const QByteArray log =
            "2024-06-11 10:00:00 UTC [123] LOG:  duration: 0.050 ms  plan:\n"
            "\tQuery Text: select 1\n"
            "\tResult  (cost=0.00..0.01 rows=1 width=4) (actual time=0.001..0.002 rows=1 loops=1)\n";
        const explain::ParseResult fromLog = explain::loadPlan(log);
        QVERIFY2(fromLog.ok(), qPrintable(fromLog.error));
        QCOMPARE(fromLog.plan.root().nodeType, QStringLiteral("Result"));
        QCOMPARE(fromLog.plan.root().actualTotalMs, 0.002);
        // A bare JSON object (auto_explain's JSON format) and TIMING OFF figures.
        const explain::ParseResult bare = explain::loadPlan(
            R"({"Query Text": "select 1", "Plan": {"Node Type": "Result", "Plan Rows": 1, "Actual Rows": 1, "Actual Loops": 1}})");
        QVERIFY2(bare.ok(), qPrintable(bare.error));
        QVERIFY(bare.plan.hasActuals());
        QVERIFY(!bare.plan.hasTiming());
        QCOMPARE(bare.plan.queryText, QStringLiteral("select 1"));
    }
};

QTEST_GUILESS_MAIN(TestExplainMalformed)
#include "tst_explainmalformed.moc"
