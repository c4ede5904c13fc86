#include "bench/comparisoncolors.h"

#include "widgets/theme.h"

#include "bench/comparisonmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ui {

ComparisonColors::ComparisonColors(QObject *parent)
    : QIdentityProxyModel(parent) {}

QVariant ComparisonColors::data(const QModelIndex &index, int role) const {
    if (role == Qt::ForegroundRole || role == Qt::FontRole) {
        const int better = QIdentityProxyModel::data(index, bench::ComparisonModel::BetterRole).toInt();
        if (better == 0)
            return QIdentityProxyModel::data(index, role);
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QBrush(theme::text(better > 0 ? QColor(0x1b, 0x7f, 0x3a) : QColor(0xb0, 0x20, 0x20)));
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace ui
