// Cancel / terminate real sessions of the sandbox, with the audit log in a real SQLite store.
#include "sandbox.h"
#include "testutil.h"

#include "history/store.h"
#include "monitor/sessioncontrol.h"

#include <QTemporaryDir>
#include <QTest>

using monitor::SessionAction;
using monitor::SessionOutcome;
using monitor::SessionTarget;

class TestSessionControl : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    history::Store m_store;
    std::unique_ptr<pg::Connection> m_actions;

    SessionTarget target(pg::Connection &c) {
        SessionTarget t;
        t.pid = c.facts().backendPid;
        t.user = c.facts().role;
        t.application = c.options().applicationName;
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
        m_actions = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba actions"));
        QVERIFY(m_actions->isReady());
    }

    void cancelStopsStatementSessionLives() {
        auto victim = testutil::connect(sandbox::dsn(), QStringLiteral("victim"));
        monitor::SessionControl sc(m_actions.get(), QStringLiteral("sandbox"), &m_store);
        auto sleeping = victim->query(QStringLiteral("SELECT pg_sleep(30)"));
        QVERIFY(testutil::waitForActivity(
            QStringLiteral("pid = %1 AND wait_event = 'PgSleep'").arg(victim->facts().backendPid)));
        const auto out = QCoro::waitFor(sc.apply({target(*victim)}, SessionAction::Cancel));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].status, SessionOutcome::Status::Done);
        const pg::Result r = QCoro::waitFor(sleeping);
        QCOMPARE(r.error()->sqlState, QStringLiteral("57014"));
        QVERIFY(victim->isReady());
        QCOMPARE(testutil::exec(*victim, QStringLiteral("SELECT 1 AS v")).int64(0, "v"), 1);
        const auto log = m_store.audit(1);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].pid, victim->facts().backendPid);
        QCOMPARE(log[0].action, QStringLiteral("cancel"));
        QCOMPARE(log[0].outcome, QStringLiteral("done"));
        QCOMPARE(log[0].dbRole, QStringLiteral("postgres"));
        QCOMPARE(log[0].targetApplication, QStringLiteral("victim"));
        QVERIFY(!log[0].osUser.isEmpty());
    }

    void terminateEndsSession() {
        auto victim = testutil::connect(sandbox::dsn(), QStringLiteral("victim"));
        const int pid = victim->facts().backendPid;
        monitor::SessionControl sc(m_actions.get(), QStringLiteral("sandbox"), &m_store);
        const auto out = QCoro::waitFor(sc.apply({target(*victim)}, SessionAction::Terminate));
        QCOMPARE(out[0].status, SessionOutcome::Status::Done);
        QVERIFY(testutil::waitUntil([&] { return !alive(pid); }, 3000));
        // The same pid again: already gone, and audited as such.
        const auto again = QCoro::waitFor(sc.apply({target(*victim)}, SessionAction::Terminate));
        QCOMPARE(again[0].status, SessionOutcome::Status::AlreadyGone);
        QCOMPARE(m_store.audit(1)[0].outcome, QStringLiteral("already gone"));
    }

    void ownMonitoringBackendRefused() {
        auto monitorConn = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba monitor"));
        monitor::SessionControl sc(m_actions.get(), QStringLiteral("sandbox"), &m_store);
        sc.addProtectedPid(monitorConn->facts().backendPid);
        const auto out = QCoro::waitFor(sc.apply({target(*monitorConn)}, SessionAction::Terminate));
        QCOMPARE(out[0].status, SessionOutcome::Status::Refused);
        QVERIFY(alive(monitorConn->facts().backendPid));
    }

    void roleWithoutPrivilegeGetsClearMessage() {
        sandbox::psql(QStringLiteral("DROP ROLE IF EXISTS pgdba_nopriv; CREATE ROLE pgdba_nopriv LOGIN"));
        auto weak = testutil::connect(sandbox::dsn() + QStringLiteral(" user=pgdba_nopriv"),
                                      QStringLiteral("pgdba actions"));
        QVERIFY(weak->isReady());
        auto victim = testutil::connect(sandbox::dsn(), QStringLiteral("victim"));
        monitor::SessionControl sc(weak.get(), QStringLiteral("sandbox"), &m_store);
        const auto out = QCoro::waitFor(sc.apply({target(*victim)}, SessionAction::Terminate));
        QCOMPARE(out[0].status, SessionOutcome::Status::NotPermitted);
        // The target is a superuser's session: say so.
        QVERIFY2(out[0].message.contains(QStringLiteral("superuser")), qPrintable(out[0].message));
        // A non-superuser target owned by another role: name pg_signal_backend.
        sandbox::psql(QStringLiteral("DROP ROLE IF EXISTS pgdba_other; CREATE ROLE pgdba_other LOGIN"));
        auto other =
            testutil::connect(sandbox::dsn() + QStringLiteral(" user=pgdba_other"), QStringLiteral("other"));
        const auto out2 = QCoro::waitFor(sc.apply({target(*other)}, SessionAction::Cancel));
        QCOMPARE(out2[0].status, SessionOutcome::Status::NotPermitted);
        QVERIFY2(out2[0].message.contains(QStringLiteral("pg_signal_backend")), qPrintable(out2[0].message));
        QVERIFY(out2[0].message.contains(QStringLiteral("pgdba_nopriv")));
        QCOMPARE(m_store.audit(1)[0].outcome, QStringLiteral("not permitted"));
        QVERIFY(alive(victim->facts().backendPid));
    }

    void escalationTerminatesStubbornStatement() {
        auto stubborn = testutil::connect(sandbox::dsn(), QStringLiteral("stubborn"));
        const int pid = stubborn->facts().backendPid;
        // A statement that swallows cancel requests and keeps going.
        auto running =
            stubborn->query(QStringLiteral("DO $$BEGIN FOR i IN 1..300 LOOP BEGIN PERFORM pg_sleep(0.1); "
                                           "EXCEPTION WHEN query_canceled THEN NULL; "
                                           "END; END LOOP; END$$"));
        QVERIFY(testutil::waitForActivity(QStringLiteral("pid = %1 AND wait_event = 'PgSleep'").arg(pid)));
        monitor::SessionControl sc(m_actions.get(), QStringLiteral("sandbox"), &m_store);
        const auto out = QCoro::waitFor(sc.cancelThenTerminate({target(*stubborn)}, 1));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0].action, SessionAction::Cancel);
        QCOMPARE(out[1].action, SessionAction::Terminate);
        QCOMPARE(out[1].status, SessionOutcome::Status::Done);
        QVERIFY(testutil::waitUntil([&] { return !alive(pid); }, 3000));
        QVERIFY(!QCoro::waitFor(running).ok());
    }

    void confirmationSaysWhatHappens() {
        SessionTarget t;
        t.pid = 4242;
        t.user = QStringLiteral("app");
        t.application = QStringLiteral("zariz-api");
        t.state = QStringLiteral("idle in transaction");
        t.durationMs = 3723000;
        t.queryHead = QStringLiteral("UPDATE orders SET status = 'assigned' WHERE id = $1");
        const QString text = monitor::SessionControl::confirmationText({t}, SessionAction::Terminate, 5);
        for (const char *part : {"4242", "app", "zariz-api", "idle in transaction", "1 h 2 min",
                                 "UPDATE orders", "pg_terminate_backend", "rolled back", "5 s"})
            QVERIFY2(text.contains(QLatin1String(part)), part);
    }

    void historySamplesAndRetention() {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(m_store.append(QStringLiteral("s1"), QStringLiteral("server"), QString(),
                               now - 9LL * 86400000, {{QStringLiteral("x"), 1}}));
        QVERIFY(m_store.append(QStringLiteral("s1"), QStringLiteral("server"), QString(), now - 1000,
                               {{QStringLiteral("x"), 2}}));
        QList<history::Sample> batch;
        for (int i = 0; i < 100; ++i)
            batch.append({now, QString::number(i), {{QStringLiteral("calls"), i}}});
        QVERIFY(m_store.appendBatch(QStringLiteral("s1"), QStringLiteral("statement"), batch));
        QCOMPARE(m_store.keys(QStringLiteral("s1"), QStringLiteral("statement")).size(), 100);
        QCOMPARE(m_store.samples(QStringLiteral("s1"), QStringLiteral("server"), QString(), 0).size(), 2);
        QCOMPARE(m_store.schemaVersion(), history::Store::SchemaVersion);
        QCOMPARE(m_store.retentionDays(), 7);
        QCOMPARE(m_store.enforceRetention(now), 1);
        const auto left = m_store.samples(QStringLiteral("s1"), QStringLiteral("server"), QString(), 0);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left[0].value.value(QStringLiteral("x")).toInt(), 2);
        // Reopening keeps everything (and the retention setting).
        m_store.setRetentionDays(3);
        history::Store again;
        QVERIFY(again.open(m_dir.filePath(QStringLiteral("h.sqlite"))));
        QCOMPARE(again.retentionDays(), 3);
        QCOMPARE(again.countSamples(QStringLiteral("s1")), 101);
        QVERIFY(again.audit().size() >= 5);
    }

    void historyOnPostgres() {
        // The same code on a shared PostgreSQL store through QPSQL.
        sandbox::createDatabase(QStringLiteral("pgdba_history"));
        history::Store pgStore;
        const bool ok =
            pgStore.open(QStringLiteral("pgdba_history"), QStringLiteral("QPSQL"),
                         sandbox::env(QStringLiteral("PGHOST")), sandbox::port(), QStringLiteral("postgres"));
        QVERIFY2(ok, qPrintable(pgStore.lastError()));
        QVERIFY(pgStore.append(QStringLiteral("s"), QStringLiteral("server"), QString(), 1,
                               {{QStringLiteral("v"), 5}}));
        QCOMPARE(pgStore.samples(QStringLiteral("s"), QStringLiteral("server"), QString(), 0)
                     .value(0)
                     .value.value(QStringLiteral("v"))
                     .toInt(),
                 5);
        history::AuditEntry e;
        e.tsMs = 1;
        e.server = QStringLiteral("s");
        e.pid = 1;
        e.action = QStringLiteral("cancel");
        e.outcome = QStringLiteral("done");
        QVERIFY(pgStore.appendAudit(e));
        QCOMPARE(pgStore.audit().size(), 1);
        QCOMPARE(pgStore.schemaVersion(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionControl)
#include "tst_sessioncontrol.moc"
