// The lock forest builder on hand-made snapshots: chains, several blockers, cycles, torn
// snapshots, prepared transactions and parallel workers; the wait in words; the CLI's JSON.
#include "cli/locks.h"
#include "monitor/lockforest.h"
#include "monitor/sessioncontrol.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using monitor::LockForest;
using monitor::LockSession;
using monitor::LockSnapshot;
using monitor::LockWait;

namespace {
LockWait rowWait(qint64 xid = 1234) {
    LockWait w;
    w.lockType = QStringLiteral("transactionid");
    w.mode = QStringLiteral("ShareLock");
    w.transactionId = xid;
    w.waitingMs = 1500;
    return w;
}

LockSession session(int pid, const QList<qint64> &blockers = {},
                    const QString &state = QStringLiteral("active")) {
    LockSession s;
    s.pid = pid;
    s.key = pid;
    s.state = state;
    s.user = QStringLiteral("app");
    s.application = QStringLiteral("zariz-api");
    s.query = QStringLiteral("UPDATE orders SET status = 'assigned' WHERE id = 7");
    s.xactAgeMs = 60000;
    s.stateAgeMs = 30000;
    s.queryAgeMs = 2000;
    for (qint64 b : blockers) {
        s.blockerKeys << b;
        s.blockedByPids << int(qMax<qint64>(0, b));
    }
    if (!blockers.isEmpty())
        s.wait = rowWait();
    return s;
}

LockSnapshot snap(const QList<LockSession> &sessions) {
    LockSnapshot s;
    s.sessions = sessions;
    s.takenAtMs = 1700000000000;
    return s;
}

QList<qint64> keys(const LockForest &f, const QList<int> &idx) {
    QList<qint64> out;
    for (int i : idx)
        out << f.nodes().at(i).key();
    return out;
}

QList<qint64> childKeys(const LockForest &f, qint64 key) {
    return keys(f, f.node(key)->children);
}

// Every node is reachable from exactly one root, once, and parents point back.
void checkIsForest(const LockForest &f) {
    QSet<int> seen;
    QList<int> stack = f.roots();
    while (!stack.isEmpty()) {
        const int i = stack.takeLast();
        QVERIFY2(!seen.contains(i), "a node appears twice");
        seen.insert(i);
        for (int c : f.nodes().at(i).children) {
            QCOMPARE(f.nodes().at(c).parent, i);
            QCOMPARE(f.nodes().at(c).depth, f.nodes().at(i).depth + 1);
            stack << c;
        }
    }
    QCOMPARE(seen.size(), f.nodes().size());
}
} // namespace

