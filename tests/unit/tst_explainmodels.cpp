// The Explain page's item models under QAbstractItemModelTester, fed with real plans.
#include "explain/analysis.h"
#include "explain/compare.h"
#include "explain/findingsmodel.h"
#include "explain/plancomparemodel.h"
#include "explain/planstats.h"
#include "explain/planstatsmodel.h"
#include "explain/plantreemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace {
explain::PlanPtr load(const QString &file) {
    QFile f(QStringLiteral(PGDBA_FIXTURES_DIR "/plans/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(file));
    explain::ParseResult r = explain::loadPlan(f.readAll());
    if (!r.ok())
        qFatal("%s: %s", qPrintable(file), qPrintable(r.error));
    return std::make_shared<const explain::Plan>(std::move(r.plan));
}
} // namespace

class TestExplainModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void treeModel() {
        explain::PlanTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        const auto plan = load(QStringLiteral("initplan_subplan.json"));
        m.setPlan(plan);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m.rowCount(), 1);
        const QModelIndex root = m.index(0, explain::PlanTreeModel::Node);
        QVERIFY(m.data(root).toString().startsWith(QStringLiteral("Bitmap Heap Scan on orders o")));
        QCOMPARE(m.rowCount(m.index(0, 0)), 3); // InitPlan, Bitmap Index Scan, SubPlan
        const QModelIndex initPlan = m.index(0, explain::PlanTreeModel::Node, m.index(0, 0));
        QCOMPARE(m.data(initPlan).toString(), QStringLiteral("[InitPlan 2 (returns $1)] Aggregate"));
        QCOMPARE(m.parent(initPlan), m.index(0, 0));
        // Node 5 (Index Only Scan under the SubPlan) is found by id with its parent chain.
        const QModelIndex ios = m.indexForNode(5, explain::PlanTreeModel::Loops);
        QCOMPARE(m.data(ios, explain::PlanTreeModel::NodeIdRole).toInt(), 5);
        QCOMPARE(m.data(ios).toString(), QStringLiteral("133"));
        QCOMPARE(m.parent(ios), m.indexForNode(4, 0));
        QCOMPARE(
            m.data(m.indexForNode(0, explain::PlanTreeModel::Exclusive), explain::PlanTreeModel::SortRole)
                .toDouble(),
            plan->nodes[0].exclusiveMs);
        QCOMPARE(m.data(m.indexForNode(5, 0), explain::PlanTreeModel::FindingCountRole).toInt(), 1);
        QVERIFY(!m.headerData(explain::PlanTreeModel::Exclusive, Qt::Horizontal).toString().isEmpty());
        m.setPlan(load(QStringLiteral("parallel_gather.json")));
        QCOMPARE(m.rowCount(m.index(0, 0)), 1);
        m.setPlan({});
        QCOMPARE(m.rowCount(), 0);
    }

    void statsModels() {
        const auto plan = load(QStringLiteral("cte_scan.json"));
        const explain::PlanStats stats = explain::computeStats(*plan);
        explain::PlanStatsModel types(QStringLiteral("Node type")), tables(QStringLiteral("Table"));
        QAbstractItemModelTester t1(&types, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&tables, QAbstractItemModelTester::FailureReportingMode::QtTest);
        types.setRows(stats.byNodeType);
        tables.setRows(stats.byTable);
        // Merge Join, GroupAggregate, Index Only Scan, Sort x2, CTE Scan x2.
        QCOMPARE(types.rowCount(), 5);
        int sorts = -1;
        for (int r = 0; r < types.rowCount(); ++r)
            if (types.data(types.index(r, explain::PlanStatsModel::Key)).toString() == QLatin1String("Sort"))
                sorts = types.data(types.index(r, explain::PlanStatsModel::Nodes)).toInt();
        QCOMPARE(sorts, 2);
        QCOMPARE(tables.rowCount(), 1);
        QCOMPARE(tables.data(tables.index(0, explain::PlanStatsModel::Key)).toString(),
                 QStringLiteral("orders"));
        QCOMPARE(stats.byIndex.size(), 1);
        QCOMPARE(stats.byIndex[0].key, QStringLiteral("orders_courier_idx"));
        // Sorted by exclusive time, descending.
        for (int r = 1; r < types.rowCount(); ++r)
            QVERIFY(types.data(types.index(r - 1, 2), explain::PlanStatsModel::SortRole).toDouble() >=
                    types.data(types.index(r, 2), explain::PlanStatsModel::SortRole).toDouble());
    }

    void findingsModel() {
        explain::FindingsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setPlan(load(QStringLiteral("seq_scan_filter.json")));
        QVERIFY(m.rowCount() >= 1);
        QCOMPARE(m.data(m.index(0, explain::FindingsModel::Severity)).toString(), QStringLiteral("Warning"));
        QCOMPARE(m.data(m.index(0, 0), explain::FindingsModel::KindRole).toString(),
                 QStringLiteral("seq_scan_index"));
        QVERIFY(m.data(m.index(0, 0), explain::FindingsModel::HasIndexCandidateRole).toBool());
        QVERIFY(m.data(m.index(0, 0), Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("CREATE INDEX CONCURRENTLY")));
        QCOMPARE(m.finding(0).index.columns, QStringList{QStringLiteral("created_at")});
    }

    void compareModel() {
        explain::PlanCompareModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto a = load(QStringLiteral("seq_scan_filter.json"));
        const auto b = load(QStringLiteral("seq_scan_filter_indexed.json"));
        m.setComparison(a, b, explain::compare(*a, *b));
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.data(m.index(0, explain::PlanCompareModel::Node)).toString(),
                 QStringLiteral(
                     "Seq Scan on orders \u2192 Index Scan using orders_created_at_part_idx on orders"));
        QCOMPARE(m.data(m.index(0, explain::PlanCompareModel::Change)).toString(),
                 QStringLiteral("node type, index, time"));
        QVERIFY(m.data(m.index(0, explain::PlanCompareModel::TimeRatio), explain::PlanCompareModel::SortRole)
                    .toDouble() < 0.2);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExplainModels)
#include "tst_explainmodels.moc"
