// The text and JSON forms of the same plans (one execution each, captured by
// tests/fixtures/plans/make-fixtures.sh from a real PostgreSQL 15) give the same tree, the same
// fields and the same metrics; psql's framings of them parse to the same plan too.
#include "explain/analysis.h"
#include "explain/planparser.h"

#include <QFile>
#include <QTest>

#include <cmath>

namespace {

QByteArray fixture(const QString &name) {
    QFile f(QStringLiteral(PGDBA_FIXTURES_DIR "/plans/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    return f.readAll();
}

explain::Plan load(const QString &name) {
    explain::ParseResult r = explain::loadPlan(fixture(name));
    if (!r.ok())
        qWarning("%s: %s", qPrintable(name), qPrintable(r.error));
    return r.plan;
}

bool near(double a, double b) {
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(a));
}

#define DIFF_IF(cond, what)                                                                                  \
    if (cond)                                                                                                \
    out << QStringLiteral("node %1 (%2): %3").arg(i).arg(a.nodeType, QStringLiteral(what))

// compareSummary: also the statement summary (auto_explain's text fixtures have none).
QStringList differences(const explain::Plan &pa, const explain::Plan &pb, bool compareShares,
                        bool compareSummary = false) {
    QStringList out;
    if (pa.nodes.size() != pb.nodes.size()) {
        out << QStringLiteral("node count %1 vs %2").arg(pa.nodes.size()).arg(pb.nodes.size());
        return out;
    }
    for (int i = 0; i < pa.nodes.size(); ++i) {
        const explain::PlanNode &a = pa.nodes[i], &b = pb.nodes[i];
        DIFF_IF(a.parent != b.parent || a.children != b.children || a.depth != b.depth, "tree");
        DIFF_IF(a.parentRelationship != b.parentRelationship, "parent relationship");
        DIFF_IF(a.subplanName != b.subplanName, "subplan name");
        DIFF_IF(a.nodeType != b.nodeType || a.strategy != b.strategy || a.partialMode != b.partialMode,
                "node type");
        DIFF_IF(a.joinType != b.joinType || a.operation != b.operation || a.command != b.command,
                "join/operation");
        DIFF_IF(a.scanDirection != b.scanDirection, "scan direction");
        DIFF_IF(a.parallelAware != b.parallelAware || a.asyncCapable != b.asyncCapable, "parallel/async");
        DIFF_IF(a.relation != b.relation || a.schema != b.schema || a.alias != b.alias, "relation");
        DIFF_IF(a.index != b.index || a.cteName != b.cteName || a.functionName != b.functionName,
                "index/cte/function");
        DIFF_IF(!near(a.startupCost, b.startupCost) || !near(a.totalCost, b.totalCost) ||
                    a.planRows != b.planRows || a.planWidth != b.planWidth,
                "estimates");
        DIFF_IF(a.hasActuals != b.hasActuals || a.neverExecuted != b.neverExecuted ||
                    a.hasTiming != b.hasTiming,
                "flags");
        DIFF_IF(!near(a.actualStartupMs, b.actualStartupMs) || !near(a.actualTotalMs, b.actualTotalMs),
                "actual time");
        DIFF_IF(a.actualRows != b.actualRows || a.loops != b.loops, "actual rows/loops");
        DIFF_IF(a.rowsRemovedByFilter != b.rowsRemovedByFilter ||
                    a.rowsRemovedByJoinFilter != b.rowsRemovedByJoinFilter ||
                    a.rowsRemovedByIndexRecheck != b.rowsRemovedByIndexRecheck,
                "rows removed");
        DIFF_IF(a.heapFetches != b.heapFetches || a.exactHeapBlocks != b.exactHeapBlocks ||
                    a.lossyHeapBlocks != b.lossyHeapBlocks,
                "heap");
        DIFF_IF(a.sortMethod != b.sortMethod || a.sortSpaceType != b.sortSpaceType ||
                    a.sortSpaceKb != b.sortSpaceKb,
                "sort");
        DIFF_IF(a.sortKey != b.sortKey || a.groupKey != b.groupKey || a.presortedKey != b.presortedKey,
                "keys");
        DIFF_IF(a.hashBuckets != b.hashBuckets || a.originalHashBuckets != b.originalHashBuckets ||
                    a.hashBatches != b.hashBatches || a.originalHashBatches != b.originalHashBatches,
                "hash");
        DIFF_IF(a.peakMemoryKb != b.peakMemoryKb || a.hashAggBatches != b.hashAggBatches ||
                    a.diskUsageKb != b.diskUsageKb || a.plannedPartitions != b.plannedPartitions,
                "memory");
        DIFF_IF(a.cacheHits != b.cacheHits || a.cacheMisses != b.cacheMisses ||
                    a.cacheEvictions != b.cacheEvictions || a.cacheOverflows != b.cacheOverflows,
                "memoize");
        DIFF_IF(a.workersPlanned != b.workersPlanned || a.workersLaunched != b.workersLaunched,
                "workers planned");
        DIFF_IF(a.filter != b.filter || a.joinFilter != b.joinFilter || a.indexCond != b.indexCond ||
                    a.recheckCond != b.recheckCond || a.hashCond != b.hashCond ||
                    a.mergeCond != b.mergeCond || a.oneTimeFilter != b.oneTimeFilter ||
                    a.cacheKey != b.cacheKey,
                "conditions");
        DIFF_IF(a.output != b.output, "output");
        DIFF_IF(!(a.buffers == b.buffers), "buffers");
        DIFF_IF(!(a.io == b.io), "I/O timings");
        DIFF_IF(!(a.wal == b.wal), "WAL");
        DIFF_IF(!(a.workers == b.workers), "workers");
        DIFF_IF(!near(a.inclusiveMs, b.inclusiveMs) || !near(a.exclusiveMs, b.exclusiveMs),
                "inclusive/exclusive");
        DIFF_IF(a.totalRows != b.totalRows || !near(a.misestimate, b.misestimate) ||
                    a.misestimateDirection != b.misestimateDirection,
                "rows metrics");
        DIFF_IF(!(a.exclusiveBuffers == b.exclusiveBuffers), "exclusive buffers");
        DIFF_IF(a.timeChildren != b.timeChildren || a.parallelProcesses != b.parallelProcesses,
                "time children");
        DIFF_IF(compareShares && !near(a.shareOfTotal, b.shareOfTotal), "share");
    }
    // Statement level: triggers (the text names the relation only with VERBOSE), JIT, settings.
    if (pa.triggers.size() != pb.triggers.size())
        out << QStringLiteral("trigger count");
    for (int t = 0; t < std::min(pa.triggers.size(), pb.triggers.size()); ++t) {
        const auto &x = pa.triggers[t], &y = pb.triggers[t];
        if (x.name != y.name || x.constraintName != y.constraintName || !near(x.timeMs, y.timeMs) ||
            x.calls != y.calls)
            out << QStringLiteral("trigger %1").arg(x.name);
    }
    if (!(pa.jit == pb.jit))
        out << QStringLiteral("JIT");
    if (compareSummary && (!near(pa.planningMs, pb.planningMs) || !near(pa.executionMs, pb.executionMs)))
        out << QStringLiteral("planning/execution time");
    if (compareSummary && !(pa.planningBuffers == pb.planningBuffers))
        out << QStringLiteral("planning buffers");
    if (pa.planningMemoryUsedKb != pb.planningMemoryUsedKb ||
        pa.planningMemoryAllocatedKb != pb.planningMemoryAllocatedKb)
        out << QStringLiteral("planning memory");
    if (!near(pa.serializationMs, pb.serializationMs) || pa.serializationKb != pb.serializationKb ||
        pa.serializationFormat != pb.serializationFormat)
        out << QStringLiteral("serialization");
    if (pa.settings != pb.settings)
        out << QStringLiteral("settings");
    if (pa.findings.size() != pb.findings.size())
        out << QStringLiteral("finding count %1 vs %2").arg(pa.findings.size()).arg(pb.findings.size());
    for (int f = 0; f < std::min(pa.findings.size(), pb.findings.size()); ++f)
        if (pa.findings[f].kind != pb.findings[f].kind || pa.findings[f].nodeId != pb.findings[f].nodeId ||
            pa.findings[f].message != pb.findings[f].message ||
            !(pa.findings[f].index == pb.findings[f].index))
            out << QStringLiteral("finding %1").arg(f);
    return out;
}

const QStringList kCases = {
    QStringLiteral("nested_loop"),
    QStringLiteral("nested_loop_many"),
    QStringLiteral("hash_join"),
    QStringLiteral("merge_join"),
    QStringLiteral("cte_scan"),
    QStringLiteral("initplan_subplan"),
    QStringLiteral("initplan_in_child"),
    QStringLiteral("parallel_gather"),
    QStringLiteral("workers_not_launched"),
    QStringLiteral("sort_disk"),
    QStringLiteral("hash_batches"),
    QStringLiteral("bitmap_scans"),
    QStringLiteral("lossy_bitmap"),
    QStringLiteral("index_only_heap_fetches"),
    QStringLiteral("dml_trigger"),
    QStringLiteral("never_executed"),
    QStringLiteral("seq_scan_filter"),
    QStringLiteral("misestimate"),
    QStringLiteral("jit"),
    QStringLiteral("insert_verbose_settings_wal"),
    QStringLiteral("misc_nodes"),
    QStringLiteral("memoize_incremental"),
};

} // namespace

class TestExplainTextJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameTreeAndMetrics_data() {
        QTest::addColumn<QString>("name");
        for (const QString &c : kCases)
            QTest::addRow("%s", qPrintable(c)) << c;
    }

