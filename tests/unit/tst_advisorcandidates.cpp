// The workload advisor's pure parts: candidate indexes from plans (equality, then lists, then
// ranges; equality then the ORDER BY under a LIMIT; INCLUDE for index-only scans; partial
// predicates from constants; join columns), the drop rules, and the migration it writes.
#include "advisor/advicemigration.h"
#include "advisor/advisor.h"
#include "advisor/candidates.h"
#include "explain/planparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using advisor::Candidate;

namespace {

QJsonObject scan(const QString &filter, const QStringList &output = {},
                 const QString &relation = QStringLiteral("orders"),
                 const QString &alias = QStringLiteral("orders")) {
    QJsonObject n{{QStringLiteral("Node Type"), QStringLiteral("Seq Scan")},
                  {QStringLiteral("Relation Name"), relation},
                  {QStringLiteral("Schema"), QStringLiteral("public")},
                  {QStringLiteral("Alias"), alias},
                  {QStringLiteral("Total Cost"), 4000.0},
                  {QStringLiteral("Plan Rows"), 100}};
    if (!filter.isEmpty())
        n.insert(QStringLiteral("Filter"), filter);
    if (!output.isEmpty())
        n.insert(QStringLiteral("Output"), QJsonArray::fromStringList(output));
    return n;
}

QJsonObject node(const QString &type, const QJsonObject &child, const QJsonObject &extra = {}) {
    QJsonObject n = extra;
    n.insert(QStringLiteral("Node Type"), type);
    n.insert(QStringLiteral("Total Cost"), 4100.0);
    n.insert(QStringLiteral("Plans"), QJsonArray{child});
    return n;
}

QJsonObject limitSort(const QStringList &sortKey, const QJsonObject &child) {
    return node(QStringLiteral("Limit"),
                node(QStringLiteral("Sort"), child,
                     {{QStringLiteral("Sort Key"), QJsonArray::fromStringList(sortKey)}}));
}

explain::Plan plan(const QJsonObject &root) {
    const QByteArray json = QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("Plan"), root}}}).toJson();
    explain::ParseResult r = explain::parsePlan(json);
    if (!r.ok())
        qFatal("plan: %s", qPrintable(r.error));
    return r.plan;
}

QStringList definitions(const QList<Candidate> &cs) {
    QStringList out;
    for (const Candidate &c : cs)
        out << c.hypotheticalDefinition();
    return out;
}

advisor::ExistingIndex index(const QString &name, QList<int> keys, bool enforces = false, qint64 scans = 10,
                             const QString &pred = {}) {
    advisor::ExistingIndex i;
    i.schema = QStringLiteral("public");
    i.table = QStringLiteral("orders");
    i.name = name;
    i.method = QStringLiteral("btree");
    i.keys = keys;
    QStringList classes, options;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        classes << QStringLiteral("3124");
        options << QStringLiteral("0");
    }
    i.classes = classes.join(QLatin1Char(' '));
    i.options = options.join(QLatin1Char(' '));
    i.pred = pred;
    i.enforces = enforces;
    i.scans = scans;
    i.bytes = 8192;
    i.definition = QStringLiteral("CREATE INDEX %1 ON public.orders USING btree (x)").arg(name);
    return i;
}

} // namespace

