// Findings on real plans (fixtures from tests/fixtures/plans/make-fixtures.sh): each is tied to
// its node and says what to do; the sequential-scan finding carries its candidate index as
// data. IndexCandidate::fromFilter on the filter shapes EXPLAIN prints.
#include "explain/analysis.h"
#include "explain/findings.h"
#include "explain/indexcandidate.h"

#include <QFile>
#include <QTest>

using explain::Finding;
using explain::IndexCandidate;
using explain::Plan;
using Kind = explain::Finding::Kind;
using Severity = explain::Finding::Severity;

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(Severity)

namespace {

Plan load(const QString &name)
{
    QFile f(QStringLiteral(PGDBA_FIXTURES_DIR "/plans/") + name + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    explain::ParseResult r = explain::loadPlan(f.readAll());
    if (!r.ok())
        qFatal("%s: %s", qPrintable(name), qPrintable(r.error));
    return r.plan;
}

QList<Finding> ofKind(const Plan &p, Kind k)
{
    QList<Finding> out;
    for (const Finding &f : p.findings)
        if (f.kind == k)
            out << f;
    return out;
}

} // namespace

class TestExplainFindings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findingPerFixture_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("node");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("says"); // a phrase of the sentence
        QTest::addRow("seq scan") << QStringLiteral("seq_scan_filter") << Kind::SeqScanIndexCandidate << 0
                                  << Severity::Warning << QStringLiteral("threw away 97.2 %");
        QTest::addRow("misestimate 3000x") << QStringLiteral("misestimate") << Kind::Misestimate << 1 << Severity::Critical
                                           << QStringLiteral("3,000x under-estimate");
        QTest::addRow("sort on disk") << QStringLiteral("sort_disk") << Kind::SortSpilled << 0 << Severity::Warning
                                      << QStringLiteral("Sort spilled 5,576 kB to disk (external merge)");
        QTest::addRow("hash batches") << QStringLiteral("hash_batches") << Kind::HashSpilled << 2 << Severity::Warning
                                      << QStringLiteral("2 batches");
        QTest::addRow("lossy bitmap") << QStringLiteral("lossy_bitmap") << Kind::LossyBitmap << 1 << Severity::Warning
                                      << QStringLiteral("lossy on 2,062 of 3,073 blocks");
        QTest::addRow("heap fetches") << QStringLiteral("index_only_heap_fetches") << Kind::HeapFetches << 1
                                      << Severity::Warning << QStringLiteral("VACUUM parcels");
        QTest::addRow("nested loop loops") << QStringLiteral("nested_loop_many") << Kind::NestedLoopLoops << 1
                                           << Severity::Warning << QStringLiteral("30,000 times");
        QTest::addRow("workers not launched") << QStringLiteral("workers_not_launched") << Kind::WorkersNotLaunched << 1
                                              << Severity::Critical << QStringLiteral("2 parallel workers but only 0 started");
        QTest::addRow("jit") << QStringLiteral("jit") << Kind::JitSignificant << 0 << Severity::Critical
                             << QStringLiteral("JIT compilation took 393.5 ms");
    }

    void findingPerFixture()
    {
        QFETCH(QString, fixture);
        QFETCH(Kind, kind);
        QFETCH(int, node);
        QFETCH(Severity, severity);
        QFETCH(QString, says);
        const Plan p = load(fixture);
        const QList<Finding> found = ofKind(p, kind);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].nodeId, node);
        QCOMPARE(found[0].severity, severity);
        QVERIFY2(found[0].message.contains(says), qPrintable(found[0].message));
        QVERIFY(!found[0].message.contains(QLatin1Char('\n'))); // one sentence
        const QList<Finding> onNode = p.findingsFor(node);
        QVERIFY(std::any_of(onNode.cbegin(), onNode.cend(), [&](const Finding &f) { return f.kind == kind; }));
    }

    void seqScanCarriesItsIndexCandidate()
    {
        const Plan p = load(QStringLiteral("seq_scan_filter"));
        const Finding f = ofKind(p, Kind::SeqScanIndexCandidate).value(0);
        // Filter: ((courier_id IS NULL) AND (created_at >= '2024-02-20 ...') AND (status = 'new'::text))
        QCOMPARE(f.index.table, QStringLiteral("orders"));
        QCOMPARE(f.index.columns, QStringList{QStringLiteral("created_at")});
        QCOMPARE(f.index.predicate, QStringLiteral("courier_id IS NULL AND status = 'new'::text"));
        QCOMPARE(f.index.createStatement(),
                 QStringLiteral("CREATE INDEX CONCURRENTLY orders_created_at_part_idx ON orders (created_at) "
                                "WHERE courier_id IS NULL AND status = 'new'::text"));
    }

    void cleanPlansHaveNoFindings_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const char *n : {"nested_loop", "hash_join", "cte_scan", "parallel_gather", "memoize_incremental", "merge_join", "misc_nodes", "bitmap_scans"})
            QTest::addRow("%s", n) << QString::fromLatin1(n);
    }

    void cleanPlansHaveNoFindings()
    {
        QFETCH(QString, fixture);
        const Plan p = load(fixture);
        QStringList messages;
        for (const Finding &f : p.findings)
            messages << f.message;
        QVERIFY2(p.findings.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    }

    void indexCandidateFromFilter_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("predicate");
        QTest::addColumn<QStringList>("ignored");
        QTest::addRow("param equality and range") << QStringLiteral("o") << QStringLiteral("((o.shop_id = $1) AND (o.created_at > $2))")
                                                  << QStringList{QStringLiteral("shop_id"), QStringLiteral("created_at")}
                                                  << QString() << QStringList();
        QTest::addRow("range first, equality first in key")
            << QStringLiteral("orders") << QStringLiteral("((created_at > (now() - '1 day'::interval)) AND (courier_id = 12))")
            << QStringList{QStringLiteral("courier_id"), QStringLiteral("created_at")} << QString() << QStringList();
        QTest::addRow("status only") << QStringLiteral("orders") << QStringLiteral("(status = 'new'::text)")
                                     << QStringList{QStringLiteral("status")} << QString() << QStringList();
        QTest::addRow("status and null") << QStringLiteral("orders")
                                         << QStringLiteral("((status = 'new'::text) AND (courier_id IS NULL))")
                                         << QStringList{QStringLiteral("status")} << QStringLiteral("courier_id IS NULL")
                                         << QStringList();
        QTest::addRow("in list") << QStringLiteral("orders")
                                 << QStringLiteral("((status = ANY ('{new,assigned}'::text[])) AND (zone = $1))")
                                 << QStringList{QStringLiteral("zone")}
                                 << QStringLiteral("status = ANY ('{new,assigned}'::text[])") << QStringList();
        QTest::addRow("boolean column") << QStringLiteral("c") << QStringLiteral("(active AND (region = 3))")
                                        << QStringList{QStringLiteral("region")} << QStringLiteral("active") << QStringList();
        QTest::addRow("or is ignored") << QStringLiteral("t") << QStringLiteral("(((a = 1) OR (b = 2)) AND (c < 5))")
                                       << QStringList{QStringLiteral("c")} << QString()
                                       << QStringList{QStringLiteral("(a = 1) OR (b = 2)")};
        QTest::addRow("expression is ignored") << QStringLiteral("t") << QStringLiteral("(lower(email) = 'x@y'::text)")
                                               << QStringList() << QString()
                                               << QStringList{QStringLiteral("lower(email) = 'x@y'::text")};
        QTest::addRow("quoted column") << QStringLiteral("t") << QStringLiteral("(\"Order Date\" >= '2024-01-01'::date)")
                                       << QStringList{QStringLiteral("Order Date")} << QString() << QStringList();
        QTest::addRow("constant on the left") << QStringLiteral("t") << QStringLiteral("(10 < amount)")
                                              << QStringList{QStringLiteral("amount")} << QString() << QStringList();
    }

    void indexCandidateFromFilter()
    {
        QFETCH(QString, alias);
        QFETCH(QString, filter);
        QFETCH(QStringList, columns);
        QFETCH(QString, predicate);
        QFETCH(QStringList, ignored);
        const IndexCandidate c = IndexCandidate::fromFilter(QString(), QStringLiteral("orders"), alias, filter);
        QCOMPARE(c.columns, columns);
        QCOMPARE(c.predicate, predicate);
        QCOMPARE(c.ignored, ignored);
        QCOMPARE(c.isValid(), !columns.isEmpty());
    }

    void createStatementQuotesIdentifiers()
    {
        IndexCandidate c;
        c.schema = QStringLiteral("Sales");
        c.table = QStringLiteral("order");
        c.columns = {QStringLiteral("Order Date"), QStringLiteral("zone")};
        QCOMPARE(c.createStatement(QStringLiteral("idx")),
                 QStringLiteral("CREATE INDEX CONCURRENTLY idx ON \"Sales\".\"order\" (\"Order Date\", zone)"));
        QCOMPARE(c.suggestedName(), QStringLiteral("order_order_date_zone_idx"));
    }
};

QTEST_GUILESS_MAIN(TestExplainFindings)
#include "tst_explainfindings.moc"
