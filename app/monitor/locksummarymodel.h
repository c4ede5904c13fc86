#pragma once

#include "monitor/locksummaryrow.h"

#include <QAbstractTableModel>

namespace monitor {

// The all-locks view: pg_locks aggregated per database, relation, lock type and mode, at most
// the query's row limit. setSummary() updates in place (rows keep their index while their
// group stays), so a sorted view keeps its selection.
class LockSummaryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Database,
        Object,
        LockType,
        Mode,
        Granted,
        Waiting,
        Transactions,
        OldestXact,
        Pids,
        Applications,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole + 1, KeyRole, HasWaitersRole };
    Q_ENUM(Roles)

    explicit LockSummaryModel(QObject *parent = nullptr);

    void setSummary(const LockSummary &summary);
    void clear();
    const LockSummary &summary() const { return m_summary; }
    const LockSummaryRow *rowAt(int row) const;
    // "200 of 3,412 groups shown · 100,000 locks" (empty before the first refresh).
    QString statusText() const;

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

private:
    static bool sameRow(const LockSummaryRow &a, const LockSummaryRow &b);
    LockSummary m_summary; // rows in model order, not the query's
    bool m_loaded = false;
};

} // namespace monitor