    void sameTreeAndMetrics() {
        QFETCH(QString, name);
        const explain::Plan json = load(name + QStringLiteral(".json"));
        const explain::Plan text = load(name + QStringLiteral(".txt"));
        QVERIFY(!json.isEmpty());
        QCOMPARE(json.source, explain::Plan::Source::Json);
        QCOMPARE(text.source, explain::Plan::Source::Text);
        QVERIFY(json.hasActuals());
        // auto_explain's text has no Execution Time line; shares use the tree's own time, so
        // they must agree as well.
        const QStringList diff = differences(json, text, true);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
    }

    void psqlFramings_data() {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("framed");
        const QStringList textFrames = {QStringLiteral("aligned"), QStringLiteral("border2"),
                                        QStringLiteral("border0"), QStringLiteral("unaligned"),
                                        QStringLiteral("wrapped"), QStringLiteral("wrapped-border2"),
                                        QStringLiteral("unicode"), QStringLiteral("plus")};
        for (const QString &c : {QStringLiteral("nested_loop"), QStringLiteral("initplan_subplan"),
                                 QStringLiteral("parallel_gather")}) {
            for (const QString &f : textFrames)
                QTest::addRow("%s %s", qPrintable(c), qPrintable(f))
                    << c + QStringLiteral(".txt")
                    << c + QStringLiteral(".psql-") + f + QStringLiteral(".txt");
            QTest::addRow("%s json", qPrintable(c))
                << c + QStringLiteral(".json") << c + QStringLiteral(".psql-json.txt");
            QTest::addRow("%s json wrapped", qPrintable(c))
                << c + QStringLiteral(".json") << c + QStringLiteral(".psql-json-wrapped.txt");
        }
    }

