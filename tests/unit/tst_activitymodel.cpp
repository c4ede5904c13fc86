// The activity model and its filter on hand-made snapshots: in-place updates keyed by pid
// (insert/remove/dataChanged, never a reset), selection surviving refreshes, duration modes,
// highlight thresholds, every filter and sort, wait-event explanations. The same model on real
// sessions is in tests/integration/tst_activity.cpp.
#include "monitor/activityfilter.h"
#include "monitor/activitymodel.h"
#include "monitor/activitywaitevents.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using monitor::ActivityFilter;
using monitor::ActivityModel;
using monitor::ActivitySession;
using monitor::ActivitySnapshot;

namespace {
constexpr qint64 T0 = 1'700'000'000'000; // a fixed "now" (epoch ms)

ActivitySession session(int pid, const QString &state, qint64 queryAgeMs = 1000,
                        const QString &query = QStringLiteral("SELECT 1")) {
    ActivitySession s;
    s.pid = pid;
    s.database = QStringLiteral("orders");
    s.user = QStringLiteral("app");
    s.application = QStringLiteral("api");
    s.backendType = QStringLiteral("client backend");
    s.state = state;
    s.query = query;
    s.backendStartMs = T0 - 3'600'000;
    s.xactStartMs = state == QLatin1String("idle") ? 0 : T0 - queryAgeMs - 500;
    s.queryStartMs = T0 - queryAgeMs;
    s.stateChangeMs = T0 - queryAgeMs;
    if (state == QLatin1String("idle"))
        s.waitEventType = QStringLiteral("Client"), s.waitEvent = QStringLiteral("ClientRead");
    return s;
}

ActivitySnapshot snapshot(QList<ActivitySession> sessions, qint64 now = T0) {
    ActivitySnapshot s;
    s.sessions = std::move(sessions);
    s.sampledAtMs = now;
    s.serverMs = 1.5;
    return s;
}

QList<int> pidsOf(const QAbstractItemModel &m) {
    QList<int> out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data(ActivityModel::PidRole).toInt();
    return out;
}
} // namespace

class TestActivityModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refreshUpdatesInPlace() {
        ActivityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setSnapshot(
            snapshot({session(10, QStringLiteral("active")), session(11, QStringLiteral("idle")),
                      session(12, QStringLiteral("idle in transaction"))}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QPersistentModelIndex keep = model.index(model.rowOfPid(12), ActivityModel::State);

        // 11 ended, 10 changed its query, 13 is new; 12 did not change except time passing.
        ActivitySession ten =
            session(10, QStringLiteral("active"), 500, QStringLiteral("UPDATE orders SET x = 1"));
        model.setSnapshot(snapshot({ten, session(12, QStringLiteral("idle in transaction"), 3000),
                                    session(13, QStringLiteral("active"))},
                                   T0 + 2000));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 2);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(keep.isValid());
        QCOMPARE(keep.data(ActivityModel::PidRole).toInt(), 12);
        QCOMPARE(model.sessionByPid(10)->query, QStringLiteral("UPDATE orders SET x = 1"));
        QCOMPARE(model.rowOfPid(11), -1);
        QCOMPARE(model.index(model.rowOfPid(10), ActivityModel::Query).data().toString(),
                 QStringLiteral("UPDATE orders SET x = 1"));

        // Nothing changed at all (same time): no signal.
        changed.clear();
        model.setSnapshot(snapshot({ten, session(12, QStringLiteral("idle in transaction"), 3000),
                                    session(13, QStringLiteral("active"))},
                                   T0 + 2000));
        QCOMPARE(changed.size(), 0);

        // A pid reused by a new backend is a different session: removed and inserted.
        ActivitySession reborn = session(13, QStringLiteral("active"));
        reborn.backendStartMs = T0 + 1500;
        removed.clear();
        inserted.clear();
        model.setSnapshot(
            snapshot({ten, session(12, QStringLiteral("idle in transaction"), 3000), reborn}, T0 + 2000));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.sessionByPid(13)->backendStartMs, T0 + 1500);
        QCOMPARE(reset.size(), 0);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void selectionAndSortSurviveRefresh() {
        ActivityModel model;
        ActivityFilter filter;
        filter.setSourceModel(&model);
        filter.setHideIdle(false);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ActivitySession> sessions;
        for (int pid = 100; pid < 150; ++pid)
            sessions << session(pid, QStringLiteral("active"), (pid % 7) * 1000 + pid);
        model.setSnapshot(snapshot(sessions));
        filter.sort(ActivityModel::Duration, Qt::DescendingOrder);
        QItemSelectionModel sel(&filter);
        auto select = [&](int pid) {
            const QModelIndex i = filter.mapFromSource(model.index(model.rowOfPid(pid), 0));
            sel.select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        };
        select(120);
        select(133);
        // Next refresh: time moves, some sessions end, new ones come, durations reorder.
        sessions.removeIf([](const ActivitySession &s) { return s.pid % 5 == 0 && s.pid != 120; });
        for (auto &s : sessions)
            s.queryStartMs -= (s.pid % 3) * 4000;
        for (int pid = 200; pid < 210; ++pid)
            sessions << session(pid, QStringLiteral("active"), pid * 10);
        model.setSnapshot(snapshot(sessions, T0 + 1000));
        QList<int> selected;
        for (const QModelIndex &i : sel.selectedRows())
            selected << i.data(ActivityModel::PidRole).toInt();
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, (QList<int>{120, 133}));
        // Still sorted by duration, longest first.
        qint64 last = std::numeric_limits<qint64>::max();
        for (int r = 0; r < filter.rowCount(); ++r) {
            const qint64 d = filter.index(r, 0).data(ActivityModel::DurationMsRole).toLongLong();
            QVERIFY(d <= last);
            last = d;
        }
    }

    void durationModes() {
        ActivityModel model;
        ActivitySession s = session(7, QStringLiteral("active"), 5000);
        s.xactStartMs = T0 - 65'000;
        model.setSnapshot(snapshot({s}));
        QCOMPARE(model.durationMs(*model.sessionAt(0)), 5000);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDurationMode(ActivityModel::DurationMode::Transaction);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, ActivityModel::Duration).data().toString(), QStringLiteral("1 min 05 s"));
        model.setDurationMode(ActivityModel::DurationMode::Backend);
        QCOMPARE(model.index(0, ActivityModel::Duration).data(ActivityModel::DurationMsRole).toLongLong(),
                 3'600'000);
        QCOMPARE(model.index(0, ActivityModel::Duration).data().toString(), QStringLiteral("1 h 00 min"));
        QCOMPARE(ActivityModel::formatDuration(850), QStringLiteral("850 ms"));
        QCOMPARE(ActivityModel::formatDuration(12'300), QStringLiteral("12.3 s"));
        QCOMPARE(ActivityModel::formatDuration(90'000'000), QStringLiteral("1 d 1 h"));
        QCOMPARE(ActivityModel::formatDuration(-1), QString());
    }

    void highlightThresholds() {
        using H = ActivityModel::Highlight;
        ActivityModel model;
        ActivitySession longRun = session(1, QStringLiteral("active"), 40'000);
        ActivitySession shortRun = session(2, QStringLiteral("active"), 2'000);
        ActivitySession idleTx = session(3, QStringLiteral("idle in transaction"), 20'000);
        ActivitySession waiter = session(4, QStringLiteral("active"), 3'000);
        waiter.waitEventType = QStringLiteral("Lock");
        waiter.waitEvent = QStringLiteral("transactionid");
        waiter.blockingPids = {3};
        model.setSnapshot(snapshot({longRun, shortRun, idleTx, waiter}));
        auto hl = [&](int pid) {
            return model.index(model.rowOfPid(pid), 0).data(ActivityModel::HighlightRole).value<H>();
        };
        QCOMPARE(hl(1), H::LongRunning);
        QCOMPARE(hl(2), H::None);
        QCOMPARE(hl(3), H::Blocking); // it blocks pid 4: that matters more than being idle in transaction
        QCOMPARE(hl(4), H::Waiting);
        QVERIFY(model.isBlocker(3));
        QCOMPARE(model.index(model.rowOfPid(4), ActivityModel::BlockedBy).data().toString(),
                 QStringLiteral("3"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        monitor::ActivityThresholds t;
        t.longRunningS = 60;
        t.waitingS = 10;
        t.idleInTransactionS = 5;
        model.setThresholds(t);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(hl(1), H::None);
        QCOMPARE(hl(4), H::None);
        // The blocker lets go: now it is "only" idle in transaction, past its threshold.
        waiter.waitEventType.clear();
        waiter.waitEvent.clear();
        waiter.blockingPids.clear();
        changed.clear();
        model.setSnapshot(snapshot({longRun, shortRun, idleTx, waiter}));
        QCOMPARE(hl(3), H::IdleInTransaction);
        bool wholeRow = false;
        for (const auto &args : changed) {
            const auto tl = args.at(0).toModelIndex(), br = args.at(1).toModelIndex();
            if (tl.row() <= model.rowOfPid(3) && br.row() >= model.rowOfPid(3) && tl.column() == 0 &&
                br.column() == ActivityModel::ColumnCount - 1)
                wholeRow = true;
        }
        QVERIFY2(wholeRow, "a row that changes colour is announced in every column");
    }

    void filters_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QList<int>>("expected");
        QTest::addRow("hide idle (default)") << ""
                                             << "" << QList<int>{1, 2, 3, 4, 6};
        QTest::addRow("show idle") << "showIdle"
                                   << "" << QList<int>{1, 2, 3, 4, 5, 6};
        QTest::addRow("state") << "state"
                               << "idle in transaction" << QList<int>{3};
        QTest::addRow("waiting") << "state"
                                 << "waiting" << QList<int>{4};
        QTest::addRow("blocking") << "state"
                                  << "blocking" << QList<int>{3};
        QTest::addRow("database") << "database"
                                  << "BILL" << QList<int>{2};
        QTest::addRow("user") << "user"
                              << "report" << QList<int>{6};
        QTest::addRow("application") << "application"
                                     << "psql" << QList<int>{1};
        QTest::addRow("query text") << "query"
                                    << "for update" << QList<int>{4};
        QTest::addRow("min duration") << "min"
                                      << "30000" << QList<int>{1, 3};
    }

    void filters() {
        QFETCH(QString, what);
        QFETCH(QString, value);
        QFETCH(QList<int>, expected);
        ActivityModel model;
        ActivityFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ActivitySession a = session(1, QStringLiteral("active"), 40'000);
        a.application = QStringLiteral("psql");
        ActivitySession b = session(2, QStringLiteral("active"), 2'000);
        b.database = QStringLiteral("billing");
        ActivitySession c = session(3, QStringLiteral("idle in transaction"), 50'000);
        ActivitySession d =
            session(4, QStringLiteral("active"), 3'000, QStringLiteral("SELECT * FROM orders FOR UPDATE"));
        d.waitEventType = QStringLiteral("Lock");
        d.waitEvent = QStringLiteral("transactionid");
        d.blockingPids = {3};
        ActivitySession e = session(5, QStringLiteral("idle"), 100'000);
        ActivitySession f = session(6, QStringLiteral("active"), 1'000);
        f.user = QStringLiteral("reporting");
        model.setSnapshot(snapshot({a, b, c, d, e, f}));
        if (what == QLatin1String("showIdle"))
            filter.setHideIdle(false);
        else if (what == QLatin1String("state"))
            filter.setState(value);
        else if (what == QLatin1String("database"))
            filter.setDatabase(value);
        else if (what == QLatin1String("user"))
            filter.setUser(value);
        else if (what == QLatin1String("application"))
            filter.setApplication(value);
        else if (what == QLatin1String("query"))
            filter.setQueryText(value);
        else if (what == QLatin1String("min"))
            filter.setMinDurationMs(value.toLongLong());
        filter.sort(ActivityModel::Pid);
        QCOMPARE(pidsOf(filter), expected);
        // The filter follows the data: a refresh that makes pid 2 wait shows it under "waiting".
        if (what == QLatin1String("state") && value == QLatin1String("waiting")) {
            b.waitEventType = QStringLiteral("Lock");
            b.waitEvent = QStringLiteral("relation");
            model.setSnapshot(snapshot({a, b, c, d, e, f}, T0 + 1000));
            QCOMPARE(pidsOf(filter), (QList<int>{2, 4}));
        }
        // ... and the minimum duration follows time.
        if (what == QLatin1String("min")) {
            model.setSnapshot(snapshot({a, b, c, d, e, f}, T0 + 27'500));
            QCOMPARE(pidsOf(filter), (QList<int>{1, 3, 4}));
        }
    }

    void sortByAnyColumn() {
        ActivityModel model;
        ActivityFilter filter;
        filter.setSourceModel(&model);
        filter.setHideIdle(false);
        ActivitySession a = session(30, QStringLiteral("active"), 9000);
        a.user = QStringLiteral("zed");
        a.xidAge = 5;
        ActivitySession b = session(20, QStringLiteral("idle"), 100);
        b.user = QStringLiteral("Adam");
        b.xidAge = 500;
        ActivitySession c = session(100, QStringLiteral("active"), 50);
        c.user = QStringLiteral("bob");
        c.xidAge = 40;
        model.setSnapshot(snapshot({a, b, c}));
        filter.sort(ActivityModel::Pid, Qt::AscendingOrder);
        QCOMPARE(pidsOf(filter), (QList<int>{20, 30, 100})); // numeric, not "100" < "20"
        filter.sort(ActivityModel::User, Qt::AscendingOrder);
        QCOMPARE(pidsOf(filter), (QList<int>{20, 100, 30})); // case-insensitive
        filter.sort(ActivityModel::XidAge, Qt::DescendingOrder);
        QCOMPARE(pidsOf(filter), (QList<int>{20, 100, 30}));
        filter.sort(ActivityModel::Duration, Qt::DescendingOrder);
        QCOMPARE(pidsOf(filter), (QList<int>{30, 20, 100}));
        for (int c2 = 0; c2 < ActivityModel::ColumnCount; ++c2)
            QVERIFY(!model.headerData(c2, Qt::Horizontal).toString().isEmpty());
    }

    void waitEventExplanations() {
        const QString tx =
            monitor::waitEventExplanation(QStringLiteral("Lock"), QStringLiteral("transactionid"));
        QVERIFY2(tx.contains(QStringLiteral("another transaction")), qPrintable(tx));
        QVERIFY(monitor::waitEventExplanation(QStringLiteral("Client"), QStringLiteral("ClientRead"))
                    .contains(QStringLiteral("client")));
        QVERIFY(monitor::waitEventExplanation(QStringLiteral("Timeout"), QStringLiteral("PgSleep"))
                    .contains(QStringLiteral("pg_sleep")));
        // Unknown event of a known type: the type's meaning.
        QVERIFY(monitor::waitEventExplanation(QStringLiteral("LWLock"), QStringLiteral("SomethingNew"))
                    .contains(QStringLiteral("internal lock")));
        // Not waiting at all.
        QVERIFY(monitor::waitEventExplanation({}, {}).contains(QStringLiteral("Not waiting")));
        // Unknown type: says what the server said.
        QVERIFY(monitor::waitEventExplanation(QStringLiteral("Weird"), QStringLiteral("Thing"))
                    .contains(QStringLiteral("Weird: Thing")));
        ActivityModel model;
        ActivitySession s = session(1, QStringLiteral("active"));
        s.waitEventType = QStringLiteral("IO");
        s.waitEvent = QStringLiteral("DataFileRead");
        model.setSnapshot(snapshot({s}));
        QCOMPARE(model.index(0, ActivityModel::Wait).data().toString(), QStringLiteral("IO: DataFileRead"));
        QVERIFY(model.index(0, ActivityModel::Wait)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("disk")));
    }
};

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
