#include "migrate/migrationlistmodel.h"

#include <QLocale>

namespace migrate {

MigrationListModel::MigrationListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void MigrationListModel::setStatuses(const QList<MigrationStatus> &statuses) {
    beginResetModel();
    m_rows = statuses;
    endResetModel();
}

const MigrationStatus *MigrationListModel::statusAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MigrationListModel::rowOfVersion(const QString &version) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).migration.version == version)
            return i;
    return -1;
}

int MigrationListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MigrationListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MigrationListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const MigrationStatus &s = m_rows.at(index.row());
    const QLocale loc;
    switch (role) {
    case VersionRole:
        return s.migration.version;
    case StatusKeyRole:
        return statusKey(s.status);
    case Qt::ToolTipRole:
        return s.detail;
    case SortRole:
        if (index.column() == Version)
            return s.migration.version.toULongLong();
        if (index.column() == AppliedAt)
            return s.applied ? s.applied->appliedAt : QDateTime();
        if (index.column() == Duration)
            return s.applied ? s.applied->durationMs : -1;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Version:
            return s.migration.version;
        case Name:
            return s.migration.name;
        case Status:
            return statusText(s.status);
        case AppliedAt:
            return s.applied ? loc.toString(s.applied->appliedAt.toLocalTime(), QLocale::ShortFormat)
                             : QString();
        case AppliedBy:
            return s.applied ? s.applied->appliedBy : QString();
        case Duration:
            return s.applied ? tr("%1 s").arg(loc.toString(s.applied->durationMs / 1000.0, 'f', 1))
                             : QString();
        case Description:
            return s.migration.description;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant MigrationListModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (Column(section)) {
    case Version:
        return tr("Version");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case AppliedAt:
        return tr("Applied at");
    case AppliedBy:
        return tr("Applied by");
    case Duration:
        return tr("Duration");
    case Description:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace migrate
