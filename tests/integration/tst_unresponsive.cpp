// A server that stops answering after the connection was made (issue 19.4): the monitoring
// connection's query deadline cancels the request, replaces the connection, and the poller
// recovers. Two real ways to freeze: the backend process stopped with SIGSTOP, and a TCP
// peer (a loopback proxy to the sandbox) that goes silent.
#include "freezableproxy.h"
#include "loopchecker.h"
#include "sandbox.h"
#include "stoppedprocess.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "monitor/poller.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using pg::Connection;

namespace {
constexpr int DeadlineMs = 1500;

// A poller on the workspace's current monitoring connection, counting the refreshes that
// got an answer from the server.
struct CountingPoller {
    monitor::Poller poller;
    int answered = 0;
    int failed = 0;
    QString lastError;
    explicit CountingPoller(core::Workspace &ws) {
        poller.setInterval(300);
        poller.setJob([this, &ws](quint64) -> QCoro::Task<void> {
            auto *s = ws.current();
            if (!s)
                co_return;
            const pg::Result r = co_await s->monitor()->query(QStringLiteral("SELECT 1 AS v"));
            if (r.ok()) {
                ++answered;
            } else {
                ++failed;
                lastError = r.error()->message;
            }
        });
        poller.setActive(true);
    }
};

bool backendExists(int pid) {
    return sandbox::psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid))
               .trimmed() == QLatin1String("1");
}
} // namespace

class TestUnresponsive : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // The GUI's path: a saved profile, a workspace, its session's monitoring connection with
    // a short deadline from the settings (the default is 15 s).
    std::unique_ptr<core::Workspace> workspace(const QString &dsn, core::ProfileStore &profiles) {
        QString password;
        const QString id = profiles.save(core::Profile::fromDsn(dsn, &password));
        auto ws = std::make_unique<core::Workspace>(&profiles);
        const auto err = QCoro::waitFor(ws->connectProfile(id, password));
        if (err)
            qWarning("connect failed: %s", qPrintable(err->message));
        return ws;
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        QSettings().setValue(QStringLiteral("connection/queryDeadlineMs"), DeadlineMs);
    }

    void stoppedBackendIsReplaced() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("stopped.ini")));
        auto ws = workspace(sandbox::dsn(), profiles);
        QVERIFY(ws->current() && ws->current()->state() == Connection::State::Ready);
        Connection *monitor = ws->current()->monitor();
        CountingPoller counting(*ws);
        QVERIFY(testutil::waitUntil([&] { return counting.answered >= 2; }));

        const int frozenPid = monitor->facts().backendPid;
        QSignalSpy lost(monitor, &Connection::connectionLost);
        QSignalSpy healed(monitor, &Connection::reconnected);
        LoopChecker loop;
        StoppedProcess stopped(frozenPid);
        QVERIFY(stopped.ok());
        QElapsedTimer t;
        t.start();
        // The request in flight meets the deadline: lost as unresponsive, cancelled, replaced.
        QVERIFY2(testutil::waitUntil([&] { return lost.count() > 0; }, 10000), "the deadline never fired");
        QVERIFY2(t.elapsed() < DeadlineMs + 2000, qPrintable(QString::number(t.elapsed())));
        const auto why = lost.first().first().value<pg::Error>();
        QCOMPARE(why.kind, pg::Error::Kind::Timeout);
        QVERIFY2(why.message.contains(QStringLiteral("did not answer")), qPrintable(why.message));
        QVERIFY(testutil::waitUntil([&] { return healed.count() > 0 && monitor->isReady(); }, 10000));
        QVERIFY(monitor->facts().backendPid != frozenPid);
        const int before = counting.answered;
        QVERIFY(testutil::waitUntil([&] { return counting.answered >= before + 2; }, 5000));
        QVERIFY2(loop.maxGapMs() < 100, qPrintable(QString::number(loop.maxGapMs())));

        // Woken up, the old backend sees the cancel and its closed socket and goes away; the
        // poller keeps refreshing on the new connection.
        stopped.resume();
        QVERIFY(testutil::waitUntil([&] { return !backendExists(frozenPid); }, 10000));
        const int after = counting.answered;
        QVERIFY(testutil::waitUntil([&] { return counting.answered >= after + 2; }, 5000));
    }

    void silentPeerAfterConnectIsReplaced() {
        FreezableProxy proxy(quint16(sandbox::port()));
        QVERIFY(proxy.listen());
        const QString dsn =
            QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres sslmode=disable password=%2")
                .arg(proxy.port())
                .arg(sandbox::password());
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("silent.ini")));
        auto ws = workspace(dsn, profiles);
        QVERIFY(ws->current() && ws->current()->state() == Connection::State::Ready);
        Connection *monitor = ws->current()->monitor();
        CountingPoller counting(*ws);
        QVERIFY(testutil::waitUntil([&] { return counting.answered >= 2; }));

        const int oldPid = monitor->facts().backendPid;
        QSignalSpy lost(monitor, &Connection::connectionLost);
        QSignalSpy healed(monitor, &Connection::reconnected);
        proxy.freeze(); // TCP stays up, nothing comes back: keepalives are answered by the proxy's kernel
        QVERIFY(proxy.frozen() >= 1);
        QVERIFY2(testutil::waitUntil([&] { return lost.count() > 0; }, 10000), "the deadline never fired");
        QCOMPARE(lost.first().first().value<pg::Error>().kind, pg::Error::Kind::Timeout);
        QVERIFY(testutil::waitUntil([&] { return healed.count() > 0 && monitor->isReady(); }, 10000));
        QVERIFY(monitor->facts().backendPid != oldPid);
        const int before = counting.answered;
        QVERIFY(testutil::waitUntil([&] { return counting.answered >= before + 2; }, 5000));
    }
};

QTEST_GUILESS_MAIN(TestUnresponsive)
#include "tst_unresponsive.moc"
