// The lock tree against real locks held by real second connections: a row-lock chain, two
// independent roots, the lock queue behind an ALTER TABLE, an advisory lock, an idle-in-
// transaction root, a prepared transaction and a parallel query as blockers. Each forest is
// checked against pg_blocking_pids; releasing the root frees the chain and is audited; the
// CLI prints the same forest; the all-locks view keeps to its row limit.
#include "sandbox.h"
#include "testutil.h"

#include "cli/locks.h"
#include "history/store.h"
#include "monitor/lockforest.h"
#include "monitor/lockscollector.h"
#include "monitor/locksummaryrow.h"
#include "monitor/sessioncontrol.h"
#include "pg/sqlfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <unistd.h>

using monitor::LockForest;
using monitor::LockSession;

class TestLockTree : public QObject {
    Q_OBJECT
    QString m_dsn;
    std::unique_ptr<pg::Connection> m_monitor; // like the app's: read-only, lock_timeout 1 s
    std::unique_ptr<pg::Connection> m_probe;
    QTemporaryDir m_dir;

    std::unique_ptr<pg::Connection> open(const QString &app) { return testutil::connect(m_dsn, app); }

    LockForest snapshot(int versionNum = -1) {
        const int v = versionNum < 0 ? m_monitor->facts().versionNum : versionNum;
        const pg::Result r = QCoro::waitFor(
            m_monitor->query(pg::sqlFile(QStringLiteral("monitor/locks_snapshot"), v), {QVariant()}));
        if (!r.ok())
            qWarning("snapshot failed: %s", qPrintable(r.error()->toString()));
        // Only this test's database: other tests may hold locks in the same sandbox.
        monitor::LockSnapshot s = monitor::LockSnapshot::fromResult(r, QDateTime::currentMSecsSinceEpoch());
        s.sessions.removeIf([](const LockSession &x) { return x.database != QLatin1String("locktree"); });
        return LockForest::build(s);
    }
    int blockedNow() {
        const pg::Result r = QCoro::waitFor(
            m_probe->query(QStringLiteral("SELECT count(*) AS blocked FROM pg_stat_activity WHERE datname = "
                                          "'locktree' AND wait_event_type = 'Lock' "
                                          "AND cardinality(pg_blocking_pids(pid)) > 0")));
        return r.ok() ? int(r.int64(0, "blocked")) : -1;
    }
    bool waitBlocked(int n, int timeoutMs = 10000) {
        return testutil::waitUntil([&] { return blockedNow() == n; }, timeoutMs);
    }
    // pg_blocking_pids for every waiting backend, read after the snapshot (the state is stable).
    QHash<qint64, QList<qint64>> truth() {
        const pg::Result r = QCoro::waitFor(m_probe->query(QStringLiteral(
            "SELECT pid, ARRAY(SELECT DISTINCT b FROM unnest(pg_blocking_pids(pid)) b ORDER BY b) AS "
            "blockers "
            "FROM pg_stat_activity WHERE datname = 'locktree' AND cardinality(pg_blocking_pids(pid)) > 0")));
        QHash<qint64, QList<qint64>> out;
        for (int i = 0; i < r.rows(); ++i)
            out.insert(r.int64(i, "pid"), r.int64Array(i, "blockers"));
        return out;
    }
    // The forest's edges with prepared transactions written as pid 0, as the server does.
    static QHash<qint64, QList<qint64>> edges(const LockForest &f) {
        QHash<qint64, QList<qint64>> out;
        const auto bl = f.blockers();
        for (auto it = bl.begin(); it != bl.end(); ++it) {
            QList<qint64> b;
            for (qint64 k : it.value())
                if (!b.contains(qMax<qint64>(0, k)))
                    b << qMax<qint64>(0, k);
            std::sort(b.begin(), b.end());
            out.insert(it.key(), b);
        }
        return out;
    }
    static int pid(const std::unique_ptr<pg::Connection> &c) { return c->facts().backendPid; }
    static QList<qint64> childPids(const LockForest &f, qint64 key) {
        QList<qint64> out;
        for (int c : f.node(key)->children)
            out << f.nodes().at(c).key();
        std::sort(out.begin(), out.end());
        return out;
    }
    static QString capture(const std::function<int()> &fn, int *code) {
        QTemporaryFile file;
        if (!file.open())
            return {};
        fflush(stdout);
        const int saved = dup(1);
        dup2(file.handle(), 1);
        *code = fn();
        fflush(stdout);
        dup2(saved, 1);
        close(saved);
        file.seek(0);
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void initTestCase() {
        sandbox::createDatabase(QStringLiteral("locktree"));
        m_dsn = sandbox::dsn(QStringLiteral("locktree"));
        sandbox::psql(QStringLiteral(
                          "CREATE TABLE t (id int PRIMARY KEY, v int); INSERT INTO t SELECT g, 0 FROM "
                          "generate_series(1, 10) g;"
                          "CREATE TABLE queue_t (id int); INSERT INTO queue_t VALUES (1);"
                          "CREATE TABLE p_t (id int PRIMARY KEY, v int); INSERT INTO p_t VALUES (1, 0);"
                          "CREATE TABLE big AS SELECT g AS id FROM generate_series(1, 4000) g; ANALYZE big;"),
                      QStringLiteral("locktree"));
        m_monitor = std::make_unique<pg::Connection>();
        pg::Connection::Options o;
        o.applicationName = QStringLiteral("pgdba monitor");
        o.readOnly = true;
        o.statementTimeoutMs = 10000;
        o.lockTimeoutMs = 1000;
        m_monitor->setOptions(o);
        QVERIFY(!QCoro::waitFor(m_monitor->open(pg::ConnInfo(m_dsn))));
        m_probe = open(QStringLiteral("probe"));
        QVERIFY(m_probe->isReady());
        QCOMPARE(blockedNow(), 0);
    }

    void cleanup() {
        // Whatever a failed test left behind must not block the next one.
        sandbox::psql(QStringLiteral(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'locktree' "
            "AND application_name LIKE 'lt-%'"));
        const QString gids =
            sandbox::psql(QStringLiteral("SELECT string_agg(gid, ' ') FROM pg_prepared_xacts"));
        for (const QString &g : gids.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            sandbox::psql(QStringLiteral("ROLLBACK PREPARED '%1'").arg(g), QStringLiteral("locktree"));
        QVERIFY(waitBlocked(0));
    }

    void chainOnOneRow() {
        auto a = open(QStringLiteral("lt-a")), b = open(QStringLiteral("lt-b")),
             c = open(QStringLiteral("lt-c"));
        testutil::exec(*a, QStringLiteral("BEGIN"));
        testutil::exec(*a, QStringLiteral("UPDATE t SET v = v + 1 WHERE id = 1"));
        const qint64 xid = testutil::exec(*a, QStringLiteral("SELECT txid_current() AS x")).int64(0, "x");
        auto tb = b->query(QStringLiteral("UPDATE t SET v = v + 10 WHERE id = 1"));
        QVERIFY(waitBlocked(1));
        auto tc = c->query(QStringLiteral("UPDATE t SET v = v + 100 WHERE id = 1"));
        QVERIFY(waitBlocked(2));

        const LockForest f = snapshot();
        QCOMPARE(edges(f), truth());
        QCOMPARE(f.roots().size(), 1);
        QCOMPARE(f.nodes().at(f.roots().first()).key(), pid(a));
        QCOMPARE(childPids(f, pid(a)), QList<qint64>{pid(b)});
        QCOMPARE(childPids(f, pid(b)), QList<qint64>{pid(c)});
        QCOMPARE(f.depth(), 3);
        QCOMPARE(f.blockedCount(), 2);
        const auto *root = f.node(pid(a));
        QCOMPARE(root->totalWaiters, 2);
        QCOMPARE(root->frees, 2);
        QCOMPARE(root->session.state, QStringLiteral("idle in transaction"));
        QVERIFY(root->likelyCulprit); // the idle-in-transaction root is flagged
        QCOMPARE(root->session.application, QStringLiteral("lt-a"));
        QVERIFY(root->session.xactAgeMs >= 0);
        QVERIFY(root->session.query.contains(QStringLiteral("txid_current")));
        const auto *nb = f.node(pid(b));
        QCOMPARE(nb->session.wait.lockType, QStringLiteral("transactionid"));
        QCOMPARE(nb->session.wait.mode, QStringLiteral("ShareLock"));
        QCOMPARE(nb->waitText(), QStringLiteral("waits for ShareLock on transaction %1").arg(xid));
        QVERIFY(nb->session.wait.waitingMs >= 0);
        const auto *nc = f.node(pid(c));
        QCOMPARE(nc->session.wait.lockType, QStringLiteral("tuple"));
        QVERIFY2(nc->waitText().contains(QStringLiteral("of t")), qPrintable(nc->waitText()));

        // The older query variants see the same forest.
        for (int v : {130000, 100000}) {
            const LockForest old = snapshot(v);
            QCOMPARE(edges(old), edges(f));
            QVERIFY(old.node(pid(b))->session.wait.waitingMs >= 0);
        }

        // The CLI prints it, as JSON with the stable names and as an indented tree.
        int code = -1;
        const QString json = capture(
            [&] {
                return QCoro::waitFor(
                    cli::runLocks({QStringLiteral("--dsn"), m_dsn, QStringLiteral("--json")}));
            },
            &code);
        QCOMPARE(code, 0);
        const QJsonObject j = QJsonDocument::fromJson(json.toUtf8()).object();
        QVERIFY(j.value(QStringLiteral("blocked_sessions")).toInt() >= 2);
        QJsonObject jr;
        for (const auto &v : j.value(QStringLiteral("roots")).toArray())
            if (v.toObject().value(QStringLiteral("pid")).toInt() == pid(a))
                jr = v.toObject();
        QCOMPARE(jr.value(QStringLiteral("pid")).toInt(), pid(a));
        QCOMPARE(jr.value(QStringLiteral("blocked_total")).toInt(), 2);
        QCOMPARE(jr.value(QStringLiteral("state")).toString(), QStringLiteral("idle in transaction"));
        const QJsonObject jb = jr.value(QStringLiteral("children")).toArray().at(0).toObject();
        QCOMPARE(jb.value(QStringLiteral("pid")).toInt(), pid(b));
        QCOMPARE(jb.value(QStringLiteral("blocked_by")).toArray(), QJsonArray{pid(a)});
        QCOMPARE(jb.value(QStringLiteral("wait_mode")).toString(), QStringLiteral("ShareLock"));
        QCOMPARE(jb.value(QStringLiteral("wait_locktype")).toString(), QStringLiteral("transactionid"));
        QVERIFY(jb.value(QStringLiteral("waiting_ms")).toDouble() >= 0);
        const QJsonObject jc = jb.value(QStringLiteral("children")).toArray().at(0).toObject();
        QCOMPARE(jc.value(QStringLiteral("relation")).toString(), QStringLiteral("t"));
        const QString text = capture(
            [&] {
                return QCoro::waitFor(cli::runLocks({QStringLiteral("--dsn"), m_dsn}));
            },
            &code);
        QCOMPARE(code, 0);
        QVERIFY2(text.contains(QStringLiteral("pid %1").arg(pid(a))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\n  pid %1").arg(pid(b))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\n    pid %1").arg(pid(c))), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("LIKELY CULPRIT")));
        capture(
            [&] {
                return QCoro::waitFor(
                    cli::runLocks({QStringLiteral("--dsn"), QStringLiteral("host=/nonexistent")}));
            },
            &code);
        QCOMPARE(code, 2);

        testutil::exec(*a, QStringLiteral("ROLLBACK"));
        QVERIFY(QCoro::waitFor(tb).ok());
        QVERIFY(QCoro::waitFor(tc).ok());
        QVERIFY(waitBlocked(0));
        QCOMPARE(snapshot().nodes().size(), 0);
    }

