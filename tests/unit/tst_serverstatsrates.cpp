// Dashboard arithmetic on hand-made pg_stat_database samples: rates from counter deltas, counter
// resets (stats_reset changed, counters went down), databases created and dropped, the cache hit
// ratio, the collector's rolling window, its history store round trip and the gap rule.
// The same on a real server is in tests/integration/tst_serverstats.cpp.
#include "history/store.h"
#include "monitor/poller.h"
#include "monitor/serverstatscollector.h"
#include "monitor/serverstatsrates.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using monitor::DatabaseCounters;
using monitor::ServerStatsPoint;
using monitor::ServerStatsSample;

namespace {
DatabaseCounters db(qint64 id, const QString &name, qint64 commits, qint64 hit = 0, qint64 read = 0,
                    const QString &reset = QStringLiteral("2024-01-01 00:00:00+00")) {
    DatabaseCounters d;
    d.datid = id;
    d.name = name;
    d.commits = commits;
    d.rollbacks = commits / 10;
    d.inserted = commits * 2;
    d.updated = commits;
    d.deleted = commits / 2;
    d.fetched = commits * 5;
    d.returned = commits * 20;
    d.blksHit = hit;
    d.blksRead = read;
    d.statsReset = reset;
    return d;
}

ServerStatsSample sample(qint64 serverMs, QList<DatabaseCounters> dbs, qint64 localMs = 0) {
    ServerStatsSample s;
    s.serverMs = serverMs;
    s.localMs = localMs ? localMs : serverMs;
    s.databases = std::move(dbs);
    return s;
}
// The window is read from the store on a worker thread: wait for it.
bool settled(const monitor::ServerStatsCollector &c) {
    return testutil::waitUntil([&] { return !c.isLoading(); });
}
} // namespace

