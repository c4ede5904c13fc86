#pragma once

#include "sessionhistory/sessionsample.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace sessionhistory {

// A lock incident: sessions waited for a lock held (directly or through other waiters) by one
// root blocker for at least the threshold. Kept at its worst: the forest and the root's state
// and query as they were when the most sessions were blocked.
struct Incident {
    qint64 startMs = 0; // when the first of its sessions started waiting
    qint64 endMs = 0;   // the last sample that still saw a session waiting
    int rootPid = 0;
    QString rootState, rootQuery, rootUser, rootApplication;
    int blockedMax = 0;
    QString waitMode, relation; // the lock the root's first waiter waited for
    QJsonArray forest;          // [{pid, parent, state, wait, query, user, application, mode, relation}]
    bool open = true;
    double durationS() const { return double(endMs - startMs) / 1000.0; }
};

// Turns samples into incidents (pure: no clock, no I/O). Each sample updates the open incidents
// (returned by update(), to be written at once so kill -9 loses nothing older than one sample)
// and closes those no longer seen (returned with open = false).
class IncidentTracker {
public:
    explicit IncidentTracker(qint64 thresholdMs = 1000)
        : m_thresholdMs(thresholdMs) {}
    void setThresholdMs(qint64 ms) { m_thresholdMs = ms; }
    qint64 thresholdMs() const { return m_thresholdMs; }
    // The incidents this sample opened, changed or closed.
    QList<Incident> update(const SessionSample &sample);
    // Everything still open (e.g. at stop), closed at the last sample seen.
    QList<Incident> closeAll();
    void reset();
    int openCount() const { return int(m_open.size()); }

    // The root blocker of each lock waiter in the sample (waiter pid → root pid): follows the
    // first blocker up until a session that waits for nobody (a cycle stops at its lowest pid).
    static QHash<int, int> roots(const SessionSample &sample);

private:
    qint64 m_thresholdMs;
    QHash<int, Incident> m_open;        // by root pid
    QHash<int, qint64> m_firstSeenWait; // pid → first sample seen waiting (no waitstart before 14)
};

} // namespace sessionhistory