    void laterRefreshesCarryOnlyWhatMoves() {
        // While the forest keeps its shape, the server sends states, wait events and ages only;
        // the forest built from them is the whole one. A new waiter, or a blocker that runs
        // another statement, brings everything again.
        auto a = open(QStringLiteral("lt-a")), b = open(QStringLiteral("lt-b")),
             c = open(QStringLiteral("lt-c"));
        testutil::exec(*a, QStringLiteral("BEGIN"));
        testutil::exec(*a, QStringLiteral("UPDATE t SET v = v + 1 WHERE id = 3"));
        auto tb = b->query(QStringLiteral("UPDATE t SET v = v + 10 WHERE id = 3"));
        QVERIFY(waitBlocked(1));
        auto fetch = [&](const monitor::LockSnapshot &base) {
            return QCoro::waitFor(monitor::LocksCollector::fetch(m_monitor.get(), false, base));
        };
        monitor::LocksFetch f = fetch({});
        QVERIFY(f.ok());
        QVERIFY(f.snapshot.full);
        QVERIFY(!f.snapshot.signature.isEmpty());
        const qint64 firstWait = f.forest.node(pid(b))->session.wait.waitingMs;
        // Other tests may change their own locks meanwhile: refresh until one keeps the shape.
        QVERIFY(testutil::waitUntil([&] {
            f = fetch(f.snapshot);
            return f.ok() && !f.snapshot.full;
        }));
        QVERIFY(f.snapshot.consistent);
        const auto *root = f.forest.node(pid(a));
        QVERIFY(root);
        QCOMPARE(root->session.application, QStringLiteral("lt-a"));
        QCOMPARE(root->session.state, QStringLiteral("idle in transaction"));
        QVERIFY(root->session.query.contains(QStringLiteral("id = 3")));
        const auto *nb = f.forest.node(pid(b));
        QCOMPARE(nb->session.blockedByPids, QList<int>{pid(a)});
        QCOMPARE(nb->session.wait.lockType, QStringLiteral("transactionid"));
        QCOMPARE(nb->session.wait.mode, QStringLiteral("ShareLock"));
        QVERIFY(nb->session.query.contains(QStringLiteral("v + 10")));
        QVERIFY(nb->session.wait.waitingMs >= firstWait); // the ages moved on
        QCOMPARE(childPids(f.forest, pid(a)), QList<qint64>{pid(b)});

        // A second waiter: the shape changed, everything comes.
        auto tc = c->query(QStringLiteral("UPDATE t SET v = v + 100 WHERE id = 3"));
        QVERIFY(waitBlocked(2));
        f = fetch(f.snapshot);
        QVERIFY(f.snapshot.full);
        QVERIFY(f.forest.node(pid(c)));
        QCOMPARE(f.forest.node(pid(c))->session.wait.lockType, QStringLiteral("tuple"));
        QVERIFY(f.forest.node(pid(c))->session.query.contains(QStringLiteral("v + 100")));
        // The root runs another statement inside its transaction: its new text comes.
        QVERIFY(testutil::waitUntil([&] {
            f = fetch(f.snapshot);
            return f.ok() && !f.snapshot.full;
        }));
        testutil::exec(*a, QStringLiteral("SELECT 'root moved on' AS marker"));
        f = fetch(f.snapshot);
        QVERIFY(f.snapshot.full);
        QVERIFY2(f.forest.node(pid(a))->session.query.contains(QStringLiteral("root moved on")),
                 qPrintable(f.forest.node(pid(a))->session.query));
        testutil::exec(*a, QStringLiteral("ROLLBACK"));
        QVERIFY(QCoro::waitFor(tb).ok());
        QVERIFY(QCoro::waitFor(tc).ok());
    }