    void psqlFramings() {
        QFETCH(QString, plain);
        QFETCH(QString, framed);
        const explain::Plan a = load(plain);
        const explain::Plan b = load(framed);
        QVERIFY(!a.isEmpty());
        QCOMPARE(b.source, a.source);
        const QStringList diff = differences(a, b, true);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
        for (int i = 0; i < a.nodes.size(); ++i)
            QCOMPARE(b.nodes[i].properties, a.nodes[i].properties);
    }

    // Issue 16: what users paste. Every form of the same plan (rendered by psql itself in more
    // \pset combinations, or made the way other tools and copy/paste make it, by
    // tests/fixtures/plans/make-forms.sh) gives the same tree, fields and metrics as the plain one.
    void pastedForms_data() {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("notes");
        const QStringList textForms = {QStringLiteral("psql-border3"),
                                       QStringLiteral("psql-double"),
                                       QStringLiteral("psql-double-wrapped"),
                                       QStringLiteral("psql-double-border1"),
                                       QStringLiteral("psql-wrapped-narrow"),
                                       QStringLiteral("psql-wrapped-border0"),
                                       QStringLiteral("psql-expanded"),
                                       QStringLiteral("psql-expanded-one"),
                                       QStringLiteral("psql-csv"),
                                       QStringLiteral("psql-unaligned-one"),
                                       QStringLiteral("transcript"),
                                       QStringLiteral("transcript-fr"),
                                       QStringLiteral("titled"),
                                       QStringLiteral("dbeaver"),
                                       QStringLiteral("pgadmin3"),
                                       QStringLiteral("ragged")};
        const QStringList jsonForms = {QStringLiteral("psql-json-double"), QStringLiteral("csvlog-json"),
                                       QStringLiteral("json-trailing")};
        for (const QString &c : {QStringLiteral("nested_loop"), QStringLiteral("initplan_subplan"),
                                 QStringLiteral("parallel_gather")}) {
            for (const QString &f : textForms)
                QTest::addRow("%s %s", qPrintable(c), qPrintable(f))
                    << c + QStringLiteral(".txt") << c + QStringLiteral(".form-") + f + QStringLiteral(".txt")
                    << (f == QLatin1String("transcript") ? 1 : 0);
            for (const QString &f : jsonForms)
                QTest::addRow("%s %s", qPrintable(c), qPrintable(f))
                    << c + QStringLiteral(".json")
                    << c + QStringLiteral(".form-") + f + QStringLiteral(".txt") << 0;
            // A subtree copied from the middle (first line "->"), text against the same JSON subtree.
            QTest::addRow("%s subtree", qPrintable(c))
                << c + QStringLiteral(".form-subtree.json") << c + QStringLiteral(".form-subtree.txt") << 1;
        }
        // Node lines broken without psql's marks, by a terminal (80 columns) or a mail client.
        for (const QString &c :
             {QStringLiteral("nested_loop"), QStringLiteral("initplan_subplan"), QStringLiteral("hash_join")})
            for (const QString &f : {QStringLiteral("terminal-wrap"), QStringLiteral("mail-wrap"),
                                     QStringLiteral("root-rewrapped")}) // root broken before "(cost="
                QTest::addRow("%s %s", qPrintable(c), qPrintable(f))
                    << c + QStringLiteral(".txt") << c + QStringLiteral(".form-") + f + QStringLiteral(".txt")
                    << 0;
    }

