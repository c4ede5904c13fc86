#pragma once

#include "history/store.h"

#include <QAbstractTableModel>

namespace history {

// The audit log (newest first) as a table. New entries arrive at the top as inserted rows.
class AuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Time,
        Server,
        Database,
        Role,
        OsUser,
        Pid,
        TargetUser,
        TargetApplication,
        Action,
        Outcome,
        Message,
        Query,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole + 1, OutcomeRole };

    explicit AuditModel(QObject *parent = nullptr);
    ~AuditModel() override;

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    void setEntries(const QList<AuditEntry> &entries);
    const AuditEntry *entryAt(int row) const;

private:
    QList<AuditEntry> m_entries;
};

} // namespace history