    void twoIndependentRoots() {
        auto a1 = open(QStringLiteral("lt-a1")), b1 = open(QStringLiteral("lt-b1"));
        auto a2 = open(QStringLiteral("lt-a2")), b2 = open(QStringLiteral("lt-b2")),
             c2 = open(QStringLiteral("lt-c2"));
        testutil::exec(*a1, QStringLiteral("BEGIN"));
        testutil::exec(*a1, QStringLiteral("SELECT * FROM t WHERE id = 2 FOR UPDATE"));
        testutil::exec(*a2, QStringLiteral("BEGIN"));
        testutil::exec(*a2, QStringLiteral("SELECT * FROM t WHERE id = 3 FOR UPDATE"));
        auto t1 = b1->query(QStringLiteral("UPDATE t SET v = 1 WHERE id = 2"));
        auto t2 = b2->query(QStringLiteral("UPDATE t SET v = 1 WHERE id = 3"));
        QVERIFY(waitBlocked(2));
        auto t3 = c2->query(QStringLiteral("UPDATE t SET v = 2 WHERE id = 3"));
        QVERIFY(waitBlocked(3));
        const LockForest f = snapshot();
        QCOMPARE(edges(f), truth());
        QCOMPARE(f.roots().size(), 2);
        // Busiest root first.
        QCOMPARE(f.nodes().at(f.roots().at(0)).key(), pid(a2));
        QCOMPARE(f.nodes().at(f.roots().at(1)).key(), pid(a1));
        QCOMPARE(f.node(pid(a2))->totalWaiters, 2);
        QCOMPARE(f.node(pid(a1))->totalWaiters, 1);
        QCOMPARE(f.node(pid(a1))->frees, 1);
        QCOMPARE(f.blockedCount(), 3);
        testutil::exec(*a1, QStringLiteral("COMMIT"));
        testutil::exec(*a2, QStringLiteral("COMMIT"));
        for (auto *t : {&t1, &t2, &t3})
            QVERIFY(QCoro::waitFor(*t).ok());
    }

