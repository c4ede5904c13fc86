// The activity query, snapshot and model against real sessions in known states, made by extra
// connections: an active pg_sleep, an idle transaction, a session waiting on a row lock held by
// another. Cancel and terminate act on them through SessionControl as the page does, with the
// audit log in a real SQLite store; a role without privileges gets the clear message. Refreshes
// after the first send only what changed (issue 20): texts of sessions that ran something, ended
// sessions gone at the next refresh, everything again after a reconnect.
#include "sandbox.h"
#include "testutil.h"

#include "history/store.h"
#include "monitor/activitycollector.h"
#include "monitor/activityfilter.h"
#include "monitor/activitymodel.h"
#include "monitor/activitysnapshot.h"
#include "monitor/poller.h"
#include "monitor/sessioncontrol.h"
#include "pg/sqlfile.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using monitor::ActivityModel;
using monitor::ActivitySession;
using monitor::ActivitySnapshot;
using monitor::SessionAction;
using monitor::SessionOutcome;

class TestActivity : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    history::Store m_store;
    std::unique_ptr<pg::Connection> m_monitor; // read-only with a statement timeout, like pgdba's
    std::unique_ptr<pg::Connection> m_actions;
    std::unique_ptr<pg::Connection> m_sleeper, m_idleTx, m_holder, m_waiter;
    std::optional<QCoro::Task<pg::Result>> m_sleep, m_wait;
    QString m_longComment;

    // A full refresh: every session with everything.
    ActivitySnapshot snapshot(pg::Connection &c) {
        const pg::Result r =
            QCoro::waitFor(c.query(pg::sqlFile(QStringLiteral("monitor/activity"), c.facts().versionNum),
                                   ActivitySnapshot::deltaParams({})));
        if (!r.ok())
            qWarning("activity query failed: %s", qPrintable(r.error()->toString()));
        return ActivitySnapshot::fromResult(r);
    }
    // A refresh after base, as the collector does it: only what changed comes from the server.
    ActivitySnapshot next(const ActivitySnapshot &base) {
        const monitor::ActivityFetch f =
            QCoro::waitFor(monitor::ActivityCollector::fetch(m_monitor.get(), base));
        if (f.error)
            qWarning("activity delta failed: %s", qPrintable(f.error->toString()));
        return f.snapshot;
    }
    // This test's own sessions in a and b hold the same fields (transaction ages aside: other
    // tests may run transactions between the two refreshes).
    static void compareOwnSessions(const ActivitySnapshot &a, const ActivitySnapshot &b) {
        int compared = 0;
        for (ActivitySession s : a.sessions) {
            if (!s.application.startsWith(QLatin1String("t-")))
                continue;
            const ActivitySession *o = find(b, s.pid);
            QVERIFY2(o, qPrintable(QString::number(s.pid)));
            s.xidAge = o->xidAge;
            s.xminAge = o->xminAge;
            QVERIFY2(*o == s,
                     qPrintable(QStringLiteral("pid %1 (%2) differs").arg(s.pid).arg(s.application)));
            ++compared;
        }
        QVERIFY(compared >= 5);
    }
    static const ActivitySession *find(const ActivitySnapshot &s, int pid) {
        for (const auto &a : s.sessions)
            if (a.pid == pid)
                return &a;
        return nullptr;
    }
    static monitor::SessionTarget target(const ActivityModel &m, int pid) {
        const ActivitySession *s = m.sessionByPid(pid);
        monitor::SessionTarget t;
        t.pid = pid;
        if (s) {
            t.user = s->user;
            t.application = s->application;
            t.state = s->state;
            t.database = s->database;
            t.queryHead = s->query.left(200);
            t.durationMs = m.durationMs(*s);
            t.backendStart = QDateTime::fromMSecsSinceEpoch(s->backendStartMs);
        }
        return t;
    }
    bool alive(int pid) {
        return sandbox::psql(
                   QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)) ==
               QLatin1String("1");
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("h.sqlite"))));
        sandbox::psql(QStringLiteral(
            "DROP TABLE IF EXISTS activity_t; CREATE TABLE activity_t (id int PRIMARY KEY, v int); "
            "INSERT INTO activity_t VALUES (1, 0)"));
        m_monitor = std::make_unique<pg::Connection>();
        pg::Connection::Options o;
        o.applicationName = QStringLiteral("pgdba monitor");
        o.readOnly = true;
        o.statementTimeoutMs = 10000;
        m_monitor->setOptions(o);
        QVERIFY(!QCoro::waitFor(m_monitor->open(pg::ConnInfo(sandbox::dsn()))));
        m_actions = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba actions"));
        m_sleeper = testutil::connect(sandbox::dsn(), QStringLiteral("t-sleeper"));
        m_idleTx = testutil::connect(sandbox::dsn(), QStringLiteral("t-idle-tx"));
        m_holder = testutil::connect(sandbox::dsn(), QStringLiteral("t-holder"));
        m_waiter = testutil::connect(sandbox::dsn(), QStringLiteral("t-waiter"));
        // The query text is longer than 1,000 characters: the page must see all of it.
        m_longComment = QStringLiteral("/* ") + QString(1200, QLatin1Char('x')) + QStringLiteral(" */");
        m_sleep.emplace(m_sleeper->query(QStringLiteral("SELECT pg_sleep(60) ") + m_longComment));
        testutil::exec(*m_idleTx, QStringLiteral("BEGIN"));
        testutil::exec(*m_idleTx, QStringLiteral("SELECT count(*) FROM activity_t"));
        testutil::exec(*m_holder, QStringLiteral("BEGIN"));
        testutil::exec(*m_holder, QStringLiteral("UPDATE activity_t SET v = v + 1 WHERE id = 1"));
        m_wait.emplace(m_waiter->query(QStringLiteral("UPDATE activity_t SET v = v + 10 WHERE id = 1")));
        QVERIFY(testutil::waitForActivity(
            QStringLiteral("pid = %1 AND wait_event = 'PgSleep'").arg(m_sleeper->facts().backendPid)));
        QVERIFY(testutil::waitForActivity(
            QStringLiteral("pid = %1 AND wait_event_type = 'Lock'").arg(m_waiter->facts().backendPid)));
    }

    void sessionsAppearInTheirStates() {
        const ActivitySnapshot s = snapshot(*m_monitor);
        QVERIFY(s.serverMs > 0);
        QVERIFY2(s.serverMs < 5000, qPrintable(QString::number(s.serverMs)));
        QVERIFY(s.sampledAtMs > 0);
        QCOMPARE(s.querySize, 2048);
        QVERIFY2(!find(s, m_monitor->facts().backendPid), "the monitoring backend leaves itself out");

        const ActivitySession *sleeper = find(s, m_sleeper->facts().backendPid);
        QVERIFY(sleeper);
        QCOMPARE(sleeper->state, QStringLiteral("active"));
        QCOMPARE(sleeper->waitEventType, QStringLiteral("Timeout"));
        QCOMPARE(sleeper->waitEvent, QStringLiteral("PgSleep"));
        QCOMPARE(sleeper->application, QStringLiteral("t-sleeper"));
        QCOMPARE(sleeper->user, QStringLiteral("postgres"));
        QCOMPARE(sleeper->database, QStringLiteral("postgres"));
        QCOMPARE(sleeper->backendType, QStringLiteral("client backend"));
        QCOMPARE(sleeper->clientAddr, QStringLiteral("local"));
        QVERIFY(sleeper->query.endsWith(m_longComment)); // full text, not cut at 1,000
        QVERIFY(sleeper->hasQueryId);                    // compute_query_id = on in the sandbox
        QVERIFY(sleeper->queryStartMs >= sleeper->backendStartMs);
        QVERIFY(sleeper->xactStartMs > 0);
        QVERIFY(sleeper->blockingPids.isEmpty());

        const ActivitySession *idle = find(s, m_idleTx->facts().backendPid);
        QVERIFY(idle);
        QCOMPARE(idle->state, QStringLiteral("idle in transaction"));
        QCOMPARE(idle->waitText(), QStringLiteral("Client: ClientRead"));
        QCOMPARE(idle->xidAge, -1); // it never wrote: no xid

        const ActivitySession *holder = find(s, m_holder->facts().backendPid);
        QVERIFY(holder);
        QCOMPARE(holder->state, QStringLiteral("idle in transaction"));
        QVERIFY(holder->xidAge >= 0); // it updated a row: it has a transaction id

        const ActivitySession *waiter = find(s, m_waiter->facts().backendPid);
        QVERIFY(waiter);
        QCOMPARE(waiter->state, QStringLiteral("active"));
        QCOMPARE(waiter->waitEventType, QStringLiteral("Lock"));
        QCOMPARE(waiter->waitEvent, QStringLiteral("transactionid"));
        QCOMPARE(waiter->blockingPids, QList<int>{m_holder->facts().backendPid});
        // Other tests hold locks in the same cluster: of this test's sessions, only the holder blocks.
        const QList<int> mine{m_holder->facts().backendPid, m_waiter->facts().backendPid};
        QList<int> myBlockers;
        for (int pid : s.blockerPids())
            if (mine.contains(pid) || pid == m_idleTx->facts().backendPid)
                myBlockers << pid;
        QCOMPARE(myBlockers, QList<int>{m_holder->facts().backendPid});
    }

    void modelKeepsSelectionAcrossRealRefreshes() {
        ActivityModel model;
        monitor::ActivityFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(snapshot(*m_monitor));
        filter.sort(ActivityModel::Duration, Qt::DescendingOrder);
        QItemSelectionModel sel(&filter);
        const int waiterPid = m_waiter->facts().backendPid;
        const QModelIndex w = filter.mapFromSource(model.index(model.rowOfPid(waiterPid), 0));
        QVERIFY(w.isValid());
        sel.setCurrentIndex(w, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // A session comes and goes between refreshes, durations grow.
        auto extra = testutil::connect(sandbox::dsn(), QStringLiteral("t-extra"));
        const int extraPid = extra->facts().backendPid;
        auto extraRun = extra->query(QStringLiteral("SELECT pg_sleep(1.2)"));
        QVERIFY(
            testutil::waitForActivity(QStringLiteral("pid = %1 AND wait_event = 'PgSleep'").arg(extraPid)));
        model.setSnapshot(snapshot(*m_monitor));
        QVERIFY(model.rowOfPid(extraPid) >= 0);
        QVERIFY(QCoro::waitFor(extraRun).ok());
        extra->close();
        QVERIFY(testutil::waitUntil([&] {
            model.setSnapshot(snapshot(*m_monitor));
            return model.rowOfPid(extraPid) < 0;
        }));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(sel.selectedRows().size(), 1);
        QCOMPARE(sel.selectedRows().first().data(ActivityModel::PidRole).toInt(), waiterPid);
        QCOMPARE(sel.currentIndex().data(ActivityModel::PidRole).toInt(), waiterPid);
        // Highlights from the real states: the holder blocks, the waiter waits (> 1 s by now).
        using H = ActivityModel::Highlight;
        QCOMPARE(model.highlight(*model.sessionByPid(m_holder->facts().backendPid)), H::Blocking);
        QCOMPARE(model.highlight(*model.sessionByPid(waiterPid)), H::Waiting);
        // Filters on real data (this test's own sessions: other tests share the cluster and may
        // have lock waits of their own at this moment).
        filter.setApplication(QStringLiteral("t-"));
        filter.setState(QString::fromLatin1(monitor::ActivityFilter::WaitingState));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(ActivityModel::PidRole).toInt(), waiterPid);
        filter.setState(QStringLiteral("idle in transaction"));
        filter.setApplication(QStringLiteral("t-"));
        QCOMPARE(filter.rowCount(), 2); // idle-tx and holder
        filter.setState({});
        filter.setQueryText(QStringLiteral("pg_sleep(60)"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(ActivityModel::PidRole).toInt(), m_sleeper->facts().backendPid);
        filter.setQueryText({});
        filter.setApplication({});
        filter.setHideIdle(false);
        const int all = filter.rowCount();
        filter.setHideIdle(true);
        QVERIFY(filter.rowCount() < all); // background processes and idle sessions hidden
    }

    void laterRefreshesSendOnlyWhatChanged() {
        // An idle session whose state is older than the margin is not sent again, yet the
        // snapshot still holds it with its text; the non-idle ones come every time.
        auto idle = testutil::connect(sandbox::dsn(), QStringLiteral("t-delta-idle"));
        const int idlePid = idle->facts().backendPid;
        testutil::exec(*idle, QStringLiteral("SELECT 'delta idle text' AS marker"));
        ActivitySnapshot snap = next({});
        QVERIFY(snap.full);
        QVERIFY(snap.consistent);
        QVERIFY(snap.pidsReceived.contains(idlePid));
        // Refresh until the idle session's state_change lies before the margin: then it stays away.
        QVERIFY(testutil::waitUntil(
            [&] {
                snap = next(snap);
                return !snap.pidsReceived.contains(idlePid);
            },
            10000));
        QVERIFY(!snap.full);
        QVERIFY(snap.consistent);
        const ActivitySession *kept = find(snap, idlePid);
        QVERIFY(kept);
        QCOMPARE(kept->state, QStringLiteral("idle"));
        QVERIFY(kept->query.contains(QStringLiteral("delta idle text")));
        // Non-idle sessions are always sent (their wait events and ages move); their texts only
        // when their query started since the previous refresh.
        QVERIFY(snap.pidsReceived.contains(m_sleeper->facts().backendPid));
        QVERIFY(snap.pidsReceived.contains(m_waiter->facts().backendPid));
        QVERIFY(snap.pidsReceived.size() < snap.sessions.size());
        QVERIFY2(snap.textsReceived < snap.pidsReceived.size(),
                 qPrintable(QString::number(snap.textsReceived)));
        const ActivitySession *sleeper = find(snap, m_sleeper->facts().backendPid);
        QVERIFY(sleeper->query.endsWith(m_longComment));
        QCOMPARE(sleeper->waitEvent, QStringLiteral("PgSleep"));
        // The merged snapshot is what a full refresh says, field by field (the ages are sent
        // relative to the sample time and come back to the same epoch milliseconds).
        const ActivitySnapshot delta = next(snap);
        const ActivitySnapshot full = snapshot(*m_monitor);
        QVERIFY(!delta.full);
        QVERIFY(full.full);
        compareOwnSessions(delta, full);
    }

    void idleSessionRunsAStatementAndItsNewTextShows() {
        auto c = testutil::connect(sandbox::dsn(), QStringLiteral("t-delta-runs"));
        const int pid = c->facts().backendPid;
        testutil::exec(*c, QStringLiteral("SELECT 'the first statement' AS marker"));
        ActivitySnapshot snap = next({});
        QVERIFY(testutil::waitUntil(
            [&] {
                snap = next(snap);
                return !snap.pidsReceived.contains(pid);
            },
            10000));
        QVERIFY(find(snap, pid)->query.contains(QStringLiteral("the first statement")));
        // One statement between two refreshes: idle before, idle after.
        testutil::exec(*c, QStringLiteral("SELECT 'the second statement' AS marker"));
        snap = next(snap);
        QVERIFY(!snap.full);
        QVERIFY(snap.pidsReceived.contains(pid));
        const ActivitySession *s = find(snap, pid);
        QVERIFY(s);
        QCOMPARE(s->state, QStringLiteral("idle"));
        QVERIFY2(s->query.contains(QStringLiteral("the second statement")), qPrintable(s->query));
        // The model shows it (with "Hide idle" off): the same row, the new text.
        ActivityModel model;
        model.setSnapshot(snap);
        QVERIFY(model.sessionByPid(pid)->query.contains(QStringLiteral("the second statement")));
    }

    // A session the client holds as running is sent until the client sees it idle: finishing a
    // statement moves its state but not its query start, and nothing else would send it.
    void runningSessionThatFinishesShowsIdle() {
        auto c = testutil::connect(sandbox::dsn(), QStringLiteral("t-delta-finishes"));
        const int pid = c->facts().backendPid;
        ActivitySnapshot snap = next({});
        auto running = c->query(QStringLiteral("SELECT pg_sleep(0.5), 'the sleeper' AS marker"));
        QVERIFY(testutil::waitUntil(
            [&] {
                snap = next(snap);
                const ActivitySession *s = find(snap, pid);
                return s && s->state == QLatin1String("active");
            },
            10000));
        const pg::Result r = QCoro::waitFor(std::move(running));
        QVERIFY(r.ok());
        snap = next(snap);
        QVERIFY(!snap.full);
        QVERIFY(snap.consistent);
        QVERIFY(snap.pidsReceived.contains(pid));
        const ActivitySession *s = find(snap, pid);
        QVERIFY(s);
        QCOMPARE(s->state, QStringLiteral("idle"));
        QVERIFY2(s->query.contains(QStringLiteral("the sleeper")), qPrintable(s->query));
        // From then on it is idle and sleeping: no longer sent, still held with its text.
        QVERIFY(testutil::waitUntil(
            [&] {
                snap = next(snap);
                return !snap.pidsReceived.contains(pid);
            },
            10000));
        QVERIFY(snap.consistent);
        QCOMPARE(find(snap, pid)->state, QStringLiteral("idle"));
        QVERIFY(find(snap, pid)->query.contains(QStringLiteral("the sleeper")));
    }

    // An idle-in-transaction session is sent at every refresh (its ages move), and ending the
    // transaction shows it idle.
    void idleInTransactionIsFollowedUntilItEnds() {
        auto c = testutil::connect(sandbox::dsn(), QStringLiteral("t-delta-xact"));
        const int pid = c->facts().backendPid;
        testutil::exec(*c, QStringLiteral("BEGIN"));
        ActivitySnapshot snap = next({});
        for (int i = 0; i < 3; ++i) {
            snap = next(snap);
            QVERIFY(snap.pidsReceived.contains(pid));
            QCOMPARE(find(snap, pid)->state, QStringLiteral("idle in transaction"));
        }
        testutil::exec(*c, QStringLiteral("COMMIT"));
        snap = next(snap);
        QVERIFY(snap.consistent);
        QCOMPARE(find(snap, pid)->state, QStringLiteral("idle"));
    }

    void endedSessionDisappearsAtTheNextRefresh() {
        auto c = testutil::connect(sandbox::dsn(), QStringLiteral("t-delta-ends"));
        const int pid = c->facts().backendPid;
        ActivitySnapshot snap = next({});
        snap = next(snap);
        QVERIFY(!snap.full);
        QVERIFY(find(snap, pid));
        c->close();
        QVERIFY(testutil::waitUntil([&] { return !alive(pid); }, 5000)); // the server's own view
        snap = next(snap);
        QVERIFY(!snap.full);
        QVERIFY(snap.consistent);
        QVERIFY(!find(snap, pid));
        // A new session appears at the next refresh with everything, text included.
        auto d = testutil::connect(sandbox::dsn(), QStringLiteral("t-delta-new"));
        testutil::exec(*d, QStringLiteral("SELECT 'newcomer' AS marker"));
        snap = next(snap);
        const ActivitySession *s = find(snap, d->facts().backendPid);
        QVERIFY(s);
        QCOMPARE(s->application, QStringLiteral("t-delta-new"));
        QCOMPARE(s->database, QStringLiteral("postgres"));
        QCOMPARE(s->user, QStringLiteral("postgres"));
        QCOMPARE(s->clientAddr, QStringLiteral("local"));
        QCOMPARE(s->backendType, QStringLiteral("client backend"));
        QVERIFY(s->backendStartMs > 0);
        QVERIFY(s->query.contains(QStringLiteral("newcomer")));
    }

    void collectorSendsEverythingAfterInvalidateAndReconnect() {
        pg::Connection conn;
        pg::Connection::Options o;
        o.applicationName = QStringLiteral("pgdba monitor");
        o.readOnly = true;
        o.autoReconnect = true;
        conn.setOptions(o);
        QVERIFY(!QCoro::waitFor(conn.open(pg::ConnInfo(sandbox::dsn()))));
        monitor::ActivityCollector collector;
        collector.setServer(&conn, QStringLiteral("sandbox"));
        QList<ActivitySnapshot> got;
        connect(&collector, &monitor::ActivityCollector::snapshotReady, this,
                [&](const ActivitySnapshot &s) { got << s; });
        auto refresh = [&] {
            const qsizetype before = got.size();
            collector.poller()->refreshNow();
            return testutil::waitUntil([&] { return got.size() > before; }, 10000);
        };
        QVERIFY(refresh());
        QVERIFY(got.last().full);
        QVERIFY(refresh());
        QVERIFY(!got.last().full);
        QVERIFY(collector.nextIsDelta());
        collector.poller()->invalidate();
        QVERIFY(!collector.nextIsDelta());
        QVERIFY(refresh());
        QVERIFY(got.last().full);
        // A new backend (the old one terminated, the connection reopened by itself).
        const int oldBackend = conn.facts().backendPid;
        sandbox::psql(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(oldBackend));
        QVERIFY(testutil::waitUntil([&] { return conn.isReady() && conn.facts().backendPid != oldBackend; },
                                    15000));
        QVERIFY(refresh());
        QVERIFY(got.last().full);
        QVERIFY(refresh());
        QVERIFY(!got.last().full);
        QVERIFY(find(got.last(), m_sleeper->facts().backendPid));
    }

    void cancelStopsTheSleepAndTheSessionLives() {
        ActivityModel model;
        model.setSnapshot(snapshot(*m_monitor));
        const int pid = m_sleeper->facts().backendPid;
        monitor::SessionControl sc(m_actions.get(), QStringLiteral("sandbox"), &m_store);
        sc.setProtectedPids({m_monitor->facts().backendPid});
        const auto out = QCoro::waitFor(sc.apply({target(model, pid)}, SessionAction::Cancel));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].status, SessionOutcome::Status::Done);
        const pg::Result r = QCoro::waitFor(*m_sleep);
        QVERIFY(!r.ok());
        QCOMPARE(r.error()->sqlState, QStringLiteral("57014"));
        QVERIFY(alive(pid));
        model.setSnapshot(snapshot(*m_monitor));
        QCOMPARE(model.sessionByPid(pid)->state, QStringLiteral("idle"));
        const auto log = m_store.audit(1);
        QCOMPARE(log[0].pid, pid);
        QCOMPARE(log[0].action, QStringLiteral("cancel"));
        QCOMPARE(log[0].outcome, QStringLiteral("done"));
        QCOMPARE(log[0].targetApplication, QStringLiteral("t-sleeper"));
        QVERIFY(log[0].targetQuery.startsWith(QStringLiteral("SELECT pg_sleep(60)")));
        // The monitoring backend is refused, and audited as such.
        monitor::SessionTarget self;
        self.pid = m_monitor->facts().backendPid;
        QCOMPARE(QCoro::waitFor(sc.apply({self}, SessionAction::Terminate))[0].status,
                 SessionOutcome::Status::Refused);
        QVERIFY(m_monitor->isReady());
    }

    void terminatingTheBlockerFreesTheWaiter() {
        ActivityModel model;
        model.setSnapshot(snapshot(*m_monitor));
        const int holder = m_holder->facts().backendPid;
        monitor::SessionControl sc(m_actions.get(), QStringLiteral("sandbox"), &m_store);
        const auto out = QCoro::waitFor(sc.apply({target(model, holder)}, SessionAction::Terminate));
        QCOMPARE(out[0].status, SessionOutcome::Status::Done);
        const pg::Result updated = QCoro::waitFor(*m_wait);
        QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error()->toString()));
        QVERIFY(testutil::waitUntil([&] { return !alive(holder); }, 3000));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setSnapshot(snapshot(*m_monitor));
        QCOMPARE(model.rowOfPid(holder), -1);
        QVERIFY(removed.size() >= 1);
        QCOMPARE(model.sessionByPid(m_waiter->facts().backendPid)->state, QStringLiteral("idle"));
        QCOMPARE(m_store.audit(1)[0].action, QStringLiteral("terminate"));
        // Terminating it again: already gone.
        QCOMPARE(QCoro::waitFor(sc.apply({target(model, holder)}, SessionAction::Terminate))[0].status,
                 SessionOutcome::Status::AlreadyGone);
    }

    void roleWithoutPrivileges() {
        sandbox::psql(QStringLiteral("DROP ROLE IF EXISTS pgdba_act_weak; CREATE ROLE pgdba_act_weak LOGIN"));
        auto weak = testutil::connect(sandbox::dsn() + QStringLiteral(" user=pgdba_act_weak"),
                                      QStringLiteral("pgdba monitor"));
        QVERIFY(weak->isReady());
        // The activity query works without pg_monitor; other roles' queries are hidden by the server.
        const ActivitySnapshot s = snapshot(*weak);
        const ActivitySession *idle = find(s, m_idleTx->facts().backendPid);
        QVERIFY(idle);
        QCOMPARE(idle->query, QStringLiteral("<insufficient privilege>"));
        ActivityModel model;
        model.setSnapshot(s);
        monitor::SessionControl sc(weak.get(), QStringLiteral("sandbox"), &m_store);
        const auto out =
            QCoro::waitFor(sc.apply({target(model, m_idleTx->facts().backendPid)}, SessionAction::Terminate));
        QCOMPARE(out[0].status, SessionOutcome::Status::NotPermitted);
        QVERIFY2(out[0].message.contains(QStringLiteral("superuser")), qPrintable(out[0].message));
        QVERIFY(alive(m_idleTx->facts().backendPid));
        QCOMPARE(m_store.audit(1)[0].outcome, QStringLiteral("not permitted"));
        QCOMPARE(m_store.audit(1)[0].dbRole, QStringLiteral("pgdba_act_weak"));
    }

    void cleanupTestCase() {
        if (m_idleTx)
            testutil::exec(*m_idleTx, QStringLiteral("ROLLBACK"));
    }
};

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
