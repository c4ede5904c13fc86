// explain::compare on real before/after plans: the seq scan the finding flagged, and the same
// query after creating the proposed index (tests/fixtures/plans/seq_scan_filter{,_indexed}).
#include "explain/analysis.h"
#include "explain/compare.h"

#include <QFile>
#include <QTest>

namespace {
explain::Plan load(const QString &file) {
    QFile f(QStringLiteral(PGDBA_FIXTURES_DIR "/plans/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(file));
    explain::ParseResult r = explain::loadPlan(f.readAll());
    if (!r.ok())
        qFatal("%s: %s", qPrintable(file), qPrintable(r.error));
    return r.plan;
}
} // namespace

class TestExplainCompare : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void beforeAfterIndex() {
        const explain::Plan before = load(QStringLiteral("seq_scan_filter.json"));
        const explain::Plan after = load(QStringLiteral("seq_scan_filter_indexed.json"));
        const explain::PlanComparison c = explain::compare(before, after);
        // Seq Scan ..40.337 ms (shared hit=3084) vs Index Scan ..1.989 ms (hit 861 + read 17).
        QCOMPARE(c.totalMsA, 40.337);
        QCOMPARE(c.totalMsB, 1.989);
        QCOMPARE(c.timeRatio(), 1.989 / 40.337);
        QCOMPARE(c.buffersA.total(), 3084);
        QCOMPARE(c.buffersB.total(), 861 + 17);
        QCOMPARE(c.nodes.size(), 1);
        const explain::NodeChange &n = c.nodes[0];
        QCOMPARE(n.kind, explain::NodeChange::Kind::Changed);
        QVERIFY(n.fields & explain::NodeChange::NodeType);
        QVERIFY(n.fields & explain::NodeChange::Index);
        QVERIFY(n.fields & explain::NodeChange::Time);
        QVERIFY(!(n.fields & explain::NodeChange::Relation));
        QVERIFY(!(n.fields & explain::NodeChange::Rows)); // 5,601 rows either way
        QVERIFY(
            n.details.join(QLatin1Char('\n')).contains(QStringLiteral("node type: Seq Scan -> Index Scan")));
        QVERIFY(n.details.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("index: - -> orders_created_at_part_idx")));
        QCOMPARE(c.changedCount, 1);
        QVERIFY(c.summary().contains(QStringLiteral("1 nodes changed")));
    }

    void identicalPlansHaveNoChanges() {
        const explain::Plan p = load(QStringLiteral("initplan_subplan.json"));
        const explain::PlanComparison c = explain::compare(p, p);
        QCOMPARE(c.nodes.size(), p.nodes.size());
        QCOMPARE(c.changedCount + c.addedCount + c.removedCount, 0);
        for (int i = 0; i < c.nodes.size(); ++i) {
            QCOMPARE(c.nodes[i].nodeA, i);
            QCOMPARE(c.nodes[i].nodeB, i);
            QCOMPARE(c.nodes[i].depth, p.nodes[i].depth);
        }
    }

    void structuralChangesAreAddedAndRemoved() {
        // Hash join of orders x couriers against a nested loop over the same tables with a
        // Limit above the orders scan and a Memoize above the couriers scan.
        const explain::Plan a = load(QStringLiteral("hash_join.json"));
        const explain::Plan b = load(QStringLiteral("memoize_incremental.json"));
        const explain::PlanComparison c = explain::compare(a, b);
        QVERIFY(c.addedCount > 0); // the Limit
        QCOMPARE(explain::compare(b, a).removedCount, c.addedCount);
        bool scansPaired = false;
        for (const auto &n : c.nodes) {
            if (n.nodeA >= 0 && n.nodeB >= 0 && a.nodes[n.nodeA].relation == QLatin1String("orders")) {
                QCOMPARE(b.nodes[n.nodeB].relation, QStringLiteral("orders")); // Seq Scan -> Index Scan
                QVERIFY(n.fields & explain::NodeChange::NodeType);
                scansPaired = true;
            }
            if (n.kind == explain::NodeChange::Kind::Added)
                QCOMPARE(b.nodes[n.nodeB].nodeType, QStringLiteral("Limit"));
        }
        QVERIFY(scansPaired);
        // Every node of both plans appears exactly once.
        QList<int> seenA(a.nodes.size()), seenB(b.nodes.size());
        for (const auto &n : c.nodes) {
            if (n.nodeA >= 0)
                ++seenA[n.nodeA];
            if (n.nodeB >= 0)
                ++seenB[n.nodeB];
        }
        QCOMPARE(seenA, QList<int>(a.nodes.size(), 1));
        QCOMPARE(seenB, QList<int>(b.nodes.size(), 1));
    }

    void emptyPlans() {
        const explain::Plan p = load(QStringLiteral("nested_loop.json"));
        const explain::PlanComparison c = explain::compare(explain::Plan(), p);
        QCOMPARE(c.addedCount, p.nodes.size());
        QCOMPARE(explain::compare(explain::Plan(), explain::Plan()).nodes.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExplainCompare)
#include "tst_explaincompare.moc"
