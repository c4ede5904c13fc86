#pragma once

#include "alerts/alertstore.h"

#include <QObject>

class QSystemTrayIcon;

namespace ui {

// The tray icon: its colour and tooltip show the worst open alert (green: none, amber: warning,
// red: critical); it shows notifications as balloons when the desktop notification service is
// not there. Clicking it raises the window on the Alerts page (activated()).
class AlertTray : public QObject {
    Q_OBJECT
public:
    explicit AlertTray(QObject *parent = nullptr);
    ~AlertTray() override;

    // open: the open alerts (any order).
    void setOpenAlerts(const QList<alerts::Alert> &open);
    void showMessage(const QString &title, const QString &body, int urgency);
    QString toolTip() const { return m_toolTip; }
    int worst() const { return m_worst; }
    int messagesShown() const { return m_messages; }
    QSystemTrayIcon *icon() const { return m_icon; }

Q_SIGNALS:
    void activated();

private:
    QSystemTrayIcon *m_icon = nullptr;
    QString m_toolTip;
    int m_worst = -1;
    int m_messages = 0;
};

} // namespace ui
