// Benchmark statistics without a server: nearest-rank percentiles on known samples, the
// log histogram, the mixed scenario's shares, run JSON round trips, the claim check's
// verdict, and the results/comparison models under QAbstractItemModelTester.
#include "bench/claimcheck.h"
#include "bench/comparisonmodel.h"
#include "bench/format.h"
#include "bench/histogram.h"
#include "bench/latencysummary.h"
#include "bench/resultsmodel.h"
#include "bench/runresult.h"
#include "bench/samplerecorder.h"
#include "bench/scenario.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace {
std::vector<double> range(int from, int to) {
    std::vector<double> v;
    for (int i = from; i <= to; ++i)
        v.push_back(i);
    return v;
}

bench::LatencySummary summary(const QString &name, double p50, double p95, double p99, double throughput) {
    bench::LatencySummary s;
    s.name = name;
    s.count = 100;
    s.p50 = p50;
    s.p95 = p95;
    s.p99 = p99;
    s.max = p99 * 2;
    s.throughput = throughput;
    return s;
}
} // namespace

class TestBenchStats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void percentileNearestRank_data() {
        QTest::addColumn<QList<double>>("samples");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        QList<double> hundred;
        for (int i = 1; i <= 100; ++i)
            hundred << i;
        QTest::addRow("1..100 p50") << hundred << 50.0 << 50.0;
        QTest::addRow("1..100 p95") << hundred << 95.0 << 95.0;
        QTest::addRow("1..100 p99") << hundred << 99.0 << 99.0;
        QTest::addRow("1..100 p100") << hundred << 100.0 << 100.0;
        QTest::addRow("1..10 p50") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 50.0 << 5.0;
        QTest::addRow("1..10 p95") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 95.0 << 10.0;
        QTest::addRow("1..10 p91") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 91.0 << 10.0;
        QTest::addRow("1..10 p90") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 90.0 << 9.0;
        QTest::addRow("single") << QList<double>{7.5} << 99.0 << 7.5;
        QTest::addRow("p0 is the minimum") << QList<double>{3, 4, 5} << 0.0 << 3.0;
        QTest::addRow("empty") << QList<double>{} << 95.0 << 0.0;
    }
    void percentileNearestRank() {
        QFETCH(QList<double>, samples);
        QFETCH(double, p);
        QFETCH(double, expected);
        std::vector<double> v(samples.begin(), samples.end());
        std::sort(v.begin(), v.end());
        QCOMPARE(bench::LatencySummary::percentile(v, p), expected);
    }

    void computeSortsAndSummarises() {
        std::vector<double> v = range(1, 1000);
        std::shuffle(v.begin(), v.end(), std::mt19937(42));
        const auto s = bench::LatencySummary::compute(QStringLiteral("claim"), v, 3, 10.0);
        QCOMPARE(s.name, QStringLiteral("claim"));
        QCOMPARE(s.count, qint64(1000));
        QCOMPARE(s.errors, qint64(3));
        QCOMPARE(s.throughput, 100.0);
        QCOMPARE(s.min, 1.0);
        QCOMPARE(s.max, 1000.0);
        QCOMPARE(s.mean, 500.5);
        QCOMPARE(s.p50, 500.0);
        QCOMPARE(s.p95, 950.0);
        QCOMPARE(s.p99, 990.0);
        QCOMPARE(s.histogram.total(), qint64(1000));
        // A tail: 990 fast samples and 10 slow ones; p99 is still fast, max is not.
        std::vector<double> tail(990, 2.0);
        tail.insert(tail.end(), 10, 500.0);
        const auto t = bench::LatencySummary::compute(QStringLiteral("x"), tail, 0, 1.0);
        QCOMPARE(t.p50, 2.0);
        QCOMPARE(t.p99, 2.0);
        QCOMPARE(t.max, 500.0);
        const auto none = bench::LatencySummary::compute(QStringLiteral("x"), {}, 5, 1.0);
        QCOMPARE(none.count, qint64(0));
        QCOMPARE(none.p95, 0.0);
        QCOMPARE(none.errors, qint64(5));
    }

    void histogramBuckets() {
        using H = bench::Histogram;
        QCOMPARE(H::bucketFor(0.0), 0);
        QCOMPARE(H::bucketFor(-1.0), 0);
        QCOMPARE(H::bucketFor(std::nan("")), 0);
        QCOMPARE(H::bucketFor(0.01), 0);
        QCOMPARE(H::bucketFor(0.02), 4); // one doubling = four buckets
        QCOMPARE(H::bucketFor(0.0199), 3);
        QCOMPARE(H::bucketFor(1e9), H::Buckets - 1);
        for (double ms : {0.05, 0.3, 1.0, 4.2, 17.0, 250.0, 3000.0}) {
            const int b = H::bucketFor(ms);
            QVERIFY2(H::lowerEdge(b) <= ms && ms < H::upperEdge(b), qPrintable(QString::number(ms)));
        }
        QCOMPARE(H::lowerEdge(0), 0.0);
        QVERIFY(qFuzzyCompare(H::upperEdge(3), H::lowerEdge(4)));

        H h;
        QVERIFY(h.isEmpty());
        QCOMPARE(h.firstNonEmpty(), -1);
        for (double ms : {0.5, 0.5, 1.0, 100.0})
            h.add(ms);
        QCOMPARE(h.total(), qint64(4));
        QCOMPARE(h.count(H::bucketFor(0.5)), qint64(2));
        QCOMPARE(h.firstNonEmpty(), H::bucketFor(0.5));
        QCOMPARE(h.lastNonEmpty(), H::bucketFor(100.0));
        H other;
        other.add(100.0);
        h.merge(other);
        QCOMPARE(h.count(H::bucketFor(100.0)), qint64(2));
        const H back = H::fromJson(QJsonDocument::fromJson(QJsonDocument(h.toJson()).toJson()).array());
        for (int b = 0; b < H::Buckets; ++b)
            QCOMPARE(back.count(b), h.count(b));
        QCOMPARE(h.toJson().size(), qsizetype(3)); // sparse: three non-empty buckets
    }

    void scenarios() {
        for (bench::Scenario s : bench::allScenarios()) {
            QCOMPARE(bench::parseScenario(bench::scenarioName(s)), s);
            QVERIFY(!bench::scenarioTitle(s).isEmpty());
            QVERIFY(!bench::scenarioDescription(s).isEmpty());
        }
        QCOMPARE(bench::parseScenario(QStringLiteral(" Claim-Unsafe ")), bench::Scenario::ClaimUnsafe);
        QVERIFY(!bench::parseScenario(QStringLiteral("claims")));
        QVERIFY(bench::scenarioClaims(bench::Scenario::Claim));
        QVERIFY(bench::scenarioClaims(bench::Scenario::Mixed));
        QVERIFY(!bench::scenarioClaims(bench::Scenario::CreateOrder));
        QVERIFY(bench::scenarioWrites(bench::Scenario::CreateOrder));
        QVERIFY(!bench::scenarioWrites(bench::Scenario::ListNew));
        QCOMPARE(bench::pickOp(bench::Scenario::GetOrder, 0.99), bench::Op::GetOrder);
    }

    void mixedSharesFollowTheTable() {
        int total = 0;
        for (const auto &s : bench::mixedShares())
            total += s.percent;
        QCOMPARE(total, 100);
        QHash<bench::Op, int> seen;
        const int n = 100000;
        for (int i = 0; i < n; ++i)
            ++seen[bench::pickOp(bench::Scenario::Mixed, (i + 0.5) / n)];
        for (const auto &s : bench::mixedShares())
            QCOMPARE(seen.value(s.op), s.percent * n / 100);
        QCOMPARE(bench::pickOp(bench::Scenario::Mixed, 0.0), bench::Op::ListNew);
        QCOMPARE(bench::pickOp(bench::Scenario::Mixed, 0.999999), bench::Op::ListStatus);
    }

    void recorderIntervals() {
        bench::SampleRecorder r;
        for (int i = 1; i <= 20; ++i)
            r.record(QStringLiteral("list_new"), i);
        r.record(QStringLiteral("claim"), 100);
        r.recordError(QStringLiteral("claim"), pg::Error::client(QStringLiteral("boom")));
        r.recordError(QStringLiteral("claim"), pg::Error::client(QStringLiteral("boom")));
        const auto [count, p95] = r.takeInterval();
        QCOMPARE(count, qint64(21));
        QCOMPARE(p95, 20.0); // nearest rank 20 of 21 sorted samples
        QCOMPARE(r.takeInterval().first, qint64(0));
        QCOMPARE(r.totalOps(), qint64(21));
        QCOMPARE(r.names(), (QStringList{QStringLiteral("list_new"), QStringLiteral("claim")}));
        QCOMPARE(r.series().value(QStringLiteral("claim")).errors, qint64(2));
        QCOMPARE(r.errorMessages().size(), 1); // the same message once
    }

    void runJsonRoundTrip() {
        bench::RunResult r;
        r.config.scenario = bench::Scenario::Claim;
        r.config.couriers = 32;
        r.config.durationS = 30;
        r.config.label = QStringLiteral("before 002");
        r.startedAt = QDateTime(QDate(2024, 6, 1), QTime(12, 0, 5, 250), Qt::UTC);
        r.id = bench::RunResult::makeId(r.startedAt, r.config);
        r.elapsedS = 30.2;
        r.server = QStringLiteral("localhost:5432");
        r.database = QStringLiteral("delivery");
        r.indexes = {QStringLiteral("orders_pkey"), QStringLiteral("order_events_pkey")};
        r.queries << bench::LatencySummary::compute(QStringLiteral("claim"), range(1, 100), 1, 30.2);
        r.poolWait = bench::LatencySummary::compute(QStringLiteral("pool_wait"), range(0, 9), 0, 30.2);
        r.claims.claimed = 500;
        r.claims.notAvailable = 70;
        r.claims.skippedLocked = 40;
        r.claims.alreadyTaken = 30;
        r.check.performed = true;
        r.check.ok = true;
        r.check.reported = 500;
        r.timeline << bench::LivePoint{1.0, 120.0, 4.5, 120, 50, 20, 12};
        const bench::RunResult back =
            bench::RunResult::fromJson(QJsonDocument::fromJson(QJsonDocument(r.toJson()).toJson()).object());
        QCOMPARE(back.id, QStringLiteral("20240601-120005250-claim-32"));
        QCOMPARE(back.config.scenario, bench::Scenario::Claim);
        QCOMPARE(back.config.label, r.config.label);
        QCOMPARE(back.startedAt, r.startedAt);
        QCOMPARE(back.indexes, r.indexes);
        QCOMPARE(back.queries.size(), 1);
        QCOMPARE(back.latency(QStringLiteral("claim"))->p95, 95.0);
        QCOMPARE(back.latency(QStringLiteral("claim"))->histogram.total(), qint64(100));
        QCOMPARE(back.poolWait.count, qint64(10));
        QCOMPARE(back.claims.skippedLocked, qint64(40));
        QCOMPARE(back.check.reported, qint64(500));
        QVERIFY(back.check.ok);
        QCOMPARE(back.timeline.size(), 1);
        QCOMPARE(back.timeline[0].poolWaiting, 12);
        QVERIFY(back.displayName().contains(QStringLiteral("before 002")));
    }

    void claimCheckVerdict() {
        bench::CheckResult r;
        r.performed = true;
        r.reported = r.reportedOrders = r.storedEvents = 500;
        QVERIFY(bench::ClaimCheck::judge(r));
        auto bad = r;
        bad.doubleClaims = 1;
        QVERIFY(!bench::ClaimCheck::judge(bad));
        bad = r;
        bad.reportedOrders = 499; // one order reported twice
        QVERIFY(!bench::ClaimCheck::judge(bad));
        bad = r;
        bad.deadlocks = 1;
        QVERIFY(!bench::ClaimCheck::judge(bad));
        bad = r;
        bad.notInEvents = 2;
        QVERIFY(!bench::ClaimCheck::judge(bad));
        bad = r;
        bad.storedEvents = 501;
        bad.unreportedEvents = 1;
        QVERIFY(!bench::ClaimCheck::judge(bad));
        bad = r;
        bad.error = QStringLiteral("connection lost");
        QVERIFY(!bench::ClaimCheck::judge(bad));
        bad.performed = false;
        QVERIFY(!bench::ClaimCheck::judge(bad));
        bad = r;
        bad.doubleClaims = 3;
        bad.ok = false;
        QVERIFY(bad.summary().contains(QStringLiteral("FAILED")));
        r.ok = true;
        QVERIFY(r.summary().startsWith(QStringLiteral("Correct")));
        const QList<bench::ReportedClaim> claims{{10, 1}, {11, 2}, {12, 1}};
        QCOMPARE(bench::ClaimCheck::orderIdArray(claims), QStringLiteral("{10,11,12}"));
        QCOMPARE(bench::ClaimCheck::courierIdArray(claims), QStringLiteral("{1,2,1}"));
        QCOMPARE(bench::ClaimCheck::orderIdArray({}), QStringLiteral("{}"));
    }

    void resultsModel() {
        bench::ResultsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        bench::RunResult r;
        r.queries << summary(QStringLiteral("list_new"), 80, 120, 150, 40)
                  << summary(QStringLiteral("claim"), 2, 9, 12, 30);
        r.poolWait = summary(QStringLiteral("pool_wait"), 0.1, 3, 5, 0);
        m.setRun(r);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.columnCount(), int(bench::ResultsModel::ColumnCount));
        QCOMPARE(m.index(0, bench::ResultsModel::Query).data().toString(), QStringLiteral("List new orders"));
        QCOMPARE(m.index(1, bench::ResultsModel::P95).data().toString(), QStringLiteral("9.00 ms"));
        QCOMPARE(m.index(0, bench::ResultsModel::P95).data(bench::ResultsModel::SortRole).toDouble(), 120.0);
        QCOMPARE(m.index(2, bench::ResultsModel::Query).data(bench::ResultsModel::NameRole).toString(),
                 QStringLiteral("pool_wait"));
        QVERIFY(m.index(2, bench::ResultsModel::Throughput).data().toString().isEmpty());
        QCOMPARE(m.headerData(bench::ResultsModel::P99, Qt::Horizontal).toString(), QStringLiteral("p99"));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void comparisonModelRatios() {
        bench::ComparisonModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bench::RunResult before, after;
        before.queries << summary(QStringLiteral("list_new"), 100, 200, 300, 10)
                       << summary(QStringLiteral("claim"), 20, 50, 80, 30);
        after.queries << summary(QStringLiteral("list_new"), 5, 10, 15, 200)
                      << summary(QStringLiteral("claim"), 20, 52, 90, 30)
                      << summary(QStringLiteral("create_order"), 1, 2, 3, 50);
        m.setRuns(before, after);
        QVERIFY(m.isComplete());
        QCOMPARE(m.rowCount(), 3);
        using C = bench::ComparisonModel;
        QCOMPARE(m.ratio(0, C::P95Ratio), 0.05);
        QCOMPARE(m.ratio(0, C::ThroughputRatio), 20.0);
        QCOMPARE(m.index(0, C::P95Ratio).data().toString(), QStringLiteral("0.050×"));
        QCOMPARE(m.index(0, C::P95Ratio).data(C::BetterRole).toInt(), 1);
        QCOMPARE(m.index(0, C::ThroughputRatio).data(C::BetterRole).toInt(), 1);
        QCOMPARE(m.index(1, C::P95Ratio).data(C::BetterRole).toInt(), 0);  // 4% slower: the same
        QCOMPARE(m.index(1, C::P99Ratio).data(C::BetterRole).toInt(), -1); // 12.5% slower
        QVERIFY(m.index(0, C::P95Ratio)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("20.0× faster")));
        QCOMPARE(m.index(0, C::P50A).data().toString(), QStringLiteral("100 ms"));
        QCOMPARE(m.index(0, C::P50B).data().toString(), QStringLiteral("5.00 ms"));
        // Only in B: no A value, no ratio.
        QVERIFY(m.index(2, C::P95A).data().toString().isEmpty());
        QVERIFY(m.index(2, C::P95Ratio).data().toString().isEmpty());
        QVERIFY(std::isnan(m.ratio(2, C::P95Ratio)));
        QCOMPARE(m.headerData(C::P95Ratio, Qt::Horizontal).toString(), QStringLiteral("p95 B/A"));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void formatting() {
        QCOMPARE(bench::formatMs(0.4234), QStringLiteral("0.42 ms"));
        QCOMPARE(bench::formatMs(12.34), QStringLiteral("12.3 ms"));
        QCOMPARE(bench::formatMs(123.4), QStringLiteral("123 ms"));
        QCOMPARE(bench::formatMs(1250), QStringLiteral("1.25 s"));
        QCOMPARE(bench::formatRatio(0.05), QStringLiteral("0.050×"));
        QCOMPARE(bench::formatRatio(12.0), QStringLiteral("12.0×"));
        QVERIFY(bench::formatRatio(std::nan("")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBenchStats)
#include "tst_benchstats.moc"
