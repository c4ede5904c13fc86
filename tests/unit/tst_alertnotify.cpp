// Desktop notifications over a real D-Bus session bus: the test starts its own
// `dbus-daemon --session` and serves org.freedesktop.Notifications on it (a second connection
// of this process); alerts::DesktopNotifier's Notify call arrives with the title, body and
// urgency. Without the service, the notifier reports unavailable() (the tray fallback).
#include "alerts/notifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

namespace {
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QString summary, body, app;
    int urgency = -1;
    int calls = 0;
public Q_SLOTS:
    uint Notify(const QString &appName, uint, const QString &, const QString &s, const QString &b,
                const QStringList &, const QVariantMap &hints, int) {
        app = appName;
        summary = s;
        body = b;
        urgency = hints.value(QStringLiteral("urgency")).toInt();
        return uint(++calls);
    }
};
} // namespace

class TestAlertNotify : public QObject {
    Q_OBJECT
    QProcess m_daemon;
    QString m_address;

private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            QSKIP("dbus-daemon is not installed");
        m_daemon.start(
            QStringLiteral("dbus-daemon"),
            {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        QVERIFY(m_daemon.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return m_daemon.canReadLine(); }, 10000));
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        QVERIFY(QDBusConnection::sessionBus().isConnected());
    }

    void cleanupTestCase() {
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            m_daemon.waitForFinished(5000);
        }
    }

    void withoutServiceFallsBack() {
        alerts::DesktopNotifier n;
        QSignalSpy unavailable(&n, &alerts::DesktopNotifier::unavailable);
        n.notify(QStringLiteral("Critical alert on db1:5432"), QStringLiteral("Connections near the limit"),
                 alerts::DesktopNotifier::Urgency::Critical);
        QVERIFY(unavailable.wait(10000));
        QCOMPARE(unavailable.first().at(0).toString(), QStringLiteral("Critical alert on db1:5432"));
        QCOMPARE(n.deliveredCount(), 0);
    }

    void notificationArrives() {
        QDBusConnection fake = QDBusConnection::connectToBus(m_address, QStringLiteral("fake-notifications"));
        QVERIFY(fake.isConnected());
        FakeNotifications server;
        QVERIFY(fake.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
                                    QDBusConnection::ExportAllSlots));
        QVERIFY(fake.registerService(QStringLiteral("org.freedesktop.Notifications")));
        alerts::DesktopNotifier n;
        QSignalSpy delivered(&n, &alerts::DesktopNotifier::delivered);
        QSignalSpy unavailable(&n, &alerts::DesktopNotifier::unavailable);
        n.notify(QStringLiteral("Critical alert on db1:5432"),
                 QStringLiteral("Transaction ID wraparound: 6e8"),
                 alerts::DesktopNotifier::Urgency::Critical);
        QVERIFY(delivered.wait(10000));
        QCOMPARE(unavailable.size(), 0);
        QCOMPARE(server.calls, 1);
        QCOMPARE(server.app, QStringLiteral("pgdba"));
        QCOMPARE(server.summary, QStringLiteral("Critical alert on db1:5432"));
        QCOMPARE(server.body, QStringLiteral("Transaction ID wraparound: 6e8"));
        QCOMPARE(server.urgency, 2);
        QCOMPARE(delivered.first().at(0).toUInt(), 1u);
        fake.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        fake.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    }
};

QTEST_GUILESS_MAIN(TestAlertNotify)
#include "tst_alertnotify.moc"
