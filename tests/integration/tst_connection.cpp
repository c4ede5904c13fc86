// pg::Connection against the real sandbox server: connect, failures with the right
// message inside the timeout while the event loop keeps ticking, parameters, errors,
// cancel, and healing after a server restart.
#include "loopchecker.h"
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "monitor/poller.h"
#include "pg/connection.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using pg::Connection;

class TestConnection : public QObject {
    Q_OBJECT

    std::optional<pg::Error> open(Connection &c, const QString &dsn, qint64 *elapsedMs = nullptr) {
        QElapsedTimer t;
        t.start();
        auto err = QCoro::waitFor(c.open(pg::ConnInfo(dsn)));
        if (elapsedMs)
            *elapsedMs = t.elapsed();
        return err;
    }

private Q_SLOTS:
    void connectSucceeds() {
        LoopChecker loop;
        Connection c;
        QSignalSpy states(&c, &Connection::stateChanged);
        const auto err = open(c, sandbox::dsn());
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        QCOMPARE(c.state(), Connection::State::Ready);
        QCOMPARE(c.facts().major(), 15);
        QCOMPARE(c.facts().role, QStringLiteral("postgres"));
        QVERIFY(c.facts().superuser);
        QVERIFY(c.facts().backendPid > 0);
        QVERIFY(states.count() >= 2); // Connecting, Ready
        QVERIFY(loop.maxGapMs() < 50);
    }

    void tcpWithPasswordSucceeds() {
        Connection c;
        const auto err = open(c, sandbox::tcpDsn(sandbox::password()));
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        QVERIFY(c.isReady());
    }

    void failures_data() {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QString>("expected");
        QTest::addRow("wrong password")
            << sandbox::tcpDsn(QStringLiteral("not-the-password"))
            << QStringLiteral("password authentication failed for user \"postgres\"");
        QTest::addRow("unknown database") << sandbox::dsn(QStringLiteral("no_such_db"))
                                          << QStringLiteral("database \"no_such_db\" does not exist");
        QTest::addRow("refused port")
            << QStringLiteral("host=127.0.0.1 port=1 user=postgres connect_timeout=5")
            << QStringLiteral("Connection refused");
        QTest::addRow("unknown host")
            << QStringLiteral("host=no-such-host.invalid user=postgres connect_timeout=5")
            << QStringLiteral("could not translate host name");
        QTest::addRow("bad conninfo") << QStringLiteral("host=localhost bogus_option=1")
                                      << QStringLiteral("invalid connection option \"bogus_option\"");
    }

    void failures() {
        QFETCH(QString, dsn);
        QFETCH(QString, expected);
        LoopChecker loop;
        Connection c;
        qint64 ms = 0;
        const auto err = open(c, dsn, &ms);
        QVERIFY(err.has_value());
        QVERIFY2(err->message.contains(expected), qPrintable(err->message));
        QCOMPARE(c.state(), Connection::State::Disconnected);
        QVERIFY2(ms < 6000, qPrintable(QString::number(ms)));
        QVERIFY2(loop.maxGapMs() < 50, qPrintable(QString::number(loop.maxGapMs())));
    }

