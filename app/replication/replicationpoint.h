#pragma once

#include <QJsonObject>
#include <QMap>

namespace replication {

struct ReplicationSnapshot;

// One point of the replication page's charts, kept in the history store (kind "replication",
// key ""): lag at that moment and rates over the interval since the previous snapshot.
// NaN (absent in JSON) when there is no value, e.g. the first snapshot has no rates.
struct ReplicationPoint {
    qint64 tsMs = 0;
    double walBytesPerS = 0;              // WAL generated (primary) or replayed (standby)
    double lagBytes = 0;                  // max over senders / the standby's replay gap
    double replayLagS = 0;                // max over senders / the standby's replay delay
    QMap<QString, double> senderLagBytes; // per application_name
    double checkpointsTimed = 0;          // checkpoints in the interval
    double checkpointsRequested = 0;
    double checkpointWriteMs = 0; // write / sync time spent in the interval
    double checkpointSyncMs = 0;
    double buffersCheckpointerPerS = 0;
    double buffersBgwriterPerS = 0;
    double buffersBackendPerS = 0;

    QJsonObject toJson() const;
    static ReplicationPoint fromJson(qint64 tsMs, const QJsonObject &o);
    // The point for `cur`; rates need `prev` from the same server (else NaN). Counter resets
    // (a smaller value than before) give NaN for that rate, not a negative one.
    static ReplicationPoint between(const ReplicationSnapshot &prev, const ReplicationSnapshot &cur);
};

} // namespace replication
