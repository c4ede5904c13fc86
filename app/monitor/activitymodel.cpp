#include "monitor/activitymodel.h"

#include "monitor/activitywaitevents.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <bit>

namespace monitor {

namespace {

ActivityModel::Highlight highlightAt(const ActivitySession &s, qint64 nowMs, bool blocker,
                                     const ActivityThresholds &t) {
    using H = ActivityModel::Highlight;
    if (blocker)
        return H::Blocking;
    const qint64 query = s.queryStartMs > 0 ? nowMs - s.queryStartMs : 0;
    if (s.isWaitingOnLock() && query >= qint64(t.waitingS) * 1000)
        return H::Waiting;
    if (s.isIdleInTransaction() && s.stateChangeMs > 0 &&
        nowMs - s.stateChangeMs >= qint64(t.idleInTransactionS) * 1000)
        return H::IdleInTransaction;
    if (s.state == QLatin1String("active") && query >= qint64(t.longRunningS) * 1000)
        return H::LongRunning;
    return H::None;
}

QString pidList(const QList<int> &pids) {
    QStringList parts;
    for (int p : pids)
        parts << QString::number(p);
    return parts.join(QStringLiteral(", "));
}
} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent) {}

ActivityModel::~ActivityModel() = default;

qint64 ActivityModel::durationAt(const ActivitySession &s, DurationMode mode, qint64 nowMs) {
    qint64 start = 0;
    switch (mode) {
    case DurationMode::Query:
        start = s.queryStartMs;
        break;
    case DurationMode::Transaction:
        start = s.xactStartMs;
        break;
    case DurationMode::Backend:
        start = s.backendStartMs;
        break;
    }
    if (start <= 0 || nowMs <= 0)
        return -1;
    return qMax<qint64>(0, nowMs - start);
}

int ActivityModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}
int ActivityModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const ActivitySession *ActivityModel::sessionAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const ActivitySession *ActivityModel::sessionByPid(int pid) const {
    return sessionAt(rowOfPid(pid));
}

qint64 ActivityModel::durationMs(const ActivitySession &s, DurationMode mode) const {
    return durationAt(s, mode, m_nowMs);
}

ActivityModel::Highlight ActivityModel::highlight(const ActivitySession &s) const {
    return highlightAt(s, m_nowMs, m_blockers.contains(s.pid), m_thresholds);
}

QString ActivityModel::columnName(int column) {
    switch (column) {
    case Pid:
        return tr("PID");
    case Database:
        return tr("Database");
    case User:
        return tr("User");
    case Application:
        return tr("Application");
    case Client:
        return tr("Client");
    case State:
        return tr("State");
    case Wait:
        return tr("Wait event");
    case Duration:
        return tr("Duration");
    case BlockedBy:
        return tr("Blocked by");
    case XidAge:
        return tr("XID age");
    case XminAge:
        return tr("Xmin age");
    case BackendType:
        return tr("Backend type");
    case QueryId:
        return tr("Query ID");
    case BackendStart:
        return tr("Backend start");
    case XactStart:
        return tr("Transaction start");
    case QueryStart:
        return tr("Query start");
    case StateChange:
        return tr("State change");
    case Query:
        return tr("Query");
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnName(section);
    if (role == Qt::ToolTipRole && section == Duration) {
        switch (m_mode) {
        case DurationMode::Query:
            return tr("Time since the current (or last) statement started");
        case DurationMode::Transaction:
            return tr("Time since the open transaction started");
        case DurationMode::Backend:
            return tr("Time since the session connected");
        }
    }
    return {};
}

QVariant ActivityModel::display(const ActivitySession &s, int column) const {
    switch (column) {
    case Pid:
        return s.pid;
    case Database:
        return s.database;
    case User:
        return s.user;
    case Application:
        return s.application;
    case Client:
        return s.clientAddr;
    case State:
        return s.state.isEmpty() ? QString() : s.state;
    case Wait:
        return s.waitText();
    case Duration:
        return formatDuration(durationMs(s));
    case BlockedBy:
        return pidList(s.blockingPids);
    case XidAge:
        return s.xidAge >= 0 ? QLocale().toString(s.xidAge) : QString();
    case XminAge:
        return s.xminAge >= 0 ? QLocale().toString(s.xminAge) : QString();
    case BackendType:
        return s.backendType;
    case QueryId:
        return s.hasQueryId ? QString::number(s.queryId) : QString();
    case BackendStart:
        return formatTime(s.backendStartMs);
    case XactStart:
        return formatTime(s.xactStartMs);
    case QueryStart:
        return formatTime(s.queryStartMs);
    case StateChange:
        return formatTime(s.stateChangeMs);
    case Query: {
        QString q = s.query.left(300).simplified();
        return q;
    }
    default:
        return {};
    }
}

QVariant ActivityModel::sortValue(const ActivitySession &s, int column) const {
    switch (column) {
    case Pid:
        return s.pid;
    case Duration:
        return durationMs(s);
    case BlockedBy:
        return s.blockingPids.isEmpty() ? 0 : s.blockingPids.first();
    case XidAge:
        return s.xidAge;
    case XminAge:
        return s.xminAge;
    case QueryId:
        return s.queryId;
    case BackendStart:
        return s.backendStartMs;
    case XactStart:
        return s.xactStartMs;
    case QueryStart:
        return s.queryStartMs;
    case StateChange:
        return s.stateChangeMs;
    case Query:
        return s.query.left(300).simplified().toLower();
    default:
        return display(s, column).toString().toLower();
    }
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivitySession &s = m_rows.at(index.row());
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(s, col);
    case Qt::ToolTipRole:
        if (col == Query)
            return s.query.left(2000);
        if (col == Wait)
            return waitEventExplanation(s.waitEventType, s.waitEvent);
        if (col == BlockedBy && !s.blockingPids.isEmpty())
            return tr("Waiting for a lock held (or requested first) by pid %1").arg(pidList(s.blockingPids));
        return {};
    case Qt::TextAlignmentRole:
        switch (col) {
        case Pid:
        case Duration:
        case XidAge:
        case XminAge:
        case QueryId:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        }
    case SortRole:
        return sortValue(s, col);
    case PidRole:
        return s.pid;
    case DurationMsRole:
        return durationMs(s);
    case HighlightRole:
        return QVariant::fromValue(highlight(s));
    case WaitExplanationRole:
        return waitEventExplanation(s.waitEventType, s.waitEvent);
    default:
        return {};
    }
}

void ActivityModel::clear() {
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        m_rowOfPid.clear();
        endRemoveRows();
    }
    m_blockers.clear();
    m_nowMs = 0;
    m_serverMs = 0;
}

void ActivityModel::setDurationMode(DurationMode mode) {
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT headerDataChanged(Qt::Horizontal, Duration, Duration);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Duration), index(int(m_rows.size()) - 1, Duration));
}

void ActivityModel::setThresholds(const ActivityThresholds &t) {
    m_thresholds = t;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {HighlightRole, Qt::BackgroundRole});
}

} // namespace monitor