    void silentPeerTimesOut() {
        // A peer that accepts TCP and never says a word: only our own deadline saves us.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (auto *s = silent.nextPendingConnection())
                held << s;
        });
        LoopChecker loop;
        Connection c;
        qint64 ms = 0;
        const auto err =
            open(c,
                 QStringLiteral("host=127.0.0.1 port=%1 user=postgres connect_timeout=2 sslmode=disable")
                     .arg(silent.serverPort()),
                 &ms);
        QVERIFY(err.has_value());
        QCOMPARE(err->kind, pg::Error::Kind::Timeout);
        QVERIFY2(err->message.contains(QStringLiteral("timeout expired")), qPrintable(err->message));
        QVERIFY2(ms >= 1900 && ms < 4000, qPrintable(QString::number(ms)));
        QVERIFY(!held.isEmpty()); // it really connected and waited
        QVERIFY2(loop.ticks() > 100, qPrintable(QString::number(loop.ticks())));
        QVERIFY2(loop.maxGapMs() < 50, qPrintable(QString::number(loop.maxGapMs())));
    }

    void parametersRoundTrip() {
        auto c = testutil::connect(sandbox::dsn());
        QVERIFY(c->isReady());
        const QString unicode = QStringLiteral("Заказ №42 — ✓ 日本 🚚");
        const QString large(200000, QLatin1Char('x'));
        QVariantList params;
        params << QVariant() << unicode << large << qint64(9007199254740993LL) << 3.25 << true
               << QStringList{QStringLiteral("a b"), QStringLiteral("c\"d"), QStringLiteral("e,f")};
        const pg::Result r = testutil::exec(
            *c,
            QStringLiteral(
                "SELECT $1::text AS n, $2::text AS u, $3::text AS big, $4::bigint AS i, $5::float8 AS d, "
                "$6::bool AS b, "
                "$7::text[] AS arr, $1::text IS NULL AS isnull, length($3::text) AS len, now() AS ts"),
            params);
        QVERIFY(r.ok());
        QVERIFY(r.isNull(0, "n"));
        QVERIFY(r.boolean(0, "isnull"));
        QCOMPARE(r.text(0, "u"), unicode);
        QCOMPARE(r.text(0, "big"), large);
        QCOMPARE(r.int64(0, "len"), 200000);
        QCOMPARE(r.int64(0, "i"), 9007199254740993LL);
        QCOMPARE(r.dbl(0, "d"), 3.25);
        QVERIFY(r.boolean(0, "b"));
        QCOMPARE(r.textArray(0, "arr"),
                 (QStringList{QStringLiteral("a b"), QStringLiteral("c\"d"), QStringLiteral("e,f")}));
        QVERIFY(r.timestamp(0, "ts").isValid());
        QVERIFY(qAbs(r.timestamp(0, "ts").secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void sqlErrorCarriesStateAndPosition() {
        auto c = testutil::connect(sandbox::dsn());
        const pg::Result r = QCoro::waitFor(c->query(QStringLiteral("SELECT 1 FROM no_such_table")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error()->sqlState, QStringLiteral("42P01"));
        QCOMPARE(r.error()->position, 15);
        QCOMPARE(r.error()->severity, QStringLiteral("ERROR"));
        const pg::Result syntax = QCoro::waitFor(c->query(QStringLiteral("SELEC 1")));
        QCOMPARE(syntax.error()->sqlState, QStringLiteral("42601"));
        QCOMPARE(syntax.error()->position, 1);
        // The connection is still usable after errors.
        QCOMPARE(testutil::exec(*c, QStringLiteral("SELECT 2 AS v")).int64(0, "v"), 2);
    }

    void noticesAreCaptured() {
        auto c = testutil::connect(sandbox::dsn());
        QSignalSpy spy(c.get(), &Connection::noticeReceived);
        const pg::Result r =
            testutil::exec(*c, QStringLiteral("DO $$BEGIN RAISE NOTICE 'hello from %', 'pl/pgsql'; END$$"));
        QVERIFY(r.ok());
        QCOMPARE(spy.count(), 1);
        QVERIFY(r.notices().value(0).contains(QStringLiteral("hello from pl/pgsql")));
    }

    void queriesAreSerialised() {
        auto c = testutil::connect(sandbox::dsn());
        // Three queries started at once: each waits its turn, all complete in order.
        QList<int> order;
        auto t1 = c->query(QStringLiteral("SELECT 1 AS v, pg_sleep(0.1)"));
        auto t2 = c->query(QStringLiteral("SELECT 2 AS v"));
        auto t3 = c->query(QStringLiteral("SELECT 3 AS v"));
        order << int(QCoro::waitFor(t1).int64(0, "v")) << int(QCoro::waitFor(t2).int64(0, "v"))
              << int(QCoro::waitFor(t3).int64(0, "v"));
        QCOMPARE(order, (QList<int>{1, 2, 3}));
    }

    void scriptStopsAtFirstError() {
        auto c = testutil::connect(sandbox::dsn());
        const auto results = QCoro::waitFor(c->execScript(QStringLiteral(
            "CREATE TEMP TABLE t(x int); INSERT INTO t VALUES (1),(2); SELECT * FROM nope; SELECT 1")));
        QCOMPARE(results.size(), 3);
        QVERIFY(results[0].ok());
        QCOMPARE(results[1].affectedRows(), 2);
        QCOMPARE(results[2].error()->sqlState, QStringLiteral("42P01"));
    }

    void cancelStopsLongQuery() {
        auto c = testutil::connect(sandbox::dsn());
        LoopChecker loop;
        QElapsedTimer t;
        t.start();
        auto task = c->query(QStringLiteral("SELECT pg_sleep(30)"));
        QVERIFY(testutil::waitForActivity(
            QStringLiteral("pid = %1 AND wait_event = 'PgSleep'").arg(c->facts().backendPid)));
        const bool delivered = QCoro::waitFor(c->cancel());
        QVERIFY(delivered);
        const pg::Result r = QCoro::waitFor(task);
        QVERIFY(!r.ok());
        QCOMPARE(r.error()->sqlState, QStringLiteral("57014"));
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        QVERIFY(loop.maxGapMs() < 50);
        QCOMPARE(testutil::exec(*c, QStringLiteral("SELECT 7 AS v")).int64(0, "v"), 7);
    }

    void readOnlyAndTimeoutOptions() {
        Connection c;
        Connection::Options o;
        o.readOnly = true;
        o.statementTimeoutMs = 300;
        o.applicationName = QStringLiteral("pgdba monitor test");
        c.setOptions(o);
        QVERIFY(!open(c, sandbox::dsn()));
        const pg::Result w = QCoro::waitFor(c.query(QStringLiteral("CREATE TABLE should_fail(x int)")));
        QCOMPARE(w.error()->sqlState, QStringLiteral("25006")); // read-only transaction
        const pg::Result slow = QCoro::waitFor(c.query(QStringLiteral("SELECT pg_sleep(2)")));
        QCOMPARE(slow.error()->sqlState, QStringLiteral("57014")); // statement timeout
        const pg::Result app =
            QCoro::waitFor(c.query(QStringLiteral("SELECT current_setting('application_name') AS a")));
        QCOMPARE(app.text(0, "a"), QStringLiteral("pgdba monitor test"));
    }

    void reconnectsAfterServerRestart() {
        // A private cluster: restarting the shared one would cut other tests' sessions.
        sandbox::Private server;
        QVERIFY(server.ok());
        Connection c;
        Connection::Options o;
        o.autoReconnect = true;
        o.reconnect = pg::ReconnectPolicy(std::chrono::milliseconds(200), std::chrono::milliseconds(1000));
        c.setOptions(o);
        QVERIFY(!open(c, server.dsn()));
        const int pidBefore = c.facts().backendPid;
        QSignalSpy lost(&c, &Connection::connectionLost);
        QSignalSpy healed(&c, &Connection::reconnected);
        QVERIFY(server.restart());
        QVERIFY(testutil::waitUntil([&] { return lost.count() > 0; }, 10000));
        QVERIFY(testutil::waitUntil([&] { return c.isReady(); }, 20000));
        QVERIFY(healed.count() >= 1);
        QVERIFY(c.facts().backendPid != pidBefore);
        const pg::Result r = QCoro::waitFor(c.query(QStringLiteral("SELECT 42 AS v")));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error()->message));
        QCOMPARE(r.int64(0, "v"), 42);
    }

    void queuedQueriesFinishWhenClosedAndDeleted() {
        // close() then deleteLater(), as Workspace::disconnectProfile does: the running query
        // and both queries waiting their turn finish, with an error that says why.
        auto *c = testutil::connect(sandbox::dsn()).release();
        QVERIFY(c->isReady());
        QPointer<Connection> alive(c);
        auto running = c->query(QStringLiteral("SELECT pg_sleep(0.3)"));
        auto first = c->query(QStringLiteral("SELECT 1 AS v"));
        auto second = c->execScript(QStringLiteral("SELECT 2 AS v"));
        QVERIFY(c->isBusy()); // the running query holds the slot: the other two wait their turn
        c->close();
        c->deleteLater();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(testutil::waitUntil([&] { return alive.isNull(); }));
        QVERIFY(
            testutil::waitUntil([&] { return running.isReady() && first.isReady() && second.isReady(); }));
        const pg::Result r1 = QCoro::waitFor(first);
        const QList<pg::Result> r2 = QCoro::waitFor(second);
        QVERIFY(!r1.ok());
        QVERIFY2(r1.error()->message.contains(QStringLiteral("closed before the query could run")),
                 qPrintable(r1.error()->message));
        QCOMPARE(r2.size(), 1);
        QVERIFY(!r2[0].ok());
        QVERIFY(!QCoro::waitFor(running).ok());
    }

    void queriesFailWhenDestroyedWhileQueued() {
        // Deleted with queries queued and no event loop turn in between.
        auto c = testutil::connect(sandbox::dsn());
        auto running = c->query(QStringLiteral("SELECT pg_sleep(0.3)"));
        auto queued = c->query(QStringLiteral("SELECT 1 AS v"));
        QVERIFY(c->isBusy());
        c.reset();
        QVERIFY(running.isReady());
        QVERIFY(queued.isReady());
        QVERIFY(!QCoro::waitFor(queued).ok());
    }

    void pollerRefreshesAfterDisconnectAndReconnect() {
        // Two queries queued behind the poller's, then the server is disconnected the way the
        // GUI does it: every query finishes with an error, and after reconnecting the poller
        // refreshes again (a refresh stranded in flight used to keep it silent for good).
        testutil::isolateSettings();
        QTemporaryDir dir;
        core::ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
        const QString id = profiles.save(core::Profile::fromDsn(sandbox::dsn()));
        core::Workspace ws(&profiles);
        QVERIFY(!QCoro::waitFor(ws.connectProfile(id)));
        monitor::Poller poller;
        poller.setInterval(50);
        int answered = 0;
        poller.setJob([&](quint64) -> QCoro::Task<void> {
            auto *s = ws.current();
            if (!s)
                co_return;
            const pg::Result r = co_await s->monitor()->query(QStringLiteral("SELECT 1 AS v, pg_sleep(0.2)"));
            if (r.ok())
                ++answered;
        });
        connect(&ws, &core::Workspace::currentChanged, &poller, &monitor::Poller::invalidate);
        poller.setActive(true);
        QVERIFY(testutil::waitUntil([&] { return poller.inFlight() && ws.current()->monitor()->isBusy(); }));
        auto *monitor = ws.current()->monitor();
        auto q1 = monitor->query(QStringLiteral("SELECT 1"));
        auto q2 = monitor->query(QStringLiteral("SELECT 2"));
        QVERIFY(monitor->isBusy()); // both wait behind the poller's query

        ws.disconnectProfile(id);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(testutil::waitUntil([&] { return q1.isReady() && q2.isReady(); }));
        QVERIFY(!QCoro::waitFor(q1).ok());
        QVERIFY(!QCoro::waitFor(q2).ok());
        QVERIFY(!poller.inFlight());

        const int before = answered;
        QVERIFY(!QCoro::waitFor(ws.connectProfile(id)));
        QVERIFY2(testutil::waitUntil([&] { return answered >= before + 2; }, 10000),
                 qPrintable(QString::number(answered - before)));
        poller.setActive(false);
        QVERIFY(testutil::waitUntil([&] { return !poller.inFlight(); }));
    }

    void terminatedMidQueryReportsLoss() {
        auto victim = testutil::connect(sandbox::dsn());
        auto killer = testutil::connect(sandbox::dsn());
        QSignalSpy lost(victim.get(), &Connection::connectionLost);
        auto task = victim->query(QStringLiteral("SELECT pg_sleep(20)"));
        QVERIFY(testutil::waitForActivity(
            QStringLiteral("pid = %1 AND wait_event = 'PgSleep'").arg(victim->facts().backendPid)));
        testutil::exec(*killer, QStringLiteral("SELECT pg_terminate_backend($1)"),
                       {victim->facts().backendPid});
        const pg::Result r = QCoro::waitFor(task);
        QVERIFY(!r.ok());
        QVERIFY2(r.error()->isConnectionLoss(), qPrintable(r.error()->toString()));
        QCOMPARE(lost.count(), 1);
        QCOMPARE(victim->state(), Connection::State::Lost);
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
