// pgdba's exclusive-time rules where PEV2 (explain.dalibo.com) computes differently, pinned on
// the worked examples of docs/guide/explain.md ("Where pgdba and PEV2 differ"), and the bounds
// every node keeps on every fixture: never below zero, never above the plan's total.
#include "explain/analysis.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cmath>

namespace {

explain::Plan load(const QString &name) {
    QFile f(QStringLiteral(PGDBA_FIXTURES_DIR "/plans/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    explain::ParseResult r = explain::loadPlan(f.readAll());
    if (!r.ok())
        qFatal("%s: %s", qPrintable(name), qPrintable(r.error));
    return r.plan;
}

int find(const explain::Plan &p, const QString &type, const QString &alias = {}) {
    for (const explain::PlanNode &n : p.nodes)
        if (n.nodeType == type && (alias.isEmpty() || n.alias == alias))
            return n.id;
    qFatal("no %s %s", qPrintable(type), qPrintable(alias));
    return -1;
}

double sumExclusive(const explain::Plan &p) {
    double s = 0;
    for (const explain::PlanNode &n : p.nodes)
        s += n.exclusiveMs;
    return s;
}

#define EXCL(plan, id, ms)                                                                                   \
    QVERIFY2(std::abs((plan).nodes[id].exclusiveMs - (ms)) < 1e-9,                                           \
             qPrintable(QStringLiteral("%1: %2, expected %3")                                                \
                            .arg((plan).nodes[id].nodeType)                                                  \
                            .arg((plan).nodes[id].exclusiveMs)                                               \
                            .arg(ms)))

} // namespace

class TestExplainExclusive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A CTE read by two scans: pgdba gives the CTE's 15 ms to the scans in plan order (the
    // first scan, which made the CTE produce its rows, gives up 15 of its 18 ms); PEV2 splits
    // it in proportion to the scans' times (8.36 and 4.64 ms left).
    void cteReadByTwoScans() {
        const explain::Plan p = load(QStringLiteral("pev2_cte_two_scans.txt"));
        EXCL(p, 0, 2.0);                                                        // Append: 30 - 18 - 10
        EXCL(p, find(p, QStringLiteral("Function Scan")), 15.0);                // the CTE itself
        EXCL(p, find(p, QStringLiteral("CTE Scan"), QStringLiteral("c")), 3.0); // 18 - 15
        EXCL(p, find(p, QStringLiteral("CTE Scan"), QStringLiteral("c_1")), 10.0);
        QVERIFY(std::abs(sumExclusive(p) - 30.0) < 1e-9);
    }

    // PostgreSQL 12 text: the Bitmap Index Scan under a Parallel Bitmap Heap Scan runs once,
    // in one process (loops=1). pgdba divides a node's time by the processes that ran it
    // (min(workers launched + 1, loops) = 1): 4.5 ms. PEV2 divides every node below a Gather by
    // workers + 1: 1.5 ms, and gives the other 3 ms to the heap scan.
    void parallelBitmapBelowGather() {
        const explain::Plan p = load(QStringLiteral("pev2_pg12_parallel_bitmap.txt"));
        EXCL(p, 0, 10.0);                                           // Gather: 50 - 40
        EXCL(p, find(p, QStringLiteral("Bitmap Heap Scan")), 35.5); // 40*3/3 - 4.5
        EXCL(p, find(p, QStringLiteral("Bitmap Index Scan")), 4.5);
        QCOMPARE(p.nodes[find(p, QStringLiteral("Bitmap Index Scan"))].parallelProcesses, 1);
        QVERIFY(std::abs(sumExclusive(p) - 50.0) < 1e-9);
    }

    // An InitPlan whose value two nodes use: pgdba takes its 12 ms once, from the deepest node
    // that mentions $0 (the Seq Scan whose filter ran it first). PEV2 subtracts it from every
    // node that mentions $0 (the Hash Join's Join Filter too: 18 - 12 = 6 ms), so its times add
    // up to 28 ms of a 40 ms plan.
    void initPlanUsedTwice() {
        const explain::Plan p = load(QStringLiteral("pev2_initplan_two_users.txt"));
        EXCL(p, 0, 18.0); // 40 - 20 - 2
        EXCL(p, find(p, QStringLiteral("Aggregate")), 4.0);
        EXCL(p, find(p, QStringLiteral("Seq Scan"), QStringLiteral("orders_1")), 8.0);
        EXCL(p, find(p, QStringLiteral("Seq Scan"), QStringLiteral("o")), 8.0); // 20 - 12
        EXCL(p, find(p, QStringLiteral("Hash")), 1.0);
        EXCL(p, find(p, QStringLiteral("Seq Scan"), QStringLiteral("c")), 1.0);
        QVERIFY(std::abs(sumExclusive(p) - 40.0) < 1e-9);
    }

    // A child that reports more time than its parent (a Limit that stopped early while the
    // clock of its child ran on): the Limit's exclusive time is 0, not -1.5, and the child's
    // is capped at the plan's total (0.5 ms), not 2 ms.
    void neverNegativeNeverAboveTotal() {
        const explain::Plan p = load(QStringLiteral("child_longer_than_root.txt"));
        QCOMPARE(p.totalMs(), 0.5);
        EXCL(p, 0, 0.0);
        EXCL(p, 1, 0.5);
    }

    // Every fixture, whatever its form: 0 <= exclusive <= total for every node.
    void boundsOnEveryFixture() {
        const QDir dir(QStringLiteral(PGDBA_FIXTURES_DIR "/plans"));
        int checked = 0;
        for (const QString &name :
             dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.json")}, QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const explain::ParseResult r = explain::loadPlan(f.readAll());
            QVERIFY2(r.ok(), qPrintable(name + QStringLiteral(": ") + r.error));
            const double total = r.plan.totalMs();
            for (const explain::PlanNode &n : r.plan.nodes) {
                QVERIFY2(n.exclusiveMs >= 0, qPrintable(name));
                QVERIFY2(total <= 0 || n.exclusiveMs <= total + 1e-9, qPrintable(name));
            }
            ++checked;
        }
        QVERIFY(checked > 100);
    }
};

QTEST_GUILESS_MAIN(TestExplainExclusive)
#include "tst_explainexclusive.moc"
