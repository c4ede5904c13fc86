// The lock tree and all-locks models under QAbstractItemModelTester, refreshed in place:
// indexes of sessions that stay keep pointing at them, with no model reset.
#include "monitor/locksummarymodel.h"
#include "monitor/locktreemodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using monitor::LockForest;
using monitor::LockSession;
using monitor::LockTreeModel;

namespace {
LockSession session(int pid, const QList<qint64> &blockers = {},
                    const QString &state = QStringLiteral("active")) {
    LockSession s;
    s.pid = pid;
    s.key = pid;
    s.state = state;
    s.user = QStringLiteral("app");
    s.query = QStringLiteral("UPDATE orders SET v = v + 1 WHERE id = 1");
    s.xactAgeMs = 1000 * pid;
    for (qint64 b : blockers) {
        s.blockerKeys << b;
        s.blockedByPids << int(b);
    }
    if (!blockers.isEmpty()) {
        s.wait.lockType = QStringLiteral("relation");
        s.wait.mode = QStringLiteral("AccessExclusiveLock");
        s.wait.relation = QStringLiteral("orders");
        s.wait.waitingMs = 100 * pid;
    }
    return s;
}

LockForest forest(const QList<LockSession> &sessions) {
    monitor::LockSnapshot s;
    s.sessions = sessions;
    return LockForest::build(s);
}

monitor::LockSummaryRow group(const QString &rel, const QString &mode, qint64 granted, qint64 waiting = 0) {
    monitor::LockSummaryRow r;
    r.database = QStringLiteral("shop");
    r.lockType = QStringLiteral("relation");
    r.mode = mode;
    r.relation = rel;
    r.relationOid = qHash(rel) % 100000;
    r.granted = granted;
    r.waiting = waiting;
    r.transactions = granted + waiting;
    r.pids = {100, 101};
    return r;
}
} // namespace

class TestLockTreeModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void treeShape() {
        LockTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setForest(forest({session(1, {}, QStringLiteral("idle in transaction")), session(2, {1}),
                            session(3, {2}), session(10), session(11, {10})}));
        QCOMPARE(m.rowCount(), 2);
        const QModelIndex root = m.indexOfKey(1);
        QVERIFY(root.isValid());
        QCOMPARE(root.data(LockTreeModel::IsRootRole).toBool(), true);
        QCOMPARE(root.data(LockTreeModel::CulpritRole).toBool(), true);
        QCOMPARE(m.index(root.row(), LockTreeModel::Blocks).data().toString(),
                 QStringLiteral("2 (1 direct)"));
        QCOMPARE(m.index(root.row(), LockTreeModel::XactAge).data().toString(), QStringLiteral("1 s"));
        QVERIFY(root.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Likely culprit")));
        QCOMPARE(m.rowCount(root), 1);
        const QModelIndex b = m.index(0, 0, root);
        QCOMPARE(b.data(LockTreeModel::PidRole).toInt(), 2);
        QCOMPARE(b.data(LockTreeModel::IsRootRole).toBool(), false);
        QCOMPARE(m.index(0, LockTreeModel::WaitingFor, root).data().toString(),
                 QStringLiteral("AccessExclusiveLock on orders wanted by UPDATE"));
        const QModelIndex c = m.index(0, 0, b);
        QCOMPARE(c.data(LockTreeModel::PidRole).toInt(), 3);
        QCOMPARE(m.parent(c), b);
        QCOMPARE(m.indexOfKey(3), c);
        QCOMPARE(m.blockedCount(), 3);
        QCOMPARE(m.headerData(LockTreeModel::WaitingFor, Qt::Horizontal).toString(),
                 QStringLiteral("Waiting for"));
    }

