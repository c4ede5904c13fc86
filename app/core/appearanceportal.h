#pragma once

#include <QObject>

#include <QDBusVariant>

namespace core {

// The desktop's light/dark preference from the freedesktop settings portal
// (org.freedesktop.portal.Settings, namespace org.freedesktop.appearance, key color-scheme).
// Asked asynchronously: nothing here ever blocks the caller's thread. Without a session bus or
// a portal the preference stays NoPreference and available() false; the caller then keeps the
// platform palette.
class AppearancePortal : public QObject {
    Q_OBJECT
public:
    // The portal's values (0, 1, 2).
    enum class ColorScheme { NoPreference = 0, PreferDark = 1, PreferLight = 2 };
    Q_ENUM(ColorScheme)

    explicit AppearancePortal(QObject *parent = nullptr);
    ~AppearancePortal() override;

    // Sends the read (ReadOne, then the older Read) and subscribes to SettingChanged.
    void start();
    ColorScheme colorScheme() const { return m_scheme; }
    bool available() const { return m_available; }
    // The portal's reply variant (possibly nested in QDBusVariant layers) as a scheme.
    static ColorScheme fromReply(const QVariant &v, bool *ok = nullptr);

Q_SIGNALS:
    void colorSchemeChanged(core::AppearancePortal::ColorScheme scheme);
    void finished(); // the first answer (or failure) arrived

private Q_SLOTS:
    void onSettingChanged(const QString &ns, const QString &key, const QDBusVariant &value);

private:
    void read(const QString &method);
    void setScheme(ColorScheme s);

    ColorScheme m_scheme = ColorScheme::NoPreference;
    bool m_available = false;
    bool m_started = false;
};

} // namespace core
