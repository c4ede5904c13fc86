#pragma once

#include "monitor/activitysession.h"

#include <QList>
#include <QString>

namespace pg {
class Result;
}

namespace monitor {

// One refresh of the activity query: every session and how long the server needed.
struct ActivitySnapshot {
    QList<ActivitySession> sessions;
    qint64 sampledAtMs = 0; // the server's statement_timestamp()
    double serverMs = 0;    // server time of the activity query
    double roundTripMs = 0; // as seen by pgdba (network + server + result transfer)
    int querySize = 0;      // track_activity_query_size

    // Reads the rows of sql/monitor/activity*.sql. Plain CPU work: callable on a worker thread.
    static ActivitySnapshot fromResult(const pg::Result &r);
    // Pids that block at least one other session.
    QList<int> blockerPids() const;
};

} // namespace monitor
