#include "tuning/settingsviewproxy.h"

#include "widgets/theme.h"

#include "tuning/settingsdiff.h"
#include "tuning/settingsmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ui {

using tuning::SettingsModel;

SettingsViewProxy::SettingsViewProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {}

void SettingsViewProxy::setOnlyChanges(bool on) {
    if (on == m_onlyChanges)
        return;
    m_onlyChanges = on;
    invalidateRowsFilter();
}

bool SettingsViewProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!m_onlyChanges)
        return true;
    const auto st = sourceModel()
                        ->index(sourceRow, 0, sourceParent)
                        .data(SettingsModel::StatusRole)
                        .value<SettingsModel::RowStatus>();
    return st == SettingsModel::RowStatus::Change || st == SettingsModel::RowStatus::PendingRestart;
}

QVariant SettingsViewProxy::data(const QModelIndex &index, int role) const {
    if (role != Qt::ForegroundRole && role != Qt::FontRole)
        return QSortFilterProxyModel::data(index, role);
    const auto st =
        QSortFilterProxyModel::data(index, SettingsModel::StatusRole).value<SettingsModel::RowStatus>();
    const auto takes = tuning::Takes(QSortFilterProxyModel::data(index, SettingsModel::TakesRole).toInt());
    if (role == Qt::FontRole) {
        if (index.column() == SettingsModel::StatusColumn && st == SettingsModel::RowStatus::PendingRestart) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    switch (index.column()) {
    case SettingsModel::StatusColumn:
        if (st == SettingsModel::RowStatus::PendingRestart)
            return QBrush(theme::text(QColor(0xb0, 0x1c, 0x1c)));
        if (st == SettingsModel::RowStatus::Change)
            return QBrush(theme::text(QColor(0xa8, 0x5a, 0x00)));
        if (st == SettingsModel::RowStatus::Same)
            return QBrush(theme::text(QColor(0x2e, 0x7d, 0x32)));
        return {};
    case SettingsModel::TakesColumn:
        if (takes == tuning::Takes::Restart)
            return QBrush(theme::text(QColor(0xa8, 0x5a, 0x00)));
        return {};
    case SettingsModel::RecommendedColumn:
        if (st == SettingsModel::RowStatus::Change)
            return QBrush(theme::text(QColor(0x0b, 0x4f, 0x9c)));
        return {};
    default:
        return {};
    }
}

} // namespace ui
