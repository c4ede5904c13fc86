#pragma once

#include "monitor/activitysession.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace pg {
class Result;
}

namespace monitor {

// One refresh of the activity query: every session and how long the server needed.
//
// The query (sql/monitor/activity*.sql) sends what changed since the client's previous refresh
// (see the file's header): `deltaParams(base)` are its parameters, `merge(base, result)` rebuilds
// the whole snapshot from the previous one and the rows that came. The snapshot handed on always
// holds every session, so models and filters never see the delta.
struct ActivitySnapshot {
    // Idle sessions whose state_change lies this far before the previous refresh are sent again:
    // a backend stamps the time a moment before it publishes the new state.
    static constexpr qint64 DeltaMarginMs = 1000;

    QList<ActivitySession> sessions;
    qint64 sampledAtMs = 0; // the server's statement_timestamp()
    double serverMs = 0;    // server time of the activity query
    double roundTripMs = 0; // as seen by pgdba (network + server + result transfer)
    int querySize = 0;      // track_activity_query_size

    bool full = true;        // the server sent every session (first refresh, or asked for)
    bool consistent = true;  // false: the merge found the counts the server gave for the sessions
                             // it did not send differ from ours; the next refresh sends all
    QList<int> pidsReceived; // the sessions the server sent rows for in this refresh
    int textsReceived = 0;   // query texts among them

    // Reads a full result of sql/monitor/activity*.sql (parameters NULL). Plain CPU work:
    // callable on a worker thread.
    static ActivitySnapshot fromResult(const pg::Result &r);
    // $1, $2 and $3 of sql/monitor/activity*.sql for a refresh that follows base: everything when
    // base is empty or not consistent.
    static QVariantList deltaParams(const ActivitySnapshot &base);
    // base + the rows of a refresh asked with deltaParams(base). Plain CPU work: callable on a
    // worker thread.
    static ActivitySnapshot merge(const ActivitySnapshot &base, const pg::Result &r);
    // Whether a refresh after this one can ask only for what changed.
    bool canFollow() const { return sampledAtMs > 0 && consistent; }
    // Pids that block at least one other session.
    QList<int> blockerPids() const;
};

} // namespace monitor
