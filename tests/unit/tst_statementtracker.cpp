// Deltas, rates, reset and eviction detection, the window, history rows and re-seeding of the
// statement tracker; the "not usable" texts that need no server (too old, fix lines).
#include "cli/statements.h"
#include "monitor/statementavailability.h"
#include "monitor/statementtracker.h"
#include "pg/serverfacts.h"

#include <QRandomGenerator>
#include <QTest>

using namespace monitor;

namespace {
StatementCounters entry(qint64 queryid, qint64 calls, double totalMs, quint32 db = 5, quint32 user = 10) {
    StatementCounters c;
    c.key.queryid = queryid;
    c.key.dbid = db;
    c.key.userid = user;
    c.database = QStringLiteral("db%1").arg(db);
    c.user = QStringLiteral("u%1").arg(user);
    c.calls = calls;
    c.totalExecMs = totalMs;
    c.meanExecMs = calls ? totalMs / double(calls) : 0;
    c.rows = calls * 2;
    c.sharedHit = calls * 10;
    c.sharedRead = calls;
    return c;
}

StatementSample sample(qint64 ts, QList<StatementCounters> rows, qint64 statsReset = 0, qint64 dealloc = -1) {
    StatementSample s;
    s.tsMs = ts;
    s.rows = std::move(rows);
    s.statsResetMs = statsReset;
    s.dealloc = dealloc;
    return s;
}

const StatementRow *find(const StatementSnapshot &s, qint64 queryid) {
    for (const auto &r : s.rows)
        if (r.totals.key.queryid == queryid)
            return &r;
    return nullptr;
}

void checkNonNegative(const StatementDelta &d) {
    QVERIFY(d.calls >= 0);
    QVERIFY(d.execMs >= 0);
    QVERIFY(d.rows >= 0);
    QVERIFY(d.sharedHit >= 0);
    QVERIFY(d.sharedRead >= 0);
    QVERIFY(d.ioMs >= 0);
}
} // namespace

