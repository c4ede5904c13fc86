#include "health/healthviewproxy.h"

#include "widgets/theme.h"

#include "monitor/healthmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace ui {

namespace {
QColor statusColor(int status, bool error) {
    if (error)
        return theme::text(QColor(0x6d, 0x6d, 0x6d));
    switch (monitor::HealthStatus(status)) {
    case monitor::HealthStatus::Ok:
        return theme::text(QColor(0x2e, 0x7d, 0x32));
    case monitor::HealthStatus::Warning:
        return theme::text(QColor(0xc7, 0x7c, 0x02));
    case monitor::HealthStatus::Critical:
        return theme::text(QColor(0xc6, 0x28, 0x28));
    }
    return theme::text(QColor(0x75, 0x75, 0x75));
}

QIcon dot(const QColor &c) {
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(c.darker(130));
    p.setBrush(c);
    p.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return QIcon(pm);
}
} // namespace

HealthViewProxy::HealthViewProxy(QObject *parent)
    : QIdentityProxyModel(parent) {}

QVariant HealthViewProxy::data(const QModelIndex &index, int role) const {
    if (role != Qt::DecorationRole && role != Qt::ForegroundRole && role != Qt::FontRole)
        return QIdentityProxyModel::data(index, role);
    const int status = QIdentityProxyModel::data(index, monitor::HealthModel::StatusRole).toInt();
    const bool isCheck = QIdentityProxyModel::data(index, monitor::HealthModel::IsCheckRole).toBool();
    const bool error =
        !QIdentityProxyModel::data(index, monitor::HealthModel::ErrorRole).toString().isEmpty();
    if (role == Qt::DecorationRole) {
        if (index.column() != monitor::HealthModel::StatusColumn)
            return {};
        static const QIcon icons[] = {dot(statusColor(0, false)), dot(statusColor(1, false)),
                                      dot(statusColor(2, false)), dot(statusColor(0, true))};
        return error ? icons[3] : icons[qBound(0, status, 2)];
    }
    if (role == Qt::FontRole) {
        if (isCheck && index.column() == monitor::HealthModel::NameColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    if (index.column() == monitor::HealthModel::StatusColumn)
        return QBrush(statusColor(status, error));
    return {};
}

} // namespace ui