    void pastedForms() {
        QFETCH(QString, plain);
        QFETCH(QString, form);
        QFETCH(int, notes);
        const explain::ParseResult ra = explain::loadPlan(fixture(plain));
        const explain::ParseResult rb = explain::loadPlan(fixture(form));
        QVERIFY2(ra.ok(), qPrintable(ra.error));
        QVERIFY2(rb.ok(), qPrintable(rb.error));
        const explain::Plan &a = ra.plan, &b = rb.plan;
        QVERIFY(a.nodes.size() > 1);
        const QStringList diff = differences(a, b, true);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
        if (a.source == b.source)
            for (int i = 0; i < a.nodes.size(); ++i)
                QCOMPARE(b.nodes[i].properties, a.nodes[i].properties);
        QVERIFY2(rb.notes.size() == notes, qPrintable(rb.notes.join(QLatin1Char('|'))));
    }

    // PostgreSQL 9.3 to 17: summary lines that changed name, 17's MEMORY and SERIALIZE, labels
    // without numbers, Async Foreign Scan. Text and JSON of each give the same plan.
    void versions_data() {
        QTest::addColumn<QString>("name");
        for (const char *n : {"hash_join.v17", "nested_loop.v17", "hash_join.v96", "nested_loop.v96",
                              "hash_join.v93", "nested_loop.v93", "initplan_subplan.old", "async_foreign"})
            QTest::addRow("%s", n) << QString::fromLatin1(n);
    }

