#pragma once

#include "monitor/statementtracker.h"

#include <QAbstractTableModel>

namespace monitor {

// pg_stat_statements as a table: one row per statement, totals since reset next to rates over
// the window. Sorting happens here (numbers compared directly, not through QVariant), so a
// refresh of 10,000 rows is one in-place update plus one re-sort; selection survives it
// because rows keep their persistent indexes (keyed by statement). Filtering is done by
// StatementFilterProxy on top; its sort() forwards here.
class StatementModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Query,
        Database,
        User,
        Calls,
        TotalTime,
        Share,
        MeanTime,
        MinTime,
        MaxTime,
        StddevTime,
        PlanTime,
        Rows,
        HitRatio,
        SharedRead,
        TempBlocks,
        IoTime,
        WalBytes,
        CallsPerSec,
        TimePerSec,
        RowsPerSec,
        ReadsPerSec,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Roles {
        SortRole = Qt::UserRole + 1, // numbers as double, texts lower-cased
        KeyRole,                     // StatementKey::toString()
        QueryIdRole,                 // qint64
        QueryTextRole,               // the full normalised text
        SlowRole,                    // bool: mean above the threshold
        DatabaseNameRole,
        UserNameRole,
        HiddenRole,      // bool: a folded entry of statements this role may not see
        PlanChangedRole, // qint64: when its plan last changed (plan history), 0: never seen to
    };

    explicit StatementModel(QObject *parent = nullptr);
    ~StatementModel() override;

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const final;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) final;

    // Replace the rows with a new refresh: rows of statements that stay are updated in place,
    // gone ones removed, new ones appended, then everything is re-sorted.
    void setSnapshot(const StatementSnapshot &snapshot);
    const StatementSnapshot &snapshot() const { return m_snapshot; }
    // Rows whose mean time is above this are highlighted (the ticket's alert: 100 ms).
    void setSlowThresholdMs(double ms);
    double slowThresholdMs() const { return m_slowMs; }
    int slowCount() const;
    // Statements whose plan changed (query id -> when, from the plan history): marked in the
    // Query column ("⇄") with the time in its tool tip.
    void setPlanChanges(const QHash<qint64, qint64> &changedMsByQueryId);
    qint64 planChangedMs(qint64 queryid) const { return m_planChanges.value(queryid, 0); }

    const StatementRow &row(int r) const { return m_rows.at(r); }
    const QList<StatementRow> &rows() const { return m_rows; }
    int rowOf(const StatementKey &k) const { return m_rowOf.value(k, -1); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The number a column sorts by (also used for the charts' and the CLI's "top N").
    static double sortValue(const StatementRow &r, double windowSeconds, int column);
    static QString displayText(const StatementRow &r, double windowSeconds, int column);
    static QString columnTitle(int column);
    static QString columnToolTip(int column);
    // "12.34 ms", "3.2 s", "4.1 min", "1.50 h".
    static QString formatMs(double ms);
    // The text on one line, for a table cell or a chart label.
    static QString oneLine(const StatementRow &r, int maxChars = 160);

private:
    void resort();
    void reindex();

    QList<StatementRow> m_rows;
    QHash<StatementKey, int> m_rowOf;
    StatementSnapshot m_snapshot;
    int m_sortColumn = TotalTime;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    double m_slowMs = 100.0;
    QHash<qint64, qint64> m_planChanges;
};

} // namespace monitor
