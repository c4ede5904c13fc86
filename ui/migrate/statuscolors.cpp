#include "migrate/statuscolors.h"

#include "widgets/theme.h"

#include <QBrush>
#include <QFont>

namespace ui {

StatusColors::StatusColors(int statusColumn, int keyRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_column(statusColumn)
    , m_keyRole(keyRole) {}

QColor StatusColors::colorFor(const QString &key) {
    if (key == QLatin1String("applied") || key == QLatin1String("pass"))
        return theme::text(QColor(0x1b, 0x7a, 0x3a));
    if (key == QLatin1String("failed") || key == QLatin1String("fail"))
        return theme::text(QColor(0xc0, 0x27, 0x1d));
    if (key == QLatin1String("drift") || key == QLatin1String("missing") || key == QLatin1String("warn"))
        return theme::text(QColor(0xb0, 0x62, 0x00));
    if (key == QLatin1String("info"))
        return theme::text(QColor(0x1f, 0x5f, 0xa8));
    return {};
}

QVariant StatusColors::data(const QModelIndex &index, int role) const {
    if (index.column() == m_column && (role == Qt::ForegroundRole || role == Qt::FontRole)) {
        const QString key = QIdentityProxyModel::data(index, m_keyRole).toString();
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(key != QLatin1String("pending"));
            return f;
        }
        const QColor c = colorFor(key);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace ui