    void lockQueueBehindAlterTable() {
        // A long SELECT holds AccessShareLock; ALTER TABLE queues for AccessExclusiveLock; later
        // SELECTs queue behind the ALTER, not behind the SELECT that really holds the table.
        auto reader = open(QStringLiteral("lt-reader")), alter = open(QStringLiteral("lt-alter"));
        auto s1 = open(QStringLiteral("lt-s1")), s2 = open(QStringLiteral("lt-s2"));
        auto longSelect = reader->query(QStringLiteral("SELECT count(*), pg_sleep(60) FROM queue_t"));
        QVERIFY(testutil::waitUntil([&] {
            return sandbox::psql(QStringLiteral(
                       "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'lt-reader' "
                       "AND wait_event = 'PgSleep'")) == QLatin1String("1");
        }));
        auto ta = alter->query(QStringLiteral("ALTER TABLE queue_t ADD COLUMN extra int"));
        QVERIFY(waitBlocked(1));
        auto t1 = s1->query(QStringLiteral("SELECT * FROM queue_t"));
        auto t2 = s2->query(QStringLiteral("SELECT count(*) FROM queue_t"));
        QVERIFY(waitBlocked(3));
        const LockForest f = snapshot();
        QCOMPARE(edges(f), truth());
        QCOMPARE(f.roots().size(), 1);
        QCOMPARE(f.nodes().at(f.roots().first()).key(), pid(reader));
        QCOMPARE(childPids(f, pid(reader)), QList<qint64>{pid(alter)});
        QList<qint64> readers{pid(s1), pid(s2)};
        std::sort(readers.begin(), readers.end());
        QCOMPARE(childPids(f, pid(alter)), readers); // the ALTER is the middle node
        QCOMPARE(f.depth(), 3);
        const auto *root = f.node(pid(reader));
        QCOMPARE(root->session.state, QStringLiteral("active"));
        QVERIFY(!root->likelyCulprit);
        QCOMPARE(root->frees, 3);
        QCOMPARE(f.node(pid(alter))->waitText(),
                 QStringLiteral("AccessExclusiveLock on queue_t wanted by ALTER TABLE"));
        QCOMPARE(f.node(pid(s1))->waitText(), QStringLiteral("AccessShareLock on queue_t wanted by SELECT"));
        QVERIFY(QCoro::waitFor(reader->cancel()));
        QCOMPARE(QCoro::waitFor(longSelect).error()->sqlState, QStringLiteral("57014"));
        QVERIFY(QCoro::waitFor(ta).ok());
        QVERIFY(QCoro::waitFor(t1).ok());
        QVERIFY(QCoro::waitFor(t2).ok());
    }

