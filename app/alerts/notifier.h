#pragma once

#include <QObject>
#include <QString>

namespace alerts {

// Desktop notifications through org.freedesktop.Notifications on the session bus (asynchronous:
// nothing waits for the notification daemon). When there is no bus or no daemon, or the call
// fails, unavailable() is emitted with the text so the window can show it another way (the tray
// icon's balloon).
class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    enum class Urgency { Low = 0, Normal = 1, Critical = 2 };
    explicit DesktopNotifier(QObject *parent = nullptr);

    void notify(const QString &title, const QString &body, Urgency urgency);
    int sentCount() const { return m_sent; }
    int deliveredCount() const { return m_delivered; }

Q_SIGNALS:
    void delivered(uint notificationId);
    void unavailable(const QString &title, const QString &body, int urgency);

private:
    int m_sent = 0;
    int m_delivered = 0;
};

} // namespace alerts
