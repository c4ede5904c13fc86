// The health checks' judging without a server: redundant-index detection, the ticket's
// thresholds at their edges, fix SQL, thresholds in QSettings, the tree model and JSON.
#include "monitor/healthindexchecks.h"
#include "monitor/healthjson.h"
#include "monitor/healthmodel.h"
#include "monitor/healthsessionchecks.h"
#include "monitor/healthtablechecks.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace monitor;

namespace {
HealthIndex index(qint64 oid, const QString &name, QList<qint64> keys, int keyCount = -1,
                  bool unique = false) {
    HealthIndex i;
    i.oid = oid;
    i.schema = QStringLiteral("public");
    i.table = QStringLiteral("orders");
    i.name = name;
    i.method = QStringLiteral("btree");
    i.keys = keys;
    i.keyCount = keyCount < 0 ? int(keys.size()) : keyCount;
    for (int k = 0; k < keys.size(); ++k) {
        i.classes << 3124;
        i.collations << 0;
        i.options << 0;
    }
    i.unique = unique;
    i.sizeBytes = 8192;
    i.definition = QStringLiteral("CREATE INDEX %1 ON public.orders").arg(name);
    return i;
}

HealthTable table(const QString &name, qint64 rows, qint64 seq, qint64 idx) {
    HealthTable t;
    t.schema = QStringLiteral("public");
    t.name = name;
    t.liveRows = rows;
    t.seqScans = seq;
    t.indexScans = idx;
    t.hasIndexes = true;
    return t;
}

HealthSession session(int pid, const QString &state, double xact, double query, double stateAge) {
    HealthSession s;
    s.pid = pid;
    s.user = QStringLiteral("app");
    s.database = QStringLiteral("shop");
    s.client = QStringLiteral("10.0.0.5");
    s.state = state;
    s.query = QStringLiteral("UPDATE orders SET status = 'assigned' WHERE id = $1");
    s.xactAgeS = xact;
    s.queryAgeS = query;
    s.stateAgeS = stateAge;
    return s;
}
} // namespace

class TestTuningHealth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redundantIndexes() {
        const HealthIndex a = index(10, QStringLiteral("orders_status_idx"), {3});
        const HealthIndex b = index(11, QStringLiteral("orders_status_created_idx"), {3, 5});
        const HealthIndex c = index(12, QStringLiteral("orders_status_idx2"), {3});
        auto found = findRedundantIndexes({a, b, c});
        QCOMPARE(found.size(), 2);
        // a is a prefix of b; c is identical to a (the newer one goes). b stays.
        auto byName = [&](const QString &n) {
            for (const auto &r : found)
                if (r.redundant.name == n)
                    return r;
            return IndexRedundancy{};
        };
        QCOMPARE(byName(QStringLiteral("orders_status_idx")).covering.name,
                 QStringLiteral("orders_status_created_idx"));
        QVERIFY(!byName(QStringLiteral("orders_status_idx")).identical);
        QCOMPARE(byName(QStringLiteral("orders_status_idx2")).covering.name,
                 QStringLiteral("orders_status_idx"));
        QVERIFY(byName(QStringLiteral("orders_status_idx2")).identical);