    void advisoryLock() {
        auto a = open(QStringLiteral("lt-adv-a")), b = open(QStringLiteral("lt-adv-b"));
        testutil::exec(*a, QStringLiteral("SELECT pg_advisory_lock(424242)"));
        auto tb = b->query(QStringLiteral("SELECT pg_advisory_lock(424242)"));
        QVERIFY(waitBlocked(1));
        const LockForest f = snapshot();
        QCOMPARE(edges(f), truth());
        const auto *nb = f.node(pid(b));
        QVERIFY(nb);
        QCOMPARE(nb->session.wait.lockType, QStringLiteral("advisory"));
        QCOMPARE(nb->waitText(), QStringLiteral("waits for ExclusiveLock on advisory lock 424242"));
        const auto *root = f.node(pid(a));
        QVERIFY(root->isRoot());
        QCOMPARE(root->session.state,
                 QStringLiteral("idle")); // a session-level lock outlives the transaction
        QVERIFY(!root->likelyCulprit);
        testutil::exec(*a, QStringLiteral("SELECT pg_advisory_unlock(424242)"));
        QVERIFY(QCoro::waitFor(tb).ok());
        testutil::exec(*b, QStringLiteral("SELECT pg_advisory_unlock(424242)"));
    }

    void idleInTransactionRootFlagged() {
        auto a = open(QStringLiteral("lt-idle")), b = open(QStringLiteral("lt-victim"));
        testutil::exec(*a, QStringLiteral("BEGIN"));
        testutil::exec(*a, QStringLiteral("LOCK TABLE t IN SHARE MODE"));
        auto tb = b->query(QStringLiteral("UPDATE t SET v = 5 WHERE id = 5"));
        QVERIFY(waitBlocked(1));
        QVERIFY(testutil::waitForActivity(
            QStringLiteral("pid = %1 AND clock_timestamp() - state_change >= interval '300 ms'")
                .arg(pid(a))));
        const LockForest f = snapshot();
        QCOMPARE(edges(f), truth());
        const auto *root = f.node(pid(a));
        QVERIFY(root->likelyCulprit);
        QVERIFY(root->session.stateAgeMs >= 300);
        QVERIFY2(root->session.doingText().startsWith(QStringLiteral("idle in transaction for")),
                 qPrintable(root->session.doingText()));
        QVERIFY(root->session.doingText().contains(QStringLiteral("LOCK TABLE t IN SHARE MODE")));
        const monitor::SessionTarget target = root->session.target();
        QCOMPARE(target.pid, pid(a));
        QCOMPARE(target.state, QStringLiteral("idle in transaction"));
        QVERIFY(target.backendStart.isValid());
        QCOMPARE(f.node(pid(b))->waitText(), QStringLiteral("RowExclusiveLock on t wanted by UPDATE"));
        testutil::exec(*a, QStringLiteral("ROLLBACK"));
        QVERIFY(QCoro::waitFor(tb).ok());
    }

