// Per-node inclusive/exclusive times, buffers and rows of real plans (fixtures made by
// tests/fixtures/plans/make-fixtures.sh). The expected numbers are worked out by hand from
// the figures printed in each fixture (quoted in the comments), never copied from the
// parser's output; every case runs on the JSON and on the text form of the same execution.
#include "explain/analysis.h"

#include <QFile>
#include <QTest>

#include <cmath>

using explain::Plan;

namespace {

Plan load(const QString &file)
{
    QFile f(QStringLiteral(PGDBA_FIXTURES_DIR "/plans/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(file));
    explain::ParseResult r = explain::loadPlan(f.readAll());
    if (!r.ok())
        qFatal("%s: %s", qPrintable(file), qPrintable(r.error));
    return r.plan;
}

#define NEAR(actual, expected)                                                                                         \
    QVERIFY2(std::abs(double(actual) - double(expected)) < 1e-9,                                                       \
             qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QStringLiteral(#actual)).arg(double(actual), 0, 'f', 6).arg(double(expected), 0, 'f', 6)))

} // namespace

class TestExplainMetrics : public QObject {
    Q_OBJECT

    Plan plan(const char *name)
    {
        QFETCH_GLOBAL(QString, ext);
        return load(QString::fromLatin1(name) + ext);
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("ext");
        QTest::addRow("json") << QStringLiteral(".json");
        QTest::addRow("text") << QStringLiteral(".txt");
    }

    void nestedLoopMultipliesByLoops()
    {
        const Plan p = plan("nested_loop");
        QCOMPARE(p.nodes.size(), 4);
        // Nested Loop 0.109..5.285 loops=1; Index Scan couriers 0.017..0.031 loops=1;
        // Bitmap Heap Scan 0.011..0.137 loops=36; Bitmap Index Scan 0.005..0.005 loops=36.
        NEAR(p.nodes[2].inclusiveMs, 0.137 * 36);
        NEAR(p.nodes[0].exclusiveMs, 5.285 - 0.031 - 0.137 * 36);
        NEAR(p.nodes[2].exclusiveMs, 0.137 * 36 - 0.005 * 36);
        NEAR(p.nodes[3].exclusiveMs, 0.005 * 36);
        NEAR(p.nodes[0].shareOfTotal, (5.285 - 0.031 - 0.137 * 36) / 5.285);
        NEAR(p.nodes[2].totalRows, 89 * 36);
        // rows=100 estimated, 89 per loop: over-estimated by 100/89.
        NEAR(p.nodes[2].misestimate, 100.0 / 89.0);
        QCOMPARE(p.nodes[2].misestimateDirection, explain::MisestimateDirection::Over);
        QCOMPARE(p.nodes[1].rowsRemovedByFilter, 4);
        // Buffers: 3271/4 at the top = 3 (couriers) + 3268/4 (orders) -> nothing of its own;
        // Bitmap Heap Scan 3268 hit - 68 hit (its index) = 3200, reads 4 - 4 = 0.
        QCOMPARE(p.nodes[0].exclusiveBuffers.sharedHit, 0);
        QCOMPARE(p.nodes[0].exclusiveBuffers.sharedRead, 0);
        QCOMPARE(p.nodes[2].exclusiveBuffers.sharedHit, 3200);
        QCOMPARE(p.nodes[2].exclusiveBuffers.sharedRead, 0);
        QCOMPARE(p.nodes[3].exclusiveBuffers.sharedRead, 4);
    }

    void hashJoinSubtractsBothSides()
    {
        const Plan p = plan("hash_join");
        // HashAggregate ..131.534; Hash Join ..79.707; Seq Scan orders ..43.323; Hash ..0.345;
        // Seq Scan couriers ..0.137.
        NEAR(p.nodes[0].exclusiveMs, 131.534 - 79.707);
        NEAR(p.nodes[1].exclusiveMs, 79.707 - 43.323 - 0.345);
        NEAR(p.nodes[3].exclusiveMs, 0.345 - 0.137);
        QCOMPARE(p.nodes[3].parentRelationship, QStringLiteral("Inner"));
        QCOMPARE(p.nodes[1].exclusiveBuffers.sharedHit, 3086 - 3073 - 13);
        QCOMPARE(p.nodes[2].rowsRemovedByFilter, 100000);
    }

    void cteTimeIsTakenFromTheScansThatReadIt()
    {
        const Plan p = plan("cte_scan");
        // 0 Merge Join ..80.662, 1 [CTE busy] GroupAggregate ..70.081, 2 Index Only Scan ..39.581,
        // 3 Sort ..75.440, 4 CTE Scan a ..74.869, 5 Sort ..4.718, 6 CTE Scan b ..4.240.
        QCOMPARE(p.nodes[1].subplanName, QStringLiteral("CTE busy"));
        QCOMPARE(p.nodes[1].parentRelationship, QStringLiteral("InitPlan"));
        NEAR(p.nodes[0].exclusiveMs, 80.662 - 75.440 - 4.718); // the CTE is not subtracted twice
        NEAR(p.nodes[1].exclusiveMs, 70.081 - 39.581);
        NEAR(p.nodes[4].exclusiveMs, 74.869 - 70.081); // scan a produced the CTE's rows
        NEAR(p.nodes[6].exclusiveMs, 4.240);           // scan b read them from the tuplestore
        NEAR(p.nodes[3].exclusiveMs, 75.440 - 74.869);
        double sum = 0;
        for (const auto &n : p.nodes)
            sum += n.exclusiveMs;
        NEAR(sum, 80.662); // every millisecond counted once
        QCOMPARE(p.nodes[4].timeChildren, QList<int>{1});
        // Buffers: scan a shows the CTE's 6 hit/147 read, which are the CTE's own.
        QCOMPARE(p.nodes[4].exclusiveBuffers.sharedRead, 0);
        QCOMPARE(p.nodes[0].exclusiveBuffers.sharedRead, 147 - 147);
    }

    void initPlanReferencedByTheNodeItIsAttachedTo()
    {
        const Plan p = plan("initplan_subplan");
        // 0 Bitmap Heap Scan ..102.122 (Filter: amount > $1), 1 [InitPlan 2 (returns $1)]
        // Aggregate ..89.333, 2 Seq Scan ..26.038, 3 Bitmap Index Scan ..0.156,
        // 4 [SubPlan 1] Aggregate 0.086 x 133 loops, 5 Index Only Scan 0.085 x 133.
        QCOMPARE(p.nodes[1].subplanName, QStringLiteral("InitPlan 2 (returns $1)"));
        QCOMPARE(p.nodes[4].parentRelationship, QStringLiteral("SubPlan"));
        NEAR(p.nodes[0].exclusiveMs, 102.122 - 89.333 - 0.156 - 0.086 * 133);
        NEAR(p.nodes[1].exclusiveMs, 89.333 - 26.038);
        NEAR(p.nodes[4].inclusiveMs, 0.086 * 133);
        NEAR(p.nodes[4].exclusiveMs, 0.086 * 133 - 0.085 * 133);
        QCOMPARE(p.nodes[0].timeChildren, (QList<int>{1, 3, 4}));
        QCOMPARE(p.nodes[0].exclusiveBuffers.sharedHit, 4274 - 3073 - 0 - 534);
        QCOMPARE(p.nodes[0].exclusiveBuffers.sharedRead, 134 - 0 - 2 - 132);
    }

    void initPlanReferencedByADescendant()
    {
        const Plan p = plan("initplan_in_child");
        // 0 Aggregate ..4.493, 1 [InitPlan 2 (returns $1)] Result ..0.070, 2 [InitPlan 1
        // (returns $0)] Limit ..0.066, 3 Index Only Scan Backward ..0.065, 4 Index Scan on
        // orders o ..4.449 with Index Cond (id < $1): the scan ran the InitPlan.
        QCOMPARE(p.nodes[3].operationName(), QStringLiteral("Index Only Scan Backward"));
        QCOMPARE(p.nodes[4].indexCond, QStringLiteral("(id < $1)"));
        NEAR(p.nodes[0].exclusiveMs, 4.493 - 4.449);
        NEAR(p.nodes[4].exclusiveMs, 4.449 - 0.070);
        NEAR(p.nodes[1].exclusiveMs, 0.070 - 0.066); // $0 is used by the Result itself
        NEAR(p.nodes[2].exclusiveMs, 0.066 - 0.065);
        QCOMPARE(p.nodes[4].timeChildren, QList<int>{1});
        QCOMPARE(p.nodes[0].timeChildren, QList<int>{4});
    }

    void parallelNodesAreDividedByProcesses()
    {
        const Plan p = plan("parallel_gather");
        // Workers Launched: 2 -> 3 processes share loops=3. Finalize GroupAggregate ..108.691,
        // Gather Merge ..108.583, Sort ..80.993 x3, Partial HashAggregate ..80.939 x3,
        // Parallel Seq Scan ..35.351 x3 (rows=50000 per process).
        QCOMPARE(p.nodes[2].parallelProcesses, 3);
        NEAR(p.nodes[2].inclusiveMs, 80.993 * 3 / 3);
        NEAR(p.nodes[0].exclusiveMs, 108.691 - 108.583);
        NEAR(p.nodes[1].exclusiveMs, 108.583 - 80.993);
        NEAR(p.nodes[2].exclusiveMs, 80.993 - 80.939);
        NEAR(p.nodes[3].exclusiveMs, 80.939 - 35.351);
        NEAR(p.nodes[4].exclusiveMs, 35.351);
        NEAR(p.nodes[4].totalRows, 50000 * 3);
        QVERIFY(p.nodes[4].parallelAware);
        QCOMPARE(p.nodes[1].workersPlanned, 2);
        QCOMPARE(p.nodes[1].workersLaunched, 2);
        // Worker 0 of the Sort: actual time=77.214..77.218 rows=50 loops=1, shared hit=893.
        QCOMPARE(p.nodes[2].workers.size(), 2);
        QCOMPARE(p.nodes[2].workers[0].number, 0);
        NEAR(p.nodes[2].workers[0].totalMs, 77.218);
        QCOMPARE(p.nodes[2].workers[0].buffers.sharedHit, 893);
        QCOMPARE(p.nodes[2].workers[1].buffers.sharedHit, 1064);
    }

    void workersNotLaunchedMeansOneProcess()
    {
        const Plan p = plan("workers_not_launched");
        // Gather ..62.286, Partial Aggregate ..61.599, Parallel Seq Scan ..50.523 loops=1.
        QCOMPARE(p.nodes[3].parallelProcesses, 1);
        NEAR(p.nodes[1].exclusiveMs, 62.286 - 61.599);
        NEAR(p.nodes[2].exclusiveMs, 61.599 - 50.523);
        NEAR(p.nodes[3].exclusiveMs, 50.523);
    }

    void neverExecutedNodes()
    {
        const Plan p = plan("never_executed");
        // Nested Loop ..19.776, Bitmap Heap Scan ..19.774, Bitmap Index Scan ..0.622,
        // Index Scan on couriers (never executed).
        const auto &never = p.nodes[3];
        QVERIFY(never.neverExecuted);
        QCOMPARE(never.loops, 0);
        QCOMPARE(never.inclusiveMs, 0);
        QCOMPARE(never.exclusiveMs, 0);
        QCOMPARE(never.misestimate, 1);
        NEAR(p.nodes[0].exclusiveMs, 19.776 - 19.774 - 0);
        NEAR(p.nodes[1].exclusiveMs, 19.774 - 0.622);
    }

    void triggersCountInTheTotal()
    {
        const Plan p = plan("dml_trigger");
        // Update ..28.877, Bitmap Heap Scan ..15.782; Trigger orders_status_log: time=32.621 calls=667.
        QCOMPARE(p.root().operationName(), QStringLiteral("Update"));
        QCOMPARE(p.triggers.size(), 1);
        QCOMPARE(p.triggers[0].name, QStringLiteral("orders_status_log"));
        QCOMPARE(p.triggers[0].calls, 667);
        NEAR(p.totalMs(), 28.877 + 32.621);
        NEAR(p.nodes[0].exclusiveMs, 28.877 - 15.782);
        NEAR(p.nodes[0].shareOfTotal, (28.877 - 15.782) / (28.877 + 32.621));
        QCOMPARE(p.nodes[0].buffers.sharedDirtied, 24);
        QCOMPARE(p.nodes[0].buffers.sharedWritten, 16);
    }

    void sharesAddUpToTheWholeTree()
    {
        for (const char *name : {"nested_loop", "hash_join", "merge_join", "parallel_gather", "misc_nodes", "initplan_subplan"}) {
            const Plan p = plan(name);
            double sum = 0;
            for (const auto &n : p.nodes)
                sum += n.shareOfTotal;
            QVERIFY2(std::abs(sum - 1.0) < 0.002, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name)).arg(sum)));
        }
    }
};

QTEST_GUILESS_MAIN(TestExplainMetrics)
#include "tst_explainmetrics.moc"
