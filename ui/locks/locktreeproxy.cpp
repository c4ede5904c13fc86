#include "locks/locktreeproxy.h"

#include "widgets/theme.h"

#include "monitor/locktreemodel.h"

#include <QColor>
#include <QFont>

namespace ui {

LockTreeProxy::LockTreeProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(monitor::LockTreeModel::SortRole);
    setDynamicSortFilter(true);
}

QVariant LockTreeProxy::data(const QModelIndex &index, int role) const {
    using M = monitor::LockTreeModel;
    if (role != Qt::FontRole && role != Qt::BackgroundRole && role != Qt::ForegroundRole)
        return QSortFilterProxyModel::data(index, role);
    const bool root = QSortFilterProxyModel::data(index, M::IsRootRole).toBool();
    const bool culprit = QSortFilterProxyModel::data(index, M::CulpritRole).toBool();
    const bool cycle = QSortFilterProxyModel::data(index, M::InCycleRole).toBool();
    switch (role) {
    case Qt::FontRole:
        if (root) {
            static const QFont bold = [] {
                QFont f;
                f.setBold(true);
                return f;
            }();
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (culprit)
            return theme::tint(QColor(0xfd, 0xe2, 0xe1));
        if (root)
            return theme::tint(QColor(0xff, 0xf1, 0xd6));
        if (cycle)
            return theme::tint(QColor(0xee, 0xe4, 0xf7));
        return {};
    case Qt::ForegroundRole:
        // Our own backgrounds are light: pin dark text so a dark theme stays readable.
        if (culprit && index.column() == M::Session)
            return theme::text(QColor(0x9b, 0x1c, 0x1c));
        if (root || cycle)
            return theme::text(QColor(0x20, 0x20, 0x20));
        return {};
    default:
        return {};
    }
}

} // namespace ui