class TestAdvisorCandidates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void equalityThenOrderingUnderLimit() {
        const auto cs = advisor::candidatesFromPlan(
            plan(limitSort({QStringLiteral("orders.created_at DESC")},
                           scan(QStringLiteral("(orders.status = $1)"),
                                {QStringLiteral("orders.id"), QStringLiteral("orders.created_at")}))),
            3);
        const QStringList defs = definitions(cs);
        QVERIFY2(defs.contains(QStringLiteral("CREATE INDEX ON \"public\".orders (status)")) ||
                     defs.contains(QStringLiteral("CREATE INDEX ON public.orders (status)")),
                 qPrintable(defs.join(QLatin1Char('\n'))));
        QVERIFY2(defs.contains(QStringLiteral("CREATE INDEX ON public.orders (status, created_at DESC)")),
                 qPrintable(defs.join(QLatin1Char('\n'))));
        // Covering: the other returned column goes to INCLUDE; the key's created_at does not.
        QVERIFY2(defs.contains(
                     QStringLiteral("CREATE INDEX ON public.orders (status, created_at DESC) INCLUDE (id)")),
                 qPrintable(defs.join(QLatin1Char('\n'))));
        for (const Candidate &c : cs)
            QCOMPARE(c.statements, QSet<int>{3});
    }

    void equalityBeforeRangeWhateverTheOrder() {
        const auto cs = advisor::candidatesFromPlan(
            plan(scan(QStringLiteral("((orders.created_at > $2) AND (orders.courier_id = $1))"))), 0);
        QCOMPARE(definitions(cs),
                 QStringList{QStringLiteral("CREATE INDEX ON public.orders (courier_id, created_at)")});
    }

    void listColumnsGoAfterTheOrdering() {
        const auto cs = advisor::candidatesFromPlan(
            plan(limitSort({QStringLiteral("orders.created_at DESC")},
                           scan(QStringLiteral(
                               "((orders.courier_id = $1) AND (orders.status = ANY (ARRAY[$2, $3, $4])))")))),
            0);
        const QStringList defs = definitions(cs);
        QVERIFY2(defs.contains(QStringLiteral("CREATE INDEX ON public.orders (courier_id, status)")),
                 qPrintable(defs.join(QLatin1Char('\n'))));
        QVERIFY2(defs.contains(
                     QStringLiteral("CREATE INDEX ON public.orders (courier_id, created_at DESC, status)")),
                 qPrintable(defs.join(QLatin1Char('\n'))));
    }

    void constantBecomesAPartialIndexKeyedOnTheOrdering() {
        // A literal text (auto_explain) keeps its constant: status = 'new' is the predicate.
        const auto cs = advisor::candidatesFromPlan(
            plan(limitSort({QStringLiteral("orders.created_at DESC")},
                           scan(QStringLiteral("(orders.status = 'new'::text)")))),
            0);
        QCOMPARE(definitions(cs),
                 QStringList{QStringLiteral(
                     "CREATE INDEX ON public.orders (created_at DESC) WHERE status = 'new'::text")});
        QCOMPARE(cs.front().suggestedName(), QStringLiteral("orders_created_at_part_idx"));
    }

    void isNullIsAPartialPredicate() {
        const auto cs = advisor::candidatesFromPlan(
            plan(scan(QStringLiteral("((orders.status = $1) AND (orders.courier_id IS NULL))"))), 0);
        QCOMPARE(definitions(cs), QStringList{QStringLiteral(
                                      "CREATE INDEX ON public.orders (status) WHERE courier_id IS NULL")});
    }

    void joinInputScannedWholeGetsItsJoinColumn() {
        const QJsonObject hashJoin{
            {QStringLiteral("Node Type"), QStringLiteral("Hash Join")},
            {QStringLiteral("Join Type"), QStringLiteral("Inner")},
            {QStringLiteral("Total Cost"), 9000.0},
            {QStringLiteral("Hash Cond"), QStringLiteral("(e.order_id = o.id)")},
            {QStringLiteral("Plans"),
             QJsonArray{scan({}, {}, QStringLiteral("order_events"), QStringLiteral("e")),
                        node(QStringLiteral("Hash"), scan(QStringLiteral("(o.status = $1)"), {},
                                                          QStringLiteral("orders"), QStringLiteral("o")))}}};
        const QStringList defs = definitions(advisor::candidatesFromPlan(plan(hashJoin), 0));
        QVERIFY2(defs.contains(QStringLiteral("CREATE INDEX ON public.order_events (order_id)")),
                 qPrintable(defs.join(QLatin1Char('\n'))));
        QVERIFY2(defs.contains(QStringLiteral("CREATE INDEX ON public.orders (status)")),
                 qPrintable(defs.join(QLatin1Char('\n'))));
    }

    void anIndexScanWithoutFilterNeedsNothing() {
        QJsonObject s = scan({});
        s.insert(QStringLiteral("Node Type"), QStringLiteral("Index Scan"));
        s.insert(QStringLiteral("Index Name"), QStringLiteral("orders_pkey"));
        s.insert(QStringLiteral("Index Cond"), QStringLiteral("(orders.id = $1)"));
        const explain::Plan p = plan(s);
        QVERIFY(advisor::candidatesFromPlan(p, 0).isEmpty());
        QCOMPARE(advisor::indexesUsedBy(p), QSet<QString>{QStringLiteral("orders_pkey")});
    }

    void coveringVariantsOfOneKeyAreUnited() {
        auto a = advisor::candidatesFromPlan(
            plan(limitSort({QStringLiteral("orders.created_at DESC")},
                           scan(QStringLiteral("(orders.status = $1)"),
                                {QStringLiteral("orders.id"), QStringLiteral("orders.store_id")}))),
            0);
        a += advisor::candidatesFromPlan(
            plan(limitSort({QStringLiteral("orders.created_at DESC")},
                           scan(QStringLiteral("(orders.status = $1)"),
                                {QStringLiteral("orders.id"), QStringLiteral("orders.courier_id")}))),
            1);
        const auto merged = advisor::mergeCandidates(a);
        bool united = false;
        for (const Candidate &c : merged) {
            if (c.keys == QStringList{QStringLiteral("status"), QStringLiteral("created_at DESC")} &&
                c.include == QStringList{QStringLiteral("id"), QStringLiteral("store_id"),
                                         QStringLiteral("courier_id")}) {
                united = true;
                QCOMPARE(c.statements, (QSet<int>{0, 1}));
            }
        }
        QVERIFY2(united, qPrintable(definitions(merged).join(QLatin1Char('\n'))));
        // The plain key is one candidate for both statements.
        int plain = 0;
        for (const Candidate &c : merged)
            plain += c.keys == QStringList{QStringLiteral("status")} && c.include.isEmpty() ? 1 : 0;
        QCOMPARE(plain, 1);
    }

    void dropRules() {
        const QList<advisor::ExistingIndex> idx{
            index(QStringLiteral("orders_pkey"), {1}, true, 500),
            index(QStringLiteral("orders_id_dup"), {1}, false, 0),  // duplicate of the primary key
            index(QStringLiteral("orders_status"), {3}, false, 40), // prefix of (status, created_at)
            index(QStringLiteral("orders_status_created"), {3, 7}, false, 90),
            index(QStringLiteral("orders_courier"), {5}, false, 0), // never scanned
            index(QStringLiteral("orders_store"), {6}, false, 0),   // never scanned, but planned
            index(QStringLiteral("orders_new"), {3}, false, 5,
                  QStringLiteral("(status = 'new'::text)")), // other predicate
        };
        QHash<QString, QList<advisor::Effect>> usedBy;
        usedBy[QStringLiteral("orders_store")] << advisor::Effect{42, QStringLiteral("SELECT"), 7, 10, 10};
        usedBy[QStringLiteral("orders_status")] << advisor::Effect{43, QStringLiteral("SELECT 2"), 9, 5, 5};
        const auto drops = advisor::findDrops(idx, QStringLiteral("2026-12-01"), usedBy);
        QHash<QString, QString> kind;
        for (const auto &d : drops)
            kind.insert(d.index, d.kind);
        QCOMPARE(kind.value(QStringLiteral("orders_id_dup")), QStringLiteral("duplicate"));
        QCOMPARE(kind.value(QStringLiteral("orders_status")), QStringLiteral("prefix"));
        QCOMPARE(kind.value(QStringLiteral("orders_courier")), QStringLiteral("unused"));
        QVERIFY(!kind.contains(QStringLiteral("orders_pkey")));           // enforces a constraint
        QVERIFY(!kind.contains(QStringLiteral("orders_status_created"))); // the longer one stays
        QVERIFY(!kind.contains(QStringLiteral("orders_store")));          // a plan uses it
        QVERIFY(!kind.contains(QStringLiteral("orders_new"))); // partial: not a prefix of a full one
        QCOMPARE(drops.size(), 3);
        for (const auto &d : drops) {
            if (d.index == QLatin1String("orders_status")) {
                QCOMPARE(d.statements.size(), 1); // the statement that would lose it
                QCOMPARE(d.statements.front().queryid, 43);
            }
        }
        QCOMPARE(drops.front().dropStatement().left(36),
                 QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS pu"));
    }

    void migrationFilesAreConcurrentAndNumberedNext() {
        advisor::CreateProposal p;
        p.candidate.schema = QStringLiteral("public");
        p.candidate.table = QStringLiteral("orders");
        p.candidate.keys = {QStringLiteral("status"), QStringLiteral("created_at DESC")};
        p.name = p.candidate.suggestedName();
        p.definition = p.candidate.createStatement(p.name);
        p.sizeBytes = 5 << 20;
        p.statements << advisor::Effect{7, QStringLiteral("SELECT …"), 900, 4738.8, 225.1};
        advisor::DropProposal d;
        d.schema = QStringLiteral("public");
        d.table = QStringLiteral("orders");
        d.index = QStringLiteral("orders_status");
        d.reason = QStringLiteral("Its columns are the leading columns of x.");
        d.definition = QStringLiteral("CREATE INDEX orders_status ON public.orders USING btree (status)");

        const QString up = advisor::migrationUp({p}, {d}, QStringLiteral("shop"));
        QVERIFY(up.contains(QStringLiteral("-- transaction: no")));
        QVERIFY(up.contains(
            QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_created_at_idx\n"
                           "ON public.orders (status, created_at DESC);")));
        QVERIFY(up.contains(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS public.orders_status;")));
        const QString down = advisor::migrationDown({p}, {d});
        QVERIFY(down.contains(
            QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS public.orders_status_created_at_idx;")));
        QVERIFY(down.contains(QStringLiteral(
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status ON public.orders USING btree (status);")));

        QTemporaryDir dir;
        const auto first = advisor::writeMigration(dir.path(), {p}, {}, QStringLiteral("shop"), 3);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.version, QStringLiteral("004"));
        QVERIFY(QFile::exists(first.upPath) && QFile::exists(first.downPath));
        QFile f(dir.filePath(QStringLiteral("007_by_hand.up.sql")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-- description: x\nSELECT 1;\n");
        f.close();
        const auto second = advisor::writeMigration(dir.path(), {p}, {}, QStringLiteral("shop"), 3);
        QCOMPARE(second.version, QStringLiteral("008"));
        QVERIFY(!advisor::writeMigration(dir.path(), {}, {}, QStringLiteral("shop")).ok()); // nothing chosen
    }
};

QTEST_GUILESS_MAIN(TestAdvisorCandidates)
#include "tst_advisorcandidates.moc"
