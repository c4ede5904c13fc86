#pragma once

#include "monitor/activityformat.h"
#include "monitor/activitysnapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace monitor {

// When a session stands out, and by which rule (the page picks the colours).
struct ActivityThresholds {
    int longRunningS = 30;       // active statement running at least this long
    int idleInTransactionS = 10; // idle in an open transaction at least this long
    int waitingS = 1;            // waiting on a lock at least this long
};

// pg_stat_activity as a table keyed by pid. setSnapshot() updates rows in place: sessions that
// ended are removed, new ones appended, changed cells announced with dataChanged; the model is
// never reset, so views keep selection, scroll position and sort across refreshes.
class ActivityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Pid,
        Database,
        User,
        Application,
        Client,
        State,
        Wait,
        Duration,
        BlockedBy,
        XidAge,
        XminAge,
        BackendType,
        QueryId,
        BackendStart,
        XactStart,
        QueryStart,
        StateChange,
        Query,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Roles {
        SortRole = Qt::UserRole + 1, // numbers and times as numbers, text lower-cased
        PidRole,
        DurationMsRole, // in the current duration mode, -1 when none
        HighlightRole,  // Highlight
        WaitExplanationRole,
    };
    enum class DurationMode { Query, Transaction, Backend };
    Q_ENUM(DurationMode)
    enum class Highlight { None, LongRunning, IdleInTransaction, Waiting, Blocking };
    Q_ENUM(Highlight)

    explicit ActivityModel(QObject *parent = nullptr);
    ~ActivityModel() override;

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    void setSnapshot(const ActivitySnapshot &snapshot);
    void clear(); // e.g. another server: rows removed (not a reset)

    void setDurationMode(DurationMode mode);
    DurationMode durationMode() const { return m_mode; }
    void setThresholds(const ActivityThresholds &t);
    const ActivityThresholds &thresholds() const { return m_thresholds; }

    const ActivitySession *sessionAt(int row) const;
    const ActivitySession *sessionByPid(int pid) const;
    int rowOfPid(int pid) const { return m_rowOfPid.value(pid, -1); }
    bool isBlocker(int pid) const { return m_blockers.contains(pid); }
    qint64 nowMs() const { return m_nowMs; }
    double serverMs() const { return m_serverMs; }
    int querySize() const { return m_querySize; }

    static qint64 durationAt(const ActivitySession &s, DurationMode mode, qint64 nowMs); // -1: none
    qint64 durationMs(const ActivitySession &s, DurationMode mode) const;
    qint64 durationMs(const ActivitySession &s) const { return durationMs(s, m_mode); }
    Highlight highlight(const ActivitySession &s) const;
    static QString formatDuration(qint64 ms) { return monitor::formatDuration(ms); }
    static QString formatTime(qint64 epochMs) { return monitor::formatTime(epochMs); }
    static QString columnName(int column);

Q_SIGNALS:
    void refreshed(); // after every setSnapshot

private:
    QVariant display(const ActivitySession &s, int column) const;
    QVariant sortValue(const ActivitySession &s, int column) const;
    quint32 changedColumns(const ActivitySession &old, qint64 oldNow, bool oldBlocker, Highlight oldHl,
                           const ActivitySession &now) const;
    void rebuildIndex();

    QList<ActivitySession> m_rows;
    QHash<int, int> m_rowOfPid;
    QSet<int> m_blockers;
    qint64 m_nowMs = 0;
    double m_serverMs = 0;
    int m_querySize = 0;
    DurationMode m_mode = DurationMode::Query;
    ActivityThresholds m_thresholds;
};

} // namespace monitor