    void preparedTransactionBlocks() {
        auto p = open(QStringLiteral("lt-prepare")), b = open(QStringLiteral("lt-after-prepare"));
        testutil::exec(*p, QStringLiteral("BEGIN"));
        testutil::exec(*p, QStringLiteral("UPDATE p_t SET v = 1 WHERE id = 1"));
        testutil::exec(*p, QStringLiteral("PREPARE TRANSACTION 'pgdba_locktree_px'"));
        auto tb = b->query(QStringLiteral("UPDATE p_t SET v = 2 WHERE id = 1"));
        QVERIFY(waitBlocked(1));
        const LockForest f = snapshot();
        QCOMPARE(edges(f), truth()); // the server says pid 0
        QCOMPARE(f.node(pid(b))->session.blockedByPids, QList<int>{0});
        QCOMPARE(f.roots().size(), 1);
        const auto &root = f.nodes().at(f.roots().first());
        QCOMPARE(root.session.kind, LockSession::Kind::PreparedTransaction);
        QCOMPARE(root.session.preparedGid, QStringLiteral("pgdba_locktree_px"));
        QCOMPARE(root.session.label(), QStringLiteral("prepared transaction 'pgdba_locktree_px'"));
        QCOMPARE(root.session.user, QStringLiteral("postgres"));
        QVERIFY(!root.session.canSignal());
        QCOMPARE(root.frees, 1);
        sandbox::psql(QStringLiteral("ROLLBACK PREPARED 'pgdba_locktree_px'"), QStringLiteral("locktree"));
        QVERIFY(QCoro::waitFor(tb).ok());
    }