class TestLockForest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chainOnOneRow() {
        const auto f = LockForest::build(
            snap({session(1, {}, QStringLiteral("idle in transaction")), session(2, {1}), session(3, {2})}));
        checkIsForest(f);
        QCOMPARE(keys(f, f.roots()), QList<qint64>{1});
        QCOMPARE(childKeys(f, 1), QList<qint64>{2});
        QCOMPARE(childKeys(f, 2), QList<qint64>{3});
        QCOMPARE(f.depth(), 3);
        QCOMPARE(f.blockedCount(), 2);
        const auto *root = f.node(1);
        QVERIFY(root->isRoot());
        QCOMPARE(root->directWaiters, 1);
        QCOMPARE(root->totalWaiters, 2);
        QCOMPARE(root->frees, 2);
        QVERIFY(root->likelyCulprit);
        QVERIFY(!f.node(2)->likelyCulprit);
        QCOMPARE(f.node(2)->totalWaiters, 1);
        QCOMPARE(f.freedBy(2), QList<qint64>{3});
        QVERIFY(!f.hasCycle());
    }

    void activeRootIsNotTheCulprit() {
        const auto f = LockForest::build(snap({session(1), session(2, {1})}));
        QVERIFY(!f.node(1)->likelyCulprit);
        QCOMPARE(f.node(1)->frees, 1);
    }

    void twoIndependentRootsBusiestFirst() {
        const auto f = LockForest::build(
            snap({session(1), session(2, {1}), session(10), session(11, {10}), session(12, {10})}));
        checkIsForest(f);
        QCOMPARE(keys(f, f.roots()), (QList<qint64>{10, 1}));
        QCOMPARE(childKeys(f, 10), (QList<qint64>{11, 12}));
        QCOMPARE(f.blockedCount(), 3);
        QCOMPARE(f.depth(), 2);
    }

    void severalBlockersDeepestIsParent() {
        // 3 waits behind 2, which waits on 1; 3 also conflicts with 1 directly.
        const auto f = LockForest::build(snap({session(1), session(2, {1}), session(3, {1, 2})}));
        checkIsForest(f);
        QCOMPARE(f.node(3)->parent, f.indexOf(2));
        QCOMPARE(f.node(3)->alsoBlockedBy, QList<qint64>{1});
        QVERIFY2(f.node(3)->waitText().contains(QStringLiteral("also blocked by pid 1")),
                 qPrintable(f.node(3)->waitText()));
        QCOMPARE(f.node(1)->directWaiters, 2);
        QCOMPARE(f.node(1)->totalWaiters, 2);
        QCOMPARE(f.node(1)->frees, 2);
        QVERIFY(f.freedBy(2).isEmpty()); // 3 still waits on 1
    }

    void severalRootsShareAWaiter() {
        const auto f = LockForest::build(snap({session(5), session(4), session(9, {5, 4})}));
        checkIsForest(f);
        QCOMPARE(f.node(9)->parent, f.indexOf(4)); // same depth: lowest pid
        QCOMPARE(f.node(9)->alsoBlockedBy, QList<qint64>{5});
        QCOMPARE(f.node(4)->frees, 0);
        QCOMPARE(f.node(5)->totalWaiters, 1);
        QCOMPARE(f.blockedCount(), 1);
    }

    void cycleNeverLoops() {
        // A deadlock the server has not broken yet (or a torn read): 1 <-> 2, 3 behind 2,
        // and a separate three-cycle 7 -> 8 -> 9 -> 7.
        const auto f = LockForest::build(snap({session(1, {2}), session(2, {1}), session(3, {2}),
                                               session(7, {9}), session(8, {7}), session(9, {8})}));
        checkIsForest(f);
        QVERIFY(f.hasCycle());
        QCOMPARE(keys(f, f.roots()).size(), 2);
        QVERIFY(f.node(1)->isRoot());
        QVERIFY(f.node(1)->inCycle);
        QCOMPARE(f.node(1)->alsoBlockedBy, QList<qint64>{2});
        QVERIFY(f.node(2)->inCycle);
        QVERIFY(!f.node(3)->inCycle);
        QVERIFY(f.node(7)->isRoot());
        QCOMPARE(f.blockedCount(), 6);
        QCOMPARE(f.node(2)->totalWaiters, 2); // 1 and 3
    }

    void tornSnapshot() {
        // 5 waits on 99, which ended between the reads; 6 waits on itself (nonsense); 8 was
        // waiting in one view but its blockers are gone in the other; 4 is not involved.
        LockSession selfish = session(6, {6});
        LockSession stale = session(8);
        stale.wait = rowWait();
        const auto f =
            LockForest::build(snap({session(5, {99}), selfish, stale, session(4), session(5, {1})}));
        checkIsForest(f);
        QCOMPARE(keys(f, f.roots()), QList<qint64>{99});
        QCOMPARE(f.node(99)->session.kind, LockSession::Kind::Vanished);
        QVERIFY(f.node(99)->session.label().contains(QStringLiteral("not found")));
        QVERIFY(!f.node(99)->session.canSignal());
        QCOMPARE(childKeys(f, 99), QList<qint64>{5});
        QVERIFY(!f.node(6));
        QVERIFY(!f.node(8));
        QVERIFY(!f.node(4));
        QCOMPARE(f.blockedCount(), 1);
        const auto empty = LockForest::build(LockSnapshot());
        QVERIFY(empty.roots().isEmpty());
        QCOMPARE(empty.depth(), 0);
        QCOMPARE(empty.blockedCount(), 0);
    }

    void preparedTransactionAsBlocker() {
        LockSession px;
        px.kind = LockSession::Kind::PreparedTransaction;
        px.preparedXid = 731;
        px.key = LockSession::preparedKey(731);
        px.preparedGid = QStringLiteral("px1");
        px.user = QStringLiteral("postgres");
        px.state = QStringLiteral("prepared");
        px.xactAgeMs = 5000;
        LockSession w = session(20, {-731});
        QCOMPARE(w.blockedByPids, QList<int>{0});
        const auto f = LockForest::build(snap({w, px}));
        checkIsForest(f);
        const auto *root = f.node(-731);
        QVERIFY(root && root->isRoot());
        QCOMPARE(root->session.label(), QStringLiteral("prepared transaction 'px1'"));
        QVERIFY(root->session.doingText().contains(QStringLiteral("ROLLBACK PREPARED")));
        QVERIFY(!root->likelyCulprit);
        QVERIFY(!root->session.canSignal());
        QCOMPARE(root->session.target().pid, 0);
        QCOMPARE(root->frees, 1);
        // "pid 0" with no prepared transaction found: an unidentified prepared node.
        const auto g = LockForest::build(snap({session(21, {LockSession::UnknownPreparedKey})}));
        QCOMPARE(g.node(LockSession::UnknownPreparedKey)->session.kind,
                 LockSession::Kind::PreparedTransaction);
        QCOMPARE(g.node(LockSession::UnknownPreparedKey)->session.label(),
                 QStringLiteral("prepared transaction"));
    }

    void parallelWorkersLabelled() {
        LockSession leader = session(30);
        leader.parallelWorkers = 2;
        LockSession worker = session(31, {40});
        worker.kind = LockSession::Kind::ParallelWorker;
        worker.leaderPid = 41;
        const auto f = LockForest::build(snap({leader, session(32, {30}), worker, session(40)}));
        checkIsForest(f);
        QCOMPARE(f.node(30)->session.label(), QStringLiteral("parallel query leader (2 workers)"));
        QCOMPARE(f.node(31)->session.label(), QStringLiteral("parallel worker of pid 41"));
        // Signalling a worker does not end its query: actions go to the leader.
        QCOMPARE(f.node(31)->session.target().pid, 41);
        QCOMPARE(f.node(30)->session.target().pid, 30);
    }

    void targetCarriesWhatTheDialogShows() {
        LockSession s = session(50, {}, QStringLiteral("idle in transaction"));
        s.backendStart = QDateTime::fromMSecsSinceEpoch(1700000000000);
        const monitor::SessionTarget t = s.target();
        QCOMPARE(t.pid, 50);
        QCOMPARE(t.user, QStringLiteral("app"));
        QCOMPARE(t.state, QStringLiteral("idle in transaction"));
        QCOMPARE(t.durationMs, qint64(30000)); // idle for: the state's age
        QCOMPARE(t.backendStart, s.backendStart);
        QVERIFY(
            s.doingText().startsWith(QStringLiteral("idle in transaction for 30 s (transaction open 60 s)")));
    }

    void randomGraphsStayForests_data() {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 20; ++seed)
            QTest::addRow("seed %d", seed) << seed;
    }
    void randomGraphsStayForests() {
        QFETCH(int, seed);
        QRandomGenerator rng{quint32(seed)};
        QList<LockSession> sessions;
        const int n = 300;
        for (int pid = 1; pid <= n; ++pid) {
            QList<qint64> blockers;
            const int k = int(rng.bounded(4));
            for (int j = 0; j < k; ++j)
                blockers << qint64(rng.bounded(1, n + 20)); // some blockers do not exist
            sessions << session(pid, blockers);
        }
        const auto f = LockForest::build(snap(sessions));
        checkIsForest(f);
        for (const auto &node : f.nodes()) {
            QVERIFY(node.totalWaiters >= node.directWaiters || node.inCycle);
            QVERIFY(node.totalWaiters < f.nodes().size());
        }
        // The forest keeps every edge: blockers() is exactly what the snapshot said.
        const auto bl = f.blockers();
        for (const auto &s : std::as_const(sessions)) {
            QList<qint64> want;
            for (qint64 b : s.blockerKeys)
                if (b != s.key && !want.contains(b))
                    want << b;
            std::sort(want.begin(), want.end());
            QCOMPARE(bl.value(s.key), want);
        }
    }

    void waitInWords_data() {
        QTest::addColumn<QString>("lockType");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::addRow("transaction") << "transactionid"
                                     << "ShareLock"
                                     << "UPDATE t SET v = 1"
                                     << "waits for ShareLock on transaction 1234";
        QTest::addRow("alter") << "relation"
                               << "AccessExclusiveLock"
                               << "  /* deploy */ alter table orders add c int"
                               << "AccessExclusiveLock on orders wanted by ALTER TABLE";
        QTest::addRow("select") << "relation"
                                << "AccessShareLock"
                                << "select * from orders"
                                << "AccessShareLock on orders wanted by SELECT";
        QTest::addRow("row") << "tuple"
                             << "ExclusiveLock"
                             << "UPDATE orders SET v = 1"
                             << "waits for ExclusiveLock on row (0,7) of orders";
        QTest::addRow("advisory") << "advisory"
                                  << "ExclusiveLock"
                                  << "SELECT pg_advisory_lock(42)"
                                  << "waits for ExclusiveLock on advisory lock 42";
        QTest::addRow("vxid") << "virtualxid"
                              << "ShareLock"
                              << "CREATE INDEX CONCURRENTLY i ON orders (v)"
                              << "waits for ShareLock on virtual transaction 3/45";
    }
    void waitInWords() {
        QFETCH(QString, lockType);
        QFETCH(QString, mode);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        LockWait w;
        w.lockType = lockType;
        w.mode = mode;
        w.relation = QStringLiteral("orders");
        w.transactionId = 1234;
        w.page = 0;
        w.tuple = 7;
        w.classId = 0;
        w.objId = 42;
        w.objSubId = 1;
        w.virtualXid = QStringLiteral("3/45");
        QCOMPARE(w.describe(LockWait::commandOf(query)), expected);
    }

    void moreWords() {
        LockWait w;
        w.lockType = QStringLiteral("advisory");
        w.mode = QStringLiteral("ShareLock");
        w.classId = 1;
        w.objId = 2;
        w.objSubId = 2;
        QCOMPARE(w.target(), QStringLiteral("advisory lock (1, 2)"));
        w.classId = 1;
        w.objSubId = 1;
        QCOMPARE(w.target(), QStringLiteral("advisory lock 4294967298"));
        LockWait other;
        other.lockType = QStringLiteral("relation");
        other.relationOid = 16390;
        other.database = QStringLiteral("shop");
        QCOMPARE(other.target(), QStringLiteral("relation 16390 in database shop"));
        QCOMPARE(LockWait::commandOf(QStringLiteral("-- why\nCREATE UNIQUE INDEX CONCURRENTLY x ON t (a)")),
                 QStringLiteral("CREATE UNIQUE INDEX"));
        QCOMPARE(LockWait::commandOf(QStringLiteral("lock orders in exclusive mode")),
                 QStringLiteral("LOCK"));
        QCOMPARE(LockWait::commandOf(QStringLiteral("LOCK TABLE orders")), QStringLiteral("LOCK TABLE"));
        QCOMPARE(LockWait::commandOf(QString()), QString());
        QCOMPARE(monitor::lockAgeText(850), QStringLiteral("850 ms"));
        QCOMPARE(monitor::lockAgeText(185000), QStringLiteral("3 min 5 s"));
        QCOMPARE(monitor::lockAgeText(7800000), QStringLiteral("2 h 10 min"));
        QCOMPARE(monitor::lockAgeText(-1), QString());
    }

    void jsonHasStableFieldNames() {
        const auto f = LockForest::build(
            snap({session(1, {}, QStringLiteral("idle in transaction")), session(2, {1}), session(3, {2})}));
        const QJsonObject j = cli::lockTreeJson(f);
        QCOMPARE(j.value(QStringLiteral("blocked_sessions")).toInt(), 2);
        QCOMPARE(j.value(QStringLiteral("depth")).toInt(), 3);
        const QJsonObject root = j.value(QStringLiteral("roots")).toArray().at(0).toObject();
        for (const char *field : {"pid", "blocked_by", "wait_mode", "wait_locktype", "relation", "waiting_ms",
                                  "xact_age_ms", "state", "query", "blocked_total"})
            QVERIFY2(root.contains(QLatin1String(field)), field);
        QCOMPARE(root.value(QStringLiteral("pid")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("blocked_total")).toInt(), 2);
        QCOMPARE(root.value(QStringLiteral("likely_culprit")).toBool(), true);
        QVERIFY(root.value(QStringLiteral("wait_mode")).isNull());
        const QJsonObject b = root.value(QStringLiteral("children")).toArray().at(0).toObject();
        QCOMPARE(b.value(QStringLiteral("pid")).toInt(), 2);
        QCOMPARE(b.value(QStringLiteral("blocked_by")).toArray(), QJsonArray{1});
        QCOMPARE(b.value(QStringLiteral("wait_mode")).toString(), QStringLiteral("ShareLock"));
        QCOMPARE(b.value(QStringLiteral("wait_locktype")).toString(), QStringLiteral("transactionid"));
        QCOMPARE(b.value(QStringLiteral("waiting_ms")).toInt(), 1500);
        QCOMPARE(b.value(QStringLiteral("xact_age_ms")).toInt(), 60000);
        const QString text = cli::lockTreeText(f);
        QVERIFY2(text.contains(QStringLiteral("blocked sessions: 2, root blockers: 1, longest chain: 3")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\n  pid 2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\n    pid 3")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("LIKELY CULPRIT")));
        QCOMPARE(cli::lockTreeText(LockForest()), QStringLiteral("No session is waiting for a lock."));
    }
};

QTEST_GUILESS_MAIN(TestLockForest)
#include "tst_lockforest.moc"