class TestServerStatsRates : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void ratesFromDeltas() {
        const auto a = sample(10'000, {db(0, {}, 0, 50, 5), db(1, QStringLiteral("orders"), 1000, 900, 100),
                                       db(2, QStringLiteral("billing"), 500)});
        const auto b = sample(12'000, {db(0, {}, 0, 60, 5), db(1, QStringLiteral("orders"), 1060, 1280, 120),
                                       db(2, QStringLiteral("billing"), 540)});
        const auto d = monitor::counterDeltas(a, b);
        QCOMPARE(d.commits, 100);
        QCOMPARE(d.resets, 0);
        const auto p = monitor::ratePoint(a, b);
        QVERIFY(p);
        QCOMPARE(p->intervalS, 2.0);
        QCOMPARE(p->commits, 50.0);
        QCOMPARE(p->rollbacks, 5.0); // 106-100 + 54-50 = 10 over 2 s
        QCOMPARE(p->inserted, 100.0);
        QCOMPARE(p->returned, 1000.0);
        QCOMPARE(p->blksHit, 195.0); // 10 + 380 over 2 s
        QCOMPARE(p->blksRead, 10.0); // 0 + 20 over 2 s
        QCOMPARE(p->hitRatio, 390.0 / 410.0);
        // One database only.
        const auto o = monitor::ratePoint(a, b, QStringLiteral("orders"));
        QCOMPARE(o->commits, 30.0);
        QCOMPARE(o->hitRatio, 380.0 / 400.0);
        QCOMPARE(monitor::counterDeltas(a, b, QStringLiteral("billing")).commits, 40);
        QCOMPARE(monitor::counterDeltas(a, b, QStringLiteral("nosuchdb")).commits, 0);
    }

    void noRateWithoutTwoSamples() {
        const auto b = sample(12'000, {db(1, QStringLiteral("orders"), 10)});
        QVERIFY(!monitor::ratePoint(ServerStatsSample(), b));
        QVERIFY(!monitor::ratePoint(b, b)); // no time passed
        QVERIFY(!monitor::ratePoint(b, sample(11'000, {db(1, QStringLiteral("orders"), 12)})));
    }

    void counterResets() {
        const auto a =
            sample(1000, {db(1, QStringLiteral("orders"), 1000), db(2, QStringLiteral("billing"), 500)});
        // pg_stat_reset() in orders: stats_reset moves, counters restart from 0 and count 7 since.
        const auto b =
            sample(2000, {db(1, QStringLiteral("orders"), 7, 0, 0, QStringLiteral("2024-06-01 10:00:00+00")),
                          db(2, QStringLiteral("billing"), 510)});
        const auto d = monitor::counterDeltas(a, b);
        QCOMPARE(d.resets, 1);
        QCOMPARE(d.commits, 17);
        const auto p = monitor::ratePoint(a, b);
        QCOMPARE(p->commits, 17.0);
        QVERIFY(p->rollbacks >= 0 && p->inserted >= 0 && p->deleted >= 0);
        // A counter that went down without a new stats_reset (e.g. a restart that lost stats).
        const auto c =
            sample(3000, {db(1, QStringLiteral("orders"), 3, 0, 0, QStringLiteral("2024-06-01 10:00:00+00")),
                          db(2, QStringLiteral("billing"), 515)});
        QCOMPARE(monitor::counterDeltas(b, c).commits, 8);
        QCOMPARE(monitor::counterDeltas(b, c).resets, 1);
    }

    void databasesComeAndGo() {
        const auto a =
            sample(1000, {db(1, QStringLiteral("orders"), 1000), db(2, QStringLiteral("old"), 800)});
        const auto b = sample(2000, {db(1, QStringLiteral("orders"), 1010), db(3, QStringLiteral("new"), 4)});
        QCOMPARE(monitor::counterDeltas(a, b).commits, 14); // dropped: left out; created: from 0
        QCOMPARE(b.databaseNames(), (QStringList{QStringLiteral("new"), QStringLiteral("orders")}));
    }

    void hitRatioWhenNothingWasRead() {
        const auto a = sample(1000, {db(1, QStringLiteral("orders"), 10, 990, 10)});
        const auto b = sample(2000, {db(1, QStringLiteral("orders"), 11, 990, 10)});
        QCOMPARE(monitor::ratePoint(a, b)->hitRatio, 0.99); // the cumulative ratio
        const auto z = sample(1000, {db(1, QStringLiteral("orders"), 10)});
        const auto z2 = sample(2000, {db(1, QStringLiteral("orders"), 10)});
        QCOMPARE(monitor::ratePoint(z, z2)->hitRatio, -1.0); // never read anything: n/a
    }

    void sessionsByState() {
        auto one = db(1, QStringLiteral("orders"), 1);
        one.active = 3;
        one.waiting = 1;
        one.idleInTransaction = 2;
        one.idle = 10;
        auto two = db(2, QStringLiteral("billing"), 1);
        two.active = 1;
        two.idle = 4;
        two.other = 1;
        const auto p = monitor::ratePoint(sample(1000, {one, two}), sample(2000, {one, two}));
        QCOMPARE(p->active, 4);
        QCOMPARE(p->waiting, 1);
        QCOMPARE(p->idleInTransaction, 2);
        QCOMPARE(p->idle, 14);
        QCOMPARE(p->other, 1);
        QCOMPARE(p->sessions(), 22);
        QCOMPARE(
            monitor::ratePoint(sample(1000, {one, two}), sample(2000, {one, two}), QStringLiteral("billing"))
                ->sessions(),
            6);
    }

    void pointJsonRoundTrip() {
        ServerStatsPoint p;
        p.tsMs = 42;
        p.intervalS = 1.01;
        p.commits = 12.5;
        p.rollbacks = 0.5;
        p.inserted = 1;
        p.updated = 2;
        p.deleted = 3;
        p.fetched = 4;
        p.returned = 5;
        p.blksRead = 6;
        p.blksHit = 7;
        p.hitRatio = 0.5;
        p.active = 1;
        p.waiting = 2;
        p.idleInTransaction = 3;
        p.idle = 4;
        p.other = 5;
        QCOMPARE(ServerStatsPoint::fromJson(42, p.toJson()), p);
    }

    void collectorWindowAndHistory() {
        const QString file = m_dir.filePath(QStringLiteral("history.sqlite"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            history::Store store;
            QVERIFY(store.open(file));
            monitor::ServerStatsCollector c;
            c.setHistory(&store);
            c.setServer(nullptr, QStringLiteral("db.example:5432"));
            c.setWindowMs(60'000);
            QVERIFY(settled(c));
            QSignalSpy added(&c, &monitor::ServerStatsCollector::pointAdded);
            // 1 s apart, 20 commits a second in orders, 5 in billing.
            for (int i = 0; i <= 30; ++i)
                c.addSample(sample(
                    1'000'000 + i * 1000,
                    {db(1, QStringLiteral("orders"), 1000 + 20 * i), db(2, QStringLiteral("billing"), 5 * i)},
                    now - 30'000 + i * 1000));
            QCOMPARE(added.size(), 30); // the first sample only sets the baseline
            QCOMPARE(c.points().size(), 30);
            QCOMPARE(c.points().last().commits, 25.0);
            // Choosing one database: its own series (nothing stored for it yet).
            c.setDatabase(QStringLiteral("orders"));
            QVERIFY(settled(c));
            QCOMPARE(c.points().size(), 0);
            c.addSample(sample(1'031'000,
                               {db(1, QStringLiteral("orders"), 1620), db(2, QStringLiteral("billing"), 155)},
                               now + 1000));
            QCOMPARE(c.points().size(), 1);
            QCOMPARE(c.points().last().commits, 20.0);
            // A long gap (page hidden): no average over the gap, the next sample is a new baseline.
            added.clear();
            c.addSample(sample(1'200'000,
                               {db(1, QStringLiteral("orders"), 9000), db(2, QStringLiteral("billing"), 900)},
                               now + 170'000));
            QCOMPARE(added.size(), 0);
            QCOMPARE(store.countSamples(QStringLiteral("db.example:5432"), QStringLiteral("server")), 32);
        }
        // "Restart": a new store object on the same file and a new collector see the same points.
        history::Store store;
        QVERIFY(store.open(file));
        monitor::ServerStatsCollector again;
        again.setWindowMs(60'000);
        again.setHistory(&store);
        QSignalSpy loaded(&again, &monitor::ServerStatsCollector::historyLoaded);
        again.setServer(nullptr, QStringLiteral("db.example:5432"));
        QVERIFY(again.isLoading()); // off the calling thread
        QVERIFY(loaded.wait(5000));
        QCOMPARE(again.points().size(), 31);
        QCOMPARE(again.points().first().commits, 25.0);
        QCOMPARE(again.points().first().intervalS, 1.0);
        again.setDatabase(QStringLiteral("orders"));
        QVERIFY(settled(again));
        QCOMPARE(again.points().size(), 1);
        // A narrower window drops older points from memory; a wider one reads them back.
        again.setDatabase({});
        QVERIFY(settled(again));
        again.setWindowMs(10'000);
        QVERIFY(again.points().size() <= 12);
        const int shown = int(again.points().size());
        again.setWindowMs(60'000);
        QCOMPARE(int(again.points().size()), shown); // kept on screen while the store is read
        QVERIFY(settled(again));
        QCOMPARE(again.points().size(), 31);
        // Another server has no history here.
        again.setServer(nullptr, QStringLiteral("other:5432"));
        QCOMPARE(again.points().size(), 0);
        QVERIFY(settled(again));
        QCOMPARE(again.points().size(), 0);
    }

    void retentionIsEnforcedByTheCollector() {
        history::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("retention.sqlite"))));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(store.append(QStringLiteral("s:1"), QStringLiteral("server"), QString(),
                             now - 9LL * 86'400'000, {}));
        store.setRetentionDays(7);
        monitor::ServerStatsCollector c;
        c.setHistory(&store);
        c.setServer(nullptr, QStringLiteral("s:1"));
        c.addSample(sample(1000, {db(1, QStringLiteral("orders"), 1)}, now));
        c.addSample(sample(2000, {db(1, QStringLiteral("orders"), 2)}, now + 1000));
        QCOMPARE(store.countSamples(QStringLiteral("s:1")), 1); // the 9-day-old one is gone
    }
};

QTEST_GUILESS_MAIN(TestServerStatsRates)
#include "tst_serverstatsrates.moc"