    void parallelQueryLeaderBlocks() {
        auto leader = open(QStringLiteral("lt-parallel")), alter = open(QStringLiteral("lt-par-alter"));
        for (const char *set :
             {"SET parallel_setup_cost = 0", "SET parallel_tuple_cost = 0",
              "SET min_parallel_table_scan_size = 0", "SET max_parallel_workers_per_gather = 2"})
            testutil::exec(*leader, QString::fromLatin1(set));
        auto scan = leader->query(QStringLiteral("SELECT count(pg_sleep(0.01)) FROM big"));
        QVERIFY(testutil::waitUntil([&] {
            return sandbox::psql(
                       QStringLiteral(
                           "SELECT count(*) FROM pg_stat_activity WHERE leader_pid = %1 AND pid <> %1")
                           .arg(pid(leader))) != QLatin1String("0");
        }));
        auto ta = alter->query(QStringLiteral("ALTER TABLE big ADD COLUMN extra int"));
        QVERIFY(waitBlocked(1));
        const LockForest f = snapshot();
        QCOMPARE(edges(f), truth()); // workers' locks are reported under their leader
        const auto *root = f.node(pid(leader));
        QVERIFY(root && root->isRoot());
        QVERIFY(root->session.parallelWorkers >= 1);
        QVERIFY2(root->session.label().startsWith(QStringLiteral("parallel query leader")),
                 qPrintable(root->session.label()));
        QVERIFY(QCoro::waitFor(leader->cancel()));
        QVERIFY(!QCoro::waitFor(scan).ok());
        QVERIFY(QCoro::waitFor(ta).ok());
    }

