#include "alerts/notifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace alerts {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent) {}

void DesktopNotifier::notify(const QString &title, const QString &body, Urgency urgency) {
    ++m_sent;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        Q_EMIT unavailable(title, body, int(urgency));
        return;
    }
    QDBusMessage m = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(urgency)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("pgdba"));
    m << QStringLiteral("pgdba") << uint(0) << QStringLiteral("pgdba") << title << body << QStringList()
      << hints << int(urgency == Urgency::Critical ? 0 : -1);
    auto *w = new QDBusPendingCallWatcher(bus.asyncCall(m, 5000), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this, w, title, body, urgency] {
        QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            Q_EMIT unavailable(title, body, int(urgency));
        } else {
            ++m_delivered;
            Q_EMIT delivered(reply.value());
        }
        w->deleteLater();
    });
}

} // namespace alerts
