#include "core/appearanceportal.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace core {

namespace {
const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kNamespace = QStringLiteral("org.freedesktop.appearance");
const QString kKey = QStringLiteral("color-scheme");
} // namespace

AppearancePortal::AppearancePortal(QObject *parent)
    : QObject(parent) {}

AppearancePortal::~AppearancePortal() = default;

AppearancePortal::ColorScheme AppearancePortal::fromReply(const QVariant &reply, bool *ok) {
    QVariant v = reply;
    // Read() wraps the value twice (v(v(u))), ReadOne() once.
    for (int i = 0;
         i < 4 && v.canConvert<QDBusVariant>() && v.metaType() == QMetaType::fromType<QDBusVariant>(); ++i)
        v = qvariant_cast<QDBusVariant>(v).variant();
    bool converted = false;
    const uint n = v.toUInt(&converted);
    if (ok)
        *ok = converted && n <= 2;
    return converted && n <= 2 ? ColorScheme(n) : ColorScheme::NoPreference;
}

void AppearancePortal::start() {
    if (m_started)
        return;
    m_started = true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        Q_EMIT finished();
        return;
    }
    bus.connect(kService, kPath, kInterface, QStringLiteral("SettingChanged"), this,
                SLOT(onSettingChanged(QString, QString, QDBusVariant)));
    read(QStringLiteral("ReadOne"));
}

void AppearancePortal::read(const QString &method) {
    QDBusMessage msg = QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
    msg << kNamespace << kKey;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(msg, 3000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, method] {
        watcher->deleteLater();
        const QDBusMessage reply = watcher->reply();
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
            bool ok = false;
            const ColorScheme s = fromReply(reply.arguments().constFirst(), &ok);
            if (ok) {
                m_available = true;
                setScheme(s);
                Q_EMIT finished();
                return;
            }
        }
        // Portals before version 2 have only Read; no portal at all: keep the platform palette.
        if (method == QStringLiteral("ReadOne") &&
            reply.errorName() == QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"))
            read(QStringLiteral("Read"));
        else
            Q_EMIT finished();
    });
}

void AppearancePortal::onSettingChanged(const QString &ns, const QString &key, const QDBusVariant &value) {
    if (ns != kNamespace || key != kKey)
        return;
    bool ok = false;
    const ColorScheme s = fromReply(value.variant(), &ok);
    if (ok) {
        m_available = true;
        setScheme(s);
    }
}

void AppearancePortal::setScheme(ColorScheme s) {
    if (s == m_scheme)
        return;
    m_scheme = s;
    Q_EMIT colorSchemeChanged(s);
}

} // namespace core