        // Not a prefix: different first column, different order, different operator class.
        QVERIFY(findRedundantIndexes({index(1, QStringLiteral("x"), {5}), b}).isEmpty());
        QVERIFY(findRedundantIndexes({index(1, QStringLiteral("x"), {5, 3}), b}).isEmpty());
        HealthIndex otherClass = index(1, QStringLiteral("x"), {3});
        otherClass.classes = {10043}; // text_pattern_ops
        QVERIFY(findRedundantIndexes({otherClass, b}).isEmpty());
        HealthIndex desc = index(1, QStringLiteral("x"), {3});
        desc.options = {3}; // DESC NULLS FIRST
        QVERIFY(findRedundantIndexes({desc, b}).isEmpty());
        // Predicates and expressions must match.
        HealthIndex partial = index(1, QStringLiteral("x"), {3});
        partial.predicate = QStringLiteral("(status = 'new'::text)");
        QVERIFY(findRedundantIndexes({partial, b}).isEmpty());
        HealthIndex partial2 = index(2, QStringLiteral("y"), {3, 5});
        partial2.predicate = partial.predicate;
        QCOMPARE(findRedundantIndexes({partial, partial2}).size(), 1);
        // Only B-trees serve a prefix; a hash index is only redundant when identical.
        HealthIndex hash = index(1, QStringLiteral("h"), {3});
        hash.method = QStringLiteral("hash");
        HealthIndex hash2 = hash;
        hash2.oid = 2;
        hash2.name = QStringLiteral("h2");
        QCOMPARE(findRedundantIndexes({hash, hash2}).size(), 1);
        HealthIndex brin = index(1, QStringLiteral("brin"), {3});
        brin.method = QStringLiteral("brin");
        QVERIFY(findRedundantIndexes({brin, b}).isEmpty());
        // A unique index on fewer columns enforces something: not redundant.
        QVERIFY(findRedundantIndexes({index(1, QStringLiteral("u"), {3}, -1, true), b}).isEmpty());
        // A plain index identical to a unique one goes; the unique one stays.
        const auto uniq = findRedundantIndexes(
            {index(1, QStringLiteral("u"), {3}, -1, true), index(2, QStringLiteral("p"), {3})});
        QCOMPARE(uniq.size(), 1);
        QCOMPARE(uniq.first().redundant.name, QStringLiteral("p"));
        // Identical to a primary key: the primary key stays even though it is older/newer.
        HealthIndex pk = index(20, QStringLiteral("orders_pkey"), {1}, -1, true);
        pk.primary = true;
        pk.backsConstraint = true;
        HealthIndex dup = index(5, QStringLiteral("orders_id_uniq"), {1}, -1, true);
        const auto pkDup = findRedundantIndexes({pk, dup});
        QCOMPARE(pkDup.size(), 1);
        QCOMPARE(pkDup.first().redundant.name, QStringLiteral("orders_id_uniq"));
        // INCLUDE columns: (3) INCLUDE (7) is covered by (3, 7), not by (3, 5).
        const HealthIndex inc = index(30, QStringLiteral("inc"), {3, 7}, 1);
        QCOMPARE(findRedundantIndexes({inc, index(31, QStringLiteral("k"), {3, 7})}).size(), 1);
        QVERIFY(findRedundantIndexes({inc, b}).isEmpty());
        // Invalid indexes are the invalid check's business.
        HealthIndex invalid = c;
        invalid.valid = false;
        QVERIFY(findRedundantIndexes({a, invalid}).isEmpty());