    void versions() {
        QFETCH(QString, name);
        const explain::ParseResult json = explain::loadPlan(fixture(name + QStringLiteral(".json")));
        const explain::ParseResult text = explain::loadPlan(fixture(name + QStringLiteral(".txt")));
        QVERIFY2(json.ok(), qPrintable(json.error));
        QVERIFY2(text.ok(), qPrintable(text.error));
        QCOMPARE(text.plan.source, explain::Plan::Source::Text);
        QVERIFY(json.plan.nodes.size() > 1);
        const QStringList diff = differences(json.plan, text.plan, true, true);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
        QVERIFY(text.plan.executionMs > 0);
        if (name.endsWith(QLatin1String(".v17"))) {
            QCOMPARE(text.plan.planningMemoryUsedKb, 23);
            QCOMPARE(text.plan.planningMemoryAllocatedKb, 32);
            QCOMPARE(text.plan.serializationMs, 0.052);
            QCOMPARE(text.plan.serializationKb, 2);
            QCOMPARE(text.plan.serializationFormat, QStringLiteral("text"));
            QCOMPARE(text.plan.planningBuffers.sharedHit, 12);
        }
        if (name == QLatin1String("async_foreign"))
            QVERIFY(text.plan.nodes[1].asyncCapable);
        if (name == QLatin1String("initplan_subplan.old")) {
            QCOMPARE(text.plan.nodes[1].subplanName, QStringLiteral("InitPlan"));
            int subplans = 0;
            for (const explain::PlanNode &n : text.plan.nodes)
                if (n.subplanName == QLatin1String("SubPlan")) {
                    QCOMPARE(n.parentRelationship, QStringLiteral("SubPlan"));
                    ++subplans;
                }
            QCOMPARE(subplans, 1);
        }
    }

    void transcriptTakesTheFirstPlanAndSaysSo() {
        const explain::ParseResult r =
            explain::loadPlan(fixture(QStringLiteral("nested_loop.form-transcript.txt")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.plan.root().nodeType, QStringLiteral("Nested Loop"));
        QCOMPARE(r.notes.size(), 1);
        QVERIFY2(r.notes.first().contains(QStringLiteral("2 plans")), qPrintable(r.notes.first()));
    }

    void realPsqlExplainOutput() {
        // EXPLAIN (ANALYZE, BUFFERS) exactly as psql printed it: header, rule, footer,
        // Planning block, Planning/Execution Time.
        const explain::Plan p = load(QStringLiteral("psql_explain_text.txt"));
        QCOMPARE(p.nodes.size(), 6);
        QCOMPARE(p.root().operationName(), QStringLiteral("HashAggregate"));
        QCOMPARE(p.nodes[1].operationName(), QStringLiteral("Hash Join"));
        QCOMPARE(p.nodes[2].relation, QStringLiteral("orders"));
        QCOMPARE(p.nodes[2].alias, QStringLiteral("o"));
        QCOMPARE(p.nodes[3].index, QStringLiteral("orders_zone_idx"));
        QCOMPARE(p.nodes[4].parentRelationship, QStringLiteral("Inner"));
        QCOMPARE(p.planningBuffers.sharedHit, 195);
        QCOMPARE(p.planningMs, 0.987);
        QCOMPARE(p.executionMs, 23.419);
        QCOMPARE(p.nodes[4].hashBuckets, 2048);
        QCOMPARE(p.nodes[4].peakMemoryKb, 95);
    }
};

QTEST_GUILESS_MAIN(TestExplainTextJson)
#include "tst_explaintextjson.moc"