    void refreshKeepsIndexes() {
        LockTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.setForest(forest({session(1), session(2, {1}), session(3, {2}), session(10), session(11, {10})}));
        const int insertsAfterFirst = int(inserted.size());
        QPersistentModelIndex pc(m.indexOfKey(3, LockTreeModel::Query));
        QPersistentModelIndex p10(m.indexOfKey(10));

        // Same sessions, older: nothing inserted or removed, indexes unchanged.
        m.setForest(forest({session(1), session(2, {1}), session(3, {2}), session(10), session(11, {10})}));
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), insertsAfterFirst);
        QVERIFY(pc.isValid());
        QCOMPARE(pc.data(LockTreeModel::PidRole).toInt(), 3);

        // A new waiter under 3; 11 leaves (its root goes with it).
        m.setForest(forest({session(1), session(2, {1}), session(3, {2}), session(4, {3})}));
        QVERIFY(pc.isValid());
        QCOMPARE(pc.data(LockTreeModel::PidRole).toInt(), 3);
        QVERIFY(!p10.isValid());
        QCOMPARE(m.rowCount(m.indexOfKey(3)), 1);
        QCOMPARE(m.indexOfKey(4).parent(), m.indexOfKey(3));

        // 3 moves from 2 to a new root 20: removed under 2, inserted under 20.
        m.setForest(forest({session(1), session(2, {1}), session(20), session(3, {20}), session(4, {3})}));
        QCOMPARE(m.indexOfKey(3).parent(), m.indexOfKey(20));
        QCOMPARE(m.indexOfKey(4).parent(), m.indexOfKey(3));
        QCOMPARE(m.rowCount(m.indexOfKey(2)), 0);

        // A cycle, then nothing.
        m.setForest(forest({session(1, {2}), session(2, {1})}));
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.indexOfKey(1).data(LockTreeModel::InCycleRole).toBool(), true);
        QVERIFY(m.indexOfKey(1).data().toString().contains(QStringLiteral("wait cycle")));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(!m.indexOfKey(1).isValid());
        QCOMPARE(reset.size(), 0);
    }

    void onlyChangedColumnsAreSignalled() {
        LockTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<LockSession> sessions{session(1), session(2, {1}), session(3, {1})};
        m.setForest(forest(sessions));
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setForest(forest(sessions));
        QCOMPARE(changed.size(), 0); // nothing shown changed
        sessions[1].wait.waitingMs = 65000;
        m.setForest(forest(sessions));
        QCOMPARE(changed.size(), 1);
        const auto tl = changed.at(0).at(0).value<QModelIndex>(),
                   br = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(tl.column(), int(LockTreeModel::Waiting));
        QCOMPARE(br.column(), int(LockTreeModel::Waiting));
        QCOMPARE(tl.row(), 0);
        QCOMPARE(br.row(), 1); // the sibling range
        QCOMPARE(m.indexOfKey(2, LockTreeModel::Waiting).data().toString(), QStringLiteral("65 s"));
        // A root that turns idle in transaction repaints its whole row (it turns red).
        changed.clear();
        sessions[0].state = QStringLiteral("idle in transaction");
        m.setForest(forest(sessions));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), 0);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), LockTreeModel::ColumnCount - 1);
    }

    void sortRoleIsNumeric() {
        LockTreeModel m;
        m.setForest(forest({session(1), session(2, {1}), session(3, {1})}));
        const QModelIndex root = m.indexOfKey(1);
        QCOMPARE(m.index(root.row(), LockTreeModel::Blocks).data(LockTreeModel::SortRole).toInt(), 2);
        QCOMPARE(m.index(0, LockTreeModel::Waiting, root).data(LockTreeModel::SortRole).toLongLong(), 200);
    }

    void summaryInPlace() {
        monitor::LockSummaryModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QCOMPARE(m.statusText(), QString());
        monitor::LockSummary s;
        s.rows = {group(QStringLiteral("orders"), QStringLiteral("RowExclusiveLock"), 40, 2),
                  group(QStringLiteral("order_events"), QStringLiteral("AccessShareLock"), 10)};
        s.groupsTotal = 5;
        s.locksTotal = 100000;
        m.setSummary(s);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.statusText(), QStringLiteral("2 of 5 groups shown (the busiest) · 100,000 locks in all"));
        QPersistentModelIndex events(m.index(1, monitor::LockSummaryModel::Object));
        QCOMPARE(events.data().toString(), QStringLiteral("order_events"));
        QCOMPARE(m.index(0, monitor::LockSummaryModel::Waiting).data().toString(), QStringLiteral("2"));

        // orders goes, a new group comes, order_events changes: its index stays.
        s.rows = {group(QStringLiteral("couriers"), QStringLiteral("ShareLock"), 3),
                  group(QStringLiteral("order_events"), QStringLiteral("AccessShareLock"), 12)};
        s.groupsTotal = 2;
        s.locksTotal = 15;
        m.setSummary(s);
        QCOMPARE(m.rowCount(), 2);
        QVERIFY(events.isValid());
        QCOMPARE(m.index(events.row(), monitor::LockSummaryModel::Granted).data().toString(),
                 QStringLiteral("12"));
        QCOMPARE(m.statusText(), QStringLiteral("2 groups · 15 locks in all"));
        monitor::LockSummaryRow adv;
        adv.lockType = QStringLiteral("advisory");
        adv.mode = QStringLiteral("ExclusiveLock");
        QCOMPARE(adv.objectText(), QStringLiteral("advisory locks"));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLockTreeModel)
#include "tst_locktreemodel.moc"