        const HealthCheck check = checkDuplicateIndexes({a, b, c});
        QCOMPARE(check.status, HealthStatus::Warning);
        QCOMPARE(check.findings.size(), 2);
        QCOMPARE(check.findings.at(0).object, QStringLiteral("public.orders_status_idx"));
        QCOMPARE(check.findings.at(0).fixSql,
                 QStringLiteral("DROP INDEX CONCURRENTLY public.orders_status_idx;"));
        QVERIFY(check.findings.at(0).evidence.contains(
            QStringLiteral("leading prefix of public.orders_status_created_idx")));
    }

    void unusedAndInvalid() {
        HealthIndex unused = index(1, QStringLiteral("Unused Idx"), {4});
        HealthIndex used = index(2, QStringLiteral("used"), {5});
        used.scans = 12;
        HealthIndex uniq = index(3, QStringLiteral("uniq"), {6}, -1, true);
        HealthIndex broken = index(4, QStringLiteral("broken"), {7});
        broken.valid = false;
        HealthIndex building = index(5, QStringLiteral("building"), {8});
        building.valid = false;
        building.beingBuilt = true;
        const HealthThresholds t;
        const HealthCheck u = checkUnusedIndexes({unused, used, uniq, broken, building}, {}, t);
        QCOMPARE(u.findings.size(), 1);
        QCOMPARE(u.findings.first().object, QStringLiteral("public.\"Unused Idx\""));
        QCOMPARE(u.findings.first().fixSql, QStringLiteral("DROP INDEX CONCURRENTLY public.\"Unused Idx\";"));
        QVERIFY(u.findings.first().evidence.contains(QStringLiteral("since statistics began")));
        HealthThresholds big;
        big.unusedIndexMinMb = 1;
        QVERIFY(checkUnusedIndexes({unused}, {}, big).findings.isEmpty());
        const HealthCheck inv = checkInvalidIndexes({unused, broken, building});
        QCOMPARE(inv.findings.size(), 1);
        QCOMPARE(inv.findings.first().object, QStringLiteral("public.broken"));
        QVERIFY(inv.findings.first().fixSql.contains(
            QStringLiteral("REINDEX INDEX CONCURRENTLY public.broken;")));
        QCOMPARE(checkInvalidIndexes({unused}).status, HealthStatus::Ok);
    }

    void seqScanShare_data() {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<qint64>("idx");
        QTest::addColumn<int>("status"); // -1: not judged
        QTest::addRow("ticket: 11 pct alerts")
            << qint64(20000) << qint64(11) << qint64(89) << int(HealthStatus::Warning);
        QTest::addRow("exactly 10 pct is fine")
            << qint64(20000) << qint64(10) << qint64(90) << int(HealthStatus::Ok);
        QTest::addRow("mostly sequential")
            << qint64(20000) << qint64(60) << qint64(40) << int(HealthStatus::Critical);
        QTest::addRow("small table ignored") << qint64(10000) << qint64(100) << qint64(0) << -1;
        QTest::addRow("too few scans") << qint64(50000) << qint64(5) << qint64(0) << -1;
    }

    void seqScanShare() {
        QFETCH(qint64, rows);
        QFETCH(qint64, seq);
        QFETCH(qint64, idx);
        QFETCH(int, status);
        const HealthCheck c =
            checkSeqScans({table(QStringLiteral("orders"), rows, seq, idx)}, HealthThresholds{});
        if (status < 0) {
            QVERIFY(c.findings.isEmpty());
            QCOMPARE(c.status, HealthStatus::Ok);
            return;
        }
        QCOMPARE(c.findings.size(), 1);
        QCOMPARE(int(c.findings.first().status), status);
        QCOMPARE(int(c.status), status);
        QCOMPARE(c.findings.first().values.value(QStringLiteral("index_usage_pct")).toDouble(),
                 100.0 * double(idx) / double(seq + idx));
    }

    void cacheAndConnections() {
        const HealthThresholds t;
        HealthCache cache{QStringLiteral("shop"), 985, 15, {}};
        QCOMPARE(checkCacheHit(cache, t).status, HealthStatus::Warning); // 98.5% < 99%
        cache = {QStringLiteral("shop"), 9950, 50, {}};
        QCOMPARE(checkCacheHit(cache, t).status, HealthStatus::Ok); // 99.5%
        cache = {QStringLiteral("shop"), 900, 100, {}};
        QCOMPARE(checkCacheHit(cache, t).status, HealthStatus::Critical); // 90% < 95%
        cache = {QStringLiteral("shop"), 10, 90, {}};
        QCOMPARE(checkCacheHit(cache, t).status, HealthStatus::Ok); // 100 blocks: too few to judge
        QVERIFY(checkCacheHit(cache, t).summary.contains(QStringLiteral("too few")));

        HealthConnections c;
        c.maxConnections = 103;
        c.reserved = 3;
        c.connections = 79;
        QCOMPARE(checkConnections(c, t).status, HealthStatus::Ok);
        c.connections = 80;
        QCOMPARE(checkConnections(c, t).status, HealthStatus::Warning);
        c.connections = 96;
        const HealthCheck crit = checkConnections(c, t);
        QCOMPARE(crit.status, HealthStatus::Critical);
        QVERIFY(crit.findings.first().evidence.startsWith(QStringLiteral("96 of 100 usable connections")));
    }

    void sessions() {
        HealthThresholds t;
        const QList<HealthSession> s = {session(1, QStringLiteral("idle in transaction"), 700, 700, 650),
                                        session(2, QStringLiteral("active"), 400, 400, 400),
                                        session(3, QStringLiteral("idle"), 0, 5000, 5000),
                                        session(4, QStringLiteral("active"), 30, 30, 30)};
        const HealthCheck idle = checkIdleInTransaction(s, t);
        QCOMPARE(idle.findings.size(), 1);
        QCOMPARE(idle.status, HealthStatus::Critical); // 650 s >= 600 s
        QCOMPARE(idle.findings.first().fixSql, QStringLiteral("SELECT pg_terminate_backend(1);"));
        QCOMPARE(idle.findings.first().object, QStringLiteral("pid 1"));
        const HealthCheck longQ = checkLongQueries(s, t);
        QCOMPARE(longQ.findings.size(), 1);
        QCOMPARE(longQ.findings.first().values.value(QStringLiteral("pid")).toInt(), 2);
        QCOMPARE(longQ.status, HealthStatus::Critical); // 400 s >= 300 s
        QCOMPARE(longQ.findings.first().fixSql, QStringLiteral("SELECT pg_cancel_backend(2);"));
        const HealthCheck longTx = checkLongTransactions(s, t);
        QCOMPARE(longTx.findings.size(), 2);
        QCOMPARE(longTx.status, HealthStatus::Warning); // 700 s and 400 s: over 300, under 1800
        t.idleTxWarnS = 1000;
        t.idleTxCritS = 2000;
        QVERIFY(checkIdleInTransaction(s, t).findings.isEmpty());
    }

    void tablesAndSequences() {
        const HealthThresholds t;
        HealthTable bloated = table(QStringLiteral("events"), 3000, 0, 0);
        bloated.deadRows = 2000; // 40%
        HealthTable fine = table(QStringLiteral("couriers"), 100000, 0, 0);
        fine.deadRows = 5000; // 4.8%
        const HealthCheck v = checkVacuum({bloated, fine}, t);
        QCOMPARE(v.findings.size(), 1);
        QCOMPARE(v.findings.first().fixSql, QStringLiteral("VACUUM (ANALYZE) public.events;"));
        QCOMPARE(v.status, HealthStatus::Warning);
        bloated.deadRows = 6000; // 66%
        QCOMPARE(checkVacuum({bloated}, t).status, HealthStatus::Critical);

        HealthTable stale = table(QStringLiteral("orders"), 10000, 0, 0);
        stale.modifiedSinceAnalyze = 5000;
        stale.lastAutoanalyze = QDateTime::currentDateTimeUtc().addDays(-2);
        QCOMPARE(checkAnalyze({stale}, t).findings.first().fixSql, QStringLiteral("ANALYZE public.orders;"));
        stale.modifiedSinceAnalyze = 1500; // 15%
        QVERIFY(checkAnalyze({stale}, t).findings.isEmpty());

        const QList<HealthDatabaseAge> ages = {{QStringLiteral("shop"), 600000000, 10, 200000000},
                                               {QStringLiteral("postgres"), 2000, 10, 200000000}};
        const HealthCheck w = checkWraparound(ages, t);
        QCOMPARE(w.findings.size(), 1);
        QCOMPARE(w.status, HealthStatus::Warning);
        QVERIFY(w.findings.first().fixSql.contains(QStringLiteral("VACUUM (FREEZE, ANALYZE);")));
        QCOMPARE(checkWraparound({{QStringLiteral("shop"), 1600000000, 10, 200000000}}, t).status,
                 HealthStatus::Critical);

        HealthSequence limited{QStringLiteral("public"),
                               QStringLiteral("ticket_seq"),
                               QStringLiteral("bigint"),
                               80,
                               1,
                               100,
                               1,
                               79.0 / 99.0,
                               {},
                               {}};
        const HealthCheck s1 = checkSequences({limited}, t);
        QCOMPARE(s1.status, HealthStatus::Warning);
        QCOMPARE(s1.findings.first().fixSql, QStringLiteral("ALTER SEQUENCE public.ticket_seq NO MAXVALUE;"));
        HealthSequence intSeq{QStringLiteral("public"),
                              QStringLiteral("orders_id_seq"),
                              QStringLiteral("integer"),
                              2100000000,
                              1,
                              2147483647,
                              1,
                              0.978,
                              QStringLiteral("orders"),
                              QStringLiteral("id")};
        const HealthCheck s2 = checkSequences({intSeq}, t);
        QCOMPARE(s2.status, HealthStatus::Critical);
        QVERIFY(s2.findings.first().fixSql.contains(
            QStringLiteral("ALTER SEQUENCE public.orders_id_seq AS bigint;")));
        QVERIFY(s2.findings.first().fixSql.contains(
            QStringLiteral("ALTER TABLE orders ALTER COLUMN id TYPE bigint;")));
    }

    void thresholdsPersist() {
        QTemporaryDir dir;
        QSettings s(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        HealthThresholds t = HealthThresholds::load(s);
        QCOMPARE(t, HealthThresholds{});
        QCOMPARE(t.seqScanWarnPct, 10.0);    // the ticket
        QCOMPARE(t.seqScanMinRows, 10000.0); // the ticket
        QCOMPARE(t.cacheHitWarnPct, 99.0);   // the ticket
        QString error;
        QVERIFY(t.set(QStringLiteral("seq_scan_warn_pct"), 5, &error));
        QVERIFY(!t.set(QStringLiteral("seq_scan_warn_pct"), 500, &error));
        QVERIFY(error.contains(QStringLiteral("between")));
        QVERIFY(!t.set(QStringLiteral("no_such"), 1, &error));
        QVERIFY(error.contains(QStringLiteral("unknown threshold")));
        t.save(s);
        s.sync();
        QCOMPARE(s.value(QStringLiteral("health/seq_scan_warn_pct")).toDouble(), 5.0);
        QVERIFY(!s.contains(QStringLiteral("health/cache_hit_warn_pct"))); // defaults are not written
        QCOMPARE(HealthThresholds::load(s).seqScanWarnPct, 5.0);
        s.setValue(QStringLiteral("health/cache_hit_warn_pct"), QStringLiteral("garbage"));
        QCOMPARE(HealthThresholds::load(s).cacheHitWarnPct, 99.0);
        QCOMPARE(thresholdFields().size(), 25);
    }

    void modelAndJson() {
        HealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HealthReport r;
        r.database = QStringLiteral("shop");
        r.checkedAt = QDateTime::currentDateTimeUtc();
        r.checks << checkDuplicateIndexes(
            {index(10, QStringLiteral("a"), {3}), index(11, QStringLiteral("b"), {3, 5})});
        r.checks << checkIdleInTransaction({session(1, QStringLiteral("idle in transaction"), 700, 700, 650)},
                                           HealthThresholds{});
        r.checks << checkInvalidIndexes({});
        model.setReport(r);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Duplicate and redundant indexes"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("Critical"));
        const QModelIndex finding = model.index(0, 0, model.index(0, 0));
        QCOMPARE(finding.data().toString(), QStringLiteral("public.a"));
        QCOMPARE(finding.data(HealthModel::FixSqlRole).toString(),
                 QStringLiteral("DROP INDEX CONCURRENTLY public.a;"));
        QCOMPARE(model.checkIndex(QStringLiteral("invalid_indexes")).row(), 2);
        // Same shape: updated in place; other shape: reset.
        model.setReport(r);
        r.checks[0] = checkDuplicateIndexes({});
        model.setReport(r);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(r.overall(), HealthStatus::Critical);
        QCOMPARE(r.count(HealthStatus::Ok), 2);

        const QJsonObject json = healthReportToJson(r);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("critical"));
        QCOMPARE(json.value(QStringLiteral("database")).toString(), QStringLiteral("shop"));
        QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("critical")).toInt(),
                 1);
        const QJsonObject idle = json.value(QStringLiteral("checks")).toArray().at(1).toObject();
        QCOMPARE(idle.value(QStringLiteral("id")).toString(), QStringLiteral("idle_in_transaction"));
        const QJsonObject f = idle.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(f.value(QStringLiteral("status")).toString(), QStringLiteral("critical"));
        QCOMPARE(f.value(QStringLiteral("fix_sql")).toString(),
                 QStringLiteral("SELECT pg_terminate_backend(1);"));
        QCOMPARE(f.value(QStringLiteral("values")).toObject().value(QStringLiteral("pid")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTuningHealth)
#include "tst_tuninghealth.moc"