    void releasingTheRootFreesTheChainAndIsAudited() {
        history::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("audit.sqlite"))));
        auto actions = open(QStringLiteral("pgdba actions"));
        monitor::SessionControl control(actions.get(), QStringLiteral("sandbox"), &store);
        control.addProtectedPid(m_monitor->facts().backendPid);
        auto a = open(QStringLiteral("lt-root")), b = open(QStringLiteral("lt-mid")),
             c = open(QStringLiteral("lt-leaf"));
        testutil::exec(*a, QStringLiteral("BEGIN"));
        testutil::exec(*a, QStringLiteral("UPDATE t SET v = v + 1 WHERE id = 4"));
        auto tb = b->query(QStringLiteral("UPDATE t SET v = v + 1 WHERE id = 4"));
        QVERIFY(waitBlocked(1));
        auto tc = c->query(QStringLiteral("UPDATE t SET v = v + 1 WHERE id = 4"));
        QVERIFY(waitBlocked(2));
        const LockForest f = snapshot();
        const auto &root = f.nodes().at(f.roots().first());
        QCOMPARE(root.key(), pid(a));
        QCOMPARE(root.frees, 2);
        const auto out =
            QCoro::waitFor(control.apply({root.session.target()}, monitor::SessionAction::Terminate));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].status, monitor::SessionOutcome::Status::Done);
        QVERIFY(waitBlocked(0, 2000)); // the whole chain is free within 2 s
        QVERIFY(QCoro::waitFor(tb).ok());
        QVERIFY(QCoro::waitFor(tc).ok());
        const auto log = store.audit(1);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].pid, pid(a));
        QCOMPARE(log[0].action, QStringLiteral("terminate"));
        QCOMPARE(log[0].outcome, QStringLiteral("done"));
        QCOMPARE(log[0].targetApplication, QStringLiteral("lt-root"));
        QVERIFY(log[0].targetQuery.contains(QStringLiteral("UPDATE t")));
        // The monitoring session itself is never signalled.
        monitor::SessionTarget self;
        self.pid = m_monitor->facts().backendPid;
        QCOMPARE(QCoro::waitFor(control.apply({self}, monitor::SessionAction::Terminate))[0].status,
                 monitor::SessionOutcome::Status::Refused);
    }

    void allLocksAggregatedWithRowLimit() {
        auto a = open(QStringLiteral("lt-many")), w = open(QStringLiteral("lt-many-wait"));
        QString ddl;
        for (int i = 0; i < 30; ++i)
            ddl += QStringLiteral("CREATE TABLE IF NOT EXISTS many_%1 (id int);").arg(i);
        sandbox::psql(ddl, QStringLiteral("locktree"));
        testutil::exec(*a, QStringLiteral("BEGIN"));
        testutil::exec(
            *a, QStringLiteral("SELECT count(pg_advisory_xact_lock(g)) FROM generate_series(1, 2000) g"));
        for (int i = 0; i < 30; ++i)
            testutil::exec(*a, QStringLiteral("LOCK TABLE many_%1 IN SHARE MODE").arg(i));
        auto tw = w->query(QStringLiteral("INSERT INTO many_7 VALUES (1)"));
        QVERIFY(waitBlocked(1));
        QVariantList params;
        params << 10;
        const pg::Result r =
            QCoro::waitFor(m_monitor->query(pg::sqlFile(QStringLiteral("monitor/locks_summary")), params));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error()->toString()));
        const auto s = monitor::LockSummary::fromResult(r);
        QCOMPARE(s.rows.size(), 10);
        QVERIFY(s.truncated());
        QVERIFY(s.groupsTotal >= 32);
        QVERIFY(s.locksTotal >= 2031);
        // Groups with waiters first, then the biggest.
        QCOMPARE(s.rows.at(0).relation, QStringLiteral("many_7"));
        QCOMPARE(s.rows.at(0).mode, QStringLiteral("RowExclusiveLock"));
        QCOMPARE(s.rows.at(0).waiting, qint64(1));
        QCOMPARE(s.rows.at(1).lockType, QStringLiteral("advisory"));
        QCOMPARE(s.rows.at(1).granted, qint64(2000));
        QCOMPARE(s.rows.at(1).objectText(), QStringLiteral("advisory locks"));
        QVERIFY(s.rows.at(1).pids.contains(pid(a)));
        QVERIFY(s.rows.at(1).applications.contains(QStringLiteral("lt-many")));
        QVERIFY(s.rows.at(1).oldestXactMs >= 0);
        testutil::exec(*a, QStringLiteral("ROLLBACK"));
        QVERIFY(QCoro::waitFor(tw).ok());
    }
};

QTEST_GUILESS_MAIN(TestLockTree)
#include "tst_locktree.moc"
