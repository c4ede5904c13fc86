#pragma once

#include "history/store.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <qcoro/qcorotask.h>

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
    // Reads the newest `limit` entries (of one server; empty: all) from the store on a worker
    // thread, through a connection of its own, and shows them. A load that a newer one
    // overtakes is dropped. Without an open store the model empties. Returns false if dropped.
    QCoro::Task<bool> load(history::Store *store, QString server, int limit = 5000);
    const AuditEntry *entryAt(int row) const;

private:
    QList<AuditEntry> m_entries;
    quint64 m_loads = 0;
};

} // namespace history