class TestStatementTracker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keyRoundTrip_data() {
        QTest::addColumn<qint64>("queryid");
        QTest::addColumn<bool>("toplevel");
        QTest::addColumn<bool>("hidden");
        QTest::addRow("top") << qint64(-5005008434753111192) << true << false;
        QTest::addRow("nested") << qint64(42) << false << false;
        QTest::addRow("hidden") << qint64(0) << true << true;
    }
    void keyRoundTrip() {
        QFETCH(qint64, queryid);
        QFETCH(bool, toplevel);
        QFETCH(bool, hidden);
        StatementKey k{16384, 5, queryid, toplevel, hidden};
        bool ok = false;
        QCOMPARE(StatementKey::fromString(k.toString(), &ok), k);
        QVERIFY(ok);
        StatementKey::fromString(QStringLiteral("garbage"), &ok);
        QVERIFY(!ok);
    }

    void firstSampleHasTotalsOnly() {
        StatementTracker t;
        const auto s = t.add(sample(1000, {entry(1, 10, 100), entry(2, 5, 300)}));
        QVERIFY(s.events.firstSample);
        QCOMPARE(s.windowSeconds, 0.0);
        QCOMPARE(s.rows.size(), 2);
        QVERIFY(!find(s, 1)->hasWindow);
        QCOMPARE(s.totalExecMs, 400.0);
        QCOMPARE(find(s, 2)->shareOfTotal, 0.75);
    }

    void ratesBetweenTwoSamples() {
        StatementTracker t;
        t.add(sample(1000, {entry(1, 10, 100), entry(2, 5, 300)}));
        const auto s = t.add(sample(11000, {entry(1, 110, 600), entry(2, 5, 300)}));
        QVERIFY(!s.events.firstSample);
        QCOMPARE(s.windowSeconds, 10.0);
        const StatementRow *a = find(s, 1);
        QVERIFY(a->hasWindow);
        QCOMPARE(a->window.calls, 100);
        QCOMPARE(a->window.execMs, 500.0);
        QCOMPARE(a->window.rows, 200);
        QCOMPARE(s.rate(double(a->window.calls)), 10.0); // calls/s
        QCOMPARE(s.rate(a->window.execMs), 50.0);        // ms/s
        QCOMPARE(find(s, 2)->window.calls, 0);
        QCOMPARE(t.intervals().size(), size_t(1));
        QCOMPARE(t.intervals().back().deltas.size(), 1); // idle statements cost nothing
        QCOMPARE(t.intervals().back().totalExecMs, 500.0);
    }

    void fullResetDetectedFromInfo() {
        StatementTracker t;
        t.add(sample(1000, {entry(1, 100, 1000), entry(2, 50, 500)}, 111, 0));
        // Reset at 2000; afterwards statement 1 ran 3 times, statement 2 not at all (gone).
        const auto s = t.add(sample(6000, {entry(1, 3, 30)}, 2000, 0));
        QVERIFY(s.events.resetDetected);
        QCOMPARE(s.events.resetAtMs, 2000);
        QCOMPARE(s.events.entriesGone, 0); // a reset, not evictions
        QCOMPARE(find(s, 1)->window.calls, 3);
        QCOMPARE(find(s, 1)->window.execMs, 30.0);
        checkNonNegative(find(s, 1)->window);
    }

    void fullResetDetectedWithoutInfo() {
        StatementTracker t; // PostgreSQL 13 and older: no stats_reset
        t.add(sample(1000, {entry(1, 100, 1000), entry(2, 50, 500), entry(3, 70, 700)}));
        const auto s = t.add(sample(6000, {entry(1, 3, 30), entry(2, 1, 10), entry(3, 90, 900)}));
        QVERIFY(s.events.resetDetected);
        QCOMPARE(find(s, 3)->window.calls, 90); // counted from the reset, not 90 - 70
        QCOMPARE(find(s, 1)->window.calls, 3);
    }

    void evictedEntryRecreated() {
        StatementTracker t;
        t.add(sample(1000, {entry(1, 100, 1000), entry(2, 50, 500), entry(3, 10, 10)}, 111, 7));
        // Statement 2 was evicted and came back with 4 calls; statement 3 was evicted for good.
        const auto s = t.add(sample(6000, {entry(1, 120, 1200), entry(2, 4, 40)}, 111, 9));
        QVERIFY(!s.events.resetDetected);
        QCOMPARE(s.events.entriesReset, 1);
        QCOMPARE(s.events.entriesGone, 1);
        QCOMPARE(s.events.deallocated, 2);
        QCOMPARE(find(s, 2)->window.calls, 4);
        QCOMPARE(find(s, 1)->window.calls, 20);
    }

    void entryRecreatedSeenThroughStatsSince() {
        StatementTracker t; // PostgreSQL 17: stats_since changes when an entry is re-created
        auto a = entry(1, 10, 100);
        a.statsSinceMs = 500;
        t.add(sample(1000, {a}));
        auto b = entry(1, 12, 150); // more calls than before, but a new entry
        b.statsSinceMs = 4000;
        const auto s = t.add(sample(6000, {b}));
        QCOMPARE(s.events.entriesReset, 1);
        QCOMPARE(find(s, 1)->window.calls, 12);
    }

    void newEntryCountsWhollyInInterval() {
        StatementTracker t;
        t.add(sample(1000, {entry(1, 10, 100)}));
        const auto s = t.add(sample(3000, {entry(1, 10, 100), entry(9, 7, 70)}));
        QCOMPARE(s.events.newEntries, 1);
        QCOMPARE(find(s, 9)->window.calls, 7);
    }

    void neverNegative() {
        // Random walks with resets, evictions and new entries: no delta or sum below zero.
        QRandomGenerator rng(12345);
        StatementTracker t(30000);
        QHash<qint64, qint64> calls;
        qint64 ts = 0, resetAt = 1;
        for (int step = 0; step < 200; ++step) {
            ts += 1000 + rng.bounded(4000);
            if (rng.bounded(20) == 0) {
                calls.clear();
                resetAt = ts - 1;
            }
            for (qint64 q = 1; q <= 30; ++q) {
                if (rng.bounded(10) == 0)
                    calls.remove(q); // evicted
                else if (rng.bounded(3) == 0)
                    calls[q] += rng.bounded(50);
            }
            QList<StatementCounters> rows;
            for (auto it = calls.cbegin(); it != calls.cend(); ++it)
                rows << entry(it.key(), it.value(), double(it.value()) * 1.5);
            const auto s = t.add(sample(ts, rows, resetAt, 0));
            for (const auto &r : s.rows)
                checkNonNegative(r.window);
            for (const auto &iv : t.intervals())
                for (const auto &d : iv.deltas)
                    checkNonNegative(d);
        }
    }

    void windowSlides() {
        StatementTracker t(20000); // 20 s
        t.add(sample(0, {entry(1, 0, 0)}));
        t.add(sample(10000, {entry(1, 10, 10)}));
        t.add(sample(20000, {entry(1, 30, 30)}));
        auto s = t.add(sample(30000, {entry(1, 60, 60)}));
        // The interval ending at 10 s left the window: 20 + 30 calls over 20 s remain.
        QCOMPARE(t.intervals().size(), size_t(2));
        QCOMPARE(s.windowSeconds, 20.0);
        QCOMPARE(find(s, 1)->window.calls, 50);
        QCOMPARE(t.windowSum(find(s, 1)->totals.key).calls, 50);
        t.setWindowMs(10000);
        QCOMPARE(t.intervals().size(), size_t(1));
        s = t.add(sample(40000, {entry(1, 60, 60)}));
        QCOMPARE(find(s, 1)->window.calls, 0); // nothing ran in the last 10 s
        QCOMPARE(s.windowSeconds, 10.0);
    }

    void historyEveryPeriodAndSeed() {
        StatementTracker t(10 * 60 * 1000);
        t.setHistoryEveryMs(30000);
        t.add(sample(0, {entry(1, 0, 0), entry(2, 0, 0)}));
        t.add(sample(10000, {entry(1, 10, 100), entry(2, 0, 0)}));
        QVERIFY(t.takeHistoryRows().isEmpty()); // the period is not complete yet
        t.add(sample(20000, {entry(1, 20, 200), entry(2, 5, 500)}));
        t.add(sample(30000, {entry(1, 30, 300), entry(2, 5, 500)}));
        const QList<history::Sample> rows = t.takeHistoryRows();
        QCOMPARE(rows.size(), 3); // two statements changed + the marker
        QVERIFY(t.takeHistoryRows().isEmpty());
        const history::Sample *marker = nullptr, *one = nullptr;
        for (const auto &r : rows) {
            QCOMPARE(r.tsMs, 30000);
            if (r.key == QLatin1String("*"))
                marker = &r;
            if (r.key == entry(1, 0, 0).key.toString())
                one = &r;
        }
        QVERIFY(marker && one);
        QCOMPARE(marker->value.value(QStringLiteral("span_ms")).toInteger(), 30000);
        QCOMPARE(marker->value.value(QStringLiteral("total_ms")).toDouble(), 800.0);
        QCOMPARE(one->value.value(QStringLiteral("d_calls")).toInteger(), 30);
        QCOMPARE(one->value.value(QStringLiteral("calls")).toInteger(), 30);
        QCOMPARE(one->value.value(QStringLiteral("db")).toString(), QStringLiteral("db5"));

        // A restart: a new tracker seeded from the stored rows has the same window.
        StatementTracker again(10 * 60 * 1000);
        QCOMPARE(again.seed(rows), 1);
        QCOMPARE(again.windowSum(entry(1, 0, 0).key).calls, 30);
        QCOMPARE(again.windowSum(entry(2, 0, 0).key).execMs, 500.0);
        const auto s = again.add(sample(40000, {entry(1, 31, 310), entry(2, 5, 500)}));
        QVERIFY(s.events.firstSample);   // no counters to subtract yet ...
        QCOMPARE(s.windowSeconds, 30.0); // ... but the stored window gives rates at once
        QCOMPARE(find(s, 1)->window.calls, 30);
        // Seeding again (the window grew) never counts a stored period twice.
        QCOMPARE(again.seed(rows), 0);
        QCOMPARE(again.windowSum(entry(1, 0, 0).key).calls, 30);
        const auto s2 = again.add(sample(50000, {entry(1, 41, 410), entry(2, 5, 500)}));
        QCOMPARE(find(s2, 1)->window.calls, 40); // 30 stored + 10 live
        QCOMPARE(s2.windowSeconds, 40.0);
    }

    void foldHiddenEntries() {
        StatementCounters agg = entry(0, 4, 40);
        agg.key.hidden = true;
        agg.hiddenCount = 1;
        agg.minExecMs = 2;
        agg.maxExecMs = 20;
        StatementCounters other = entry(0, 6, 120);
        other.minExecMs = 1;
        other.maxExecMs = 50;
        agg.fold(other);
        QCOMPARE(agg.hiddenCount, 2);
        QCOMPARE(agg.calls, 10);
        QCOMPARE(agg.totalExecMs, 160.0);
        QCOMPARE(agg.meanExecMs, 16.0);
        QCOMPARE(agg.minExecMs, 1.0);
        QCOMPARE(agg.maxExecMs, 50.0);
    }

    void serverTooOld() {
        pg::ServerFacts f;
        f.versionNum = 90624;
        f.version = QStringLiteral("9.6.24");
        f.role = QStringLiteral("dba");
        const auto a = StatementAvailability::tooOld(f);
        QCOMPARE(a.state, StatementAvailability::State::ServerTooOld);
        QVERIFY(!a.usable());
        QVERIFY2(a.headline().contains(QStringLiteral("9.6.24")), qPrintable(a.headline()));
        QVERIFY(a.explanation().contains(QStringLiteral("PostgreSQL 10")));
        QVERIFY(a.fixSql().isEmpty());
    }

    void notPreloadedKeepsOtherLibraries() {
        StatementAvailability a;
        a.state = StatementAvailability::State::NotPreloaded;
        a.preloadKnown = true;
        a.preloadLibraries = {QStringLiteral("auto_explain"), QStringLiteral("pg_cron")};
        QCOMPARE(a.fixSql().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("ALTER SYSTEM SET shared_preload_libraries = 'auto_explain', 'pg_cron', "
                                "'pg_stat_statements';"));
        QVERIFY(a.fixSql().contains(QStringLiteral("restart")));
        QVERIFY(a.fixSql().contains(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements;")));
        QVERIFY(a.restartNeeded());
    }

    void durations_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::addRow("seconds") << QStringLiteral("90") << qint64(90000);
        QTest::addRow("s") << QStringLiteral("30s") << qint64(30000);
        QTest::addRow("m") << QStringLiteral("5m") << qint64(300000);
        QTest::addRow("min") << QStringLiteral("2min") << qint64(120000);
        QTest::addRow("h") << QStringLiteral("1h") << qint64(3600000);
        QTest::addRow("ms") << QStringLiteral("1500ms") << qint64(1500);
        QTest::addRow("bad") << QStringLiteral("five") << qint64(-1);
    }
    void durations() {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(cli::parseDurationMs(text), ms);
    }
};

QTEST_GUILESS_MAIN(TestStatementTracker)
#include "tst_statementtracker.moc"
