#pragma once

#include "migrate/status.h"

#include <QAbstractTableModel>

namespace migrate {

// The migrations of a folder with their status in one database (Choose page, Migrations page).
class MigrationListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Version, Name, Status, AppliedAt, AppliedBy, Duration, Description, ColumnCount };
    enum Roles { VersionRole = Qt::UserRole + 1, StatusKeyRole, SortRole };

    explicit MigrationListModel(QObject *parent = nullptr);

    void setStatuses(const QList<MigrationStatus> &statuses);
    const QList<MigrationStatus> &statuses() const { return m_rows; }
    const MigrationStatus *statusAt(int row) const;
    int rowOfVersion(const QString &version) const;

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const final;

private:
    QList<MigrationStatus> m_rows;
};

} // namespace migrate
