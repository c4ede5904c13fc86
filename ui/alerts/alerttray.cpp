#include "alerts/alerttray.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace ui {

namespace {
QIcon dotIcon(int worst) {
    QPixmap pm(64, 64);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = worst == int(alerts::Severity::Critical)  ? QColor(0xc6, 0x28, 0x28)
                     : worst == int(alerts::Severity::Warning) ? QColor(0xef, 0x9a, 0x00)
                                                               : QColor(0x2e, 0x7d, 0x32);
    p.setPen(QPen(QColor(0x21, 0x21, 0x21), 4));
    p.setBrush(c);
    p.drawEllipse(QRectF(6, 6, 52, 52));
    if (worst > 0) {
        p.setPen(QPen(Qt::white, 8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(32, 18), QPointF(32, 36));
        p.drawPoint(QPointF(32, 47));
    }
    return QIcon(pm);
}
} // namespace

AlertTray::AlertTray(QObject *parent)
    : QObject(parent)
    , m_icon(new QSystemTrayIcon(this)) {
    m_icon->setObjectName(QStringLiteral("alertTray"));
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            Q_EMIT activated();
    });
    setOpenAlerts({});
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_icon->show();
}

AlertTray::~AlertTray() = default;

void AlertTray::setOpenAlerts(const QList<alerts::Alert> &open) {
    const alerts::OpenSummary s = alerts::AlertStore::summarize(open);
    const alerts::Alert *worst = nullptr;
    for (const alerts::Alert &a : open)
        if (!worst || int(a.severity) > int(worst->severity) ||
            (a.severity == worst->severity && a.firedMs > worst->firedMs))
            worst = &a;
    if (!worst)
        m_toolTip = tr("pgdba: no open alerts");
    else
        m_toolTip = tr("pgdba: open alerts: %1, not acknowledged: %2").arg(s.open).arg(s.unacknowledged) +
                    QLatin1Char('\n') + tr("Worst: %1 on %2").arg(worst->message(), worst->server);
    m_icon->setToolTip(m_toolTip);
    if (s.worst != m_worst) {
        m_worst = s.worst;
        m_icon->setIcon(dotIcon(s.worst));
    }
}

void AlertTray::showMessage(const QString &title, const QString &body, int urgency) {
    ++m_messages;
    m_icon->showMessage(title, body, urgency >= 2 ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning,
                        10000);
}

} // namespace ui
