// ActivityModel, part two: a refresh. Rows are keyed by pid; a snapshot removes the sessions
// that ended, updates changed cells in place and appends the new sessions.
#include "monitor/activitymodel.h"

#include <bit>

namespace monitor {

quint32 ActivityModel::changedColumns(const ActivitySession &o, qint64 oldNow, bool oldBlocker,
                                      Highlight oldHl, const ActivitySession &n) const {
    constexpr quint32 all = (1u << ColumnCount) - 1;
    if (oldHl != highlight(n) || oldBlocker != m_blockers.contains(n.pid))
        return all; // the whole row changes colour
    quint32 m = 0;
    auto mark = [&m](int c) { m |= 1u << c; };
    if (o.database != n.database)
        mark(Database);
    if (o.user != n.user)
        mark(User);
    if (o.application != n.application)
        mark(Application);
    if (o.clientAddr != n.clientAddr)
        mark(Client);
    if (o.state != n.state)
        mark(State);
    if (o.waitEventType != n.waitEventType || o.waitEvent != n.waitEvent)
        mark(Wait);
    if (durationAt(o, m_mode, oldNow) != durationAt(n, m_mode, m_nowMs))
        mark(Duration);
    if (o.blockingPids != n.blockingPids)
        mark(BlockedBy);
    if (o.xidAge != n.xidAge)
        mark(XidAge);
    if (o.xminAge != n.xminAge)
        mark(XminAge);
    if (o.backendType != n.backendType)
        mark(BackendType);
    if (o.queryId != n.queryId || o.hasQueryId != n.hasQueryId)
        mark(QueryId);
    if (o.xactStartMs != n.xactStartMs)
        mark(XactStart);
    if (o.queryStartMs != n.queryStartMs)
        mark(QueryStart);
    if (o.stateChangeMs != n.stateChangeMs)
        mark(StateChange);
    if (o.query != n.query)
        mark(Query);
    return m;
}

void ActivityModel::rebuildIndex() {
    m_rowOfPid.clear();
    m_rowOfPid.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfPid.insert(m_rows.at(i).pid, i);
}

void ActivityModel::setSnapshot(const ActivitySnapshot &snap) {
    QHash<int, int> incoming; // pid -> index in snap
    incoming.reserve(snap.sessions.size());
    for (int i = 0; i < snap.sessions.size(); ++i)
        incoming.insert(snap.sessions.at(i).pid, i);

    // 1. Sessions that ended (or whose pid now belongs to a new backend) go, in ranges from the end.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        auto gone = [&](int r) {
            const auto it = incoming.constFind(m_rows.at(r).pid);
            return it == incoming.cend() ||
                   snap.sessions.at(*it).backendStartMs != m_rows.at(r).backendStartMs;
        };
        if (!gone(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && gone(first - 1))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildIndex();

    // 2. Changes in place, announced per run of changed rows.
    const qint64 oldNow = m_nowMs;
    QList<Highlight> oldHl(m_rows.size());
    QList<bool> oldBlocker(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r) {
        oldHl[r] = highlight(m_rows.at(r));
        oldBlocker[r] = m_blockers.contains(m_rows.at(r).pid);
    }
    m_nowMs = snap.sampledAtMs;
    m_serverMs = snap.serverMs;
    m_querySize = snap.querySize;
    const QList<int> blockers = snap.blockerPids();
    m_blockers = QSet<int>(blockers.begin(), blockers.end());
    int runFirst = -1;
    quint32 runMask = 0;
    auto flush = [&](int last) {
        if (runFirst < 0)
            return;
        const int c0 = std::countr_zero(runMask);
        const int c1 = 31 - std::countl_zero(runMask);
        Q_EMIT dataChanged(index(runFirst, c0), index(last, c1));
        runFirst = -1;
        runMask = 0;
    };
    for (int r = 0; r < m_rows.size(); ++r) {
        const ActivitySession &n = snap.sessions.at(incoming.value(m_rows.at(r).pid));
        const quint32 mask = changedColumns(m_rows.at(r), oldNow, oldBlocker.at(r), oldHl.at(r), n);
        m_rows[r] = n;
        if (mask == 0) {
            flush(r - 1);
            continue;
        }
        if (runFirst < 0)
            runFirst = r;
        runMask |= mask;
    }
    flush(int(m_rows.size()) - 1);

    // 3. New sessions are appended.
    QList<const ActivitySession *> added;
    for (const auto &s : snap.sessions)
        if (!m_rowOfPid.contains(s.pid))
            added << &s;
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const auto *s : std::as_const(added)) {
            m_rowOfPid.insert(s->pid, int(m_rows.size()));
            m_rows << *s;
        }
        endInsertRows();
    }
    Q_EMIT refreshed();
}

} // namespace monitor
