#pragma once

#include "replication/replicationpoint.h"

#include <QList>

namespace replication {

// What the replication page's charts draw, computed from the collector's points (no widgets):
// lag, WAL rate, checkpoints timed vs requested and checkpoint write/sync time (both cumulative
// since the start of the range, so the step of every checkpoint shows and the share of requested
// ones can be read off), buffers written per second. At most maxPoints per series: longer ranges
// (24 h of 2 s points) are reduced to bucket maxima (cumulative series: the bucket's last value).
struct ReplicationChartData {
    QList<qint64> ts;
    QList<QList<double>> lag;         // MB not replayed, replay lag (s)
    QList<QList<double>> wal;         // MB/s
    QList<QList<double>> checkpoints; // timed, requested (count since the start of the range)
    QList<QList<double>> ckptTime;    // write, sync (s since the start of the range)
    QList<QList<double>> buffers;     // checkpointer, background writer, backends (/s)
    double checkpointsTimed = 0, checkpointsRequested = 0; // totals over the range
    double writeS = 0, syncS = 0;

    static ReplicationChartData from(const QList<ReplicationPoint> &points, qint64 fromMs,
                                     int maxPoints = 600);
};

} // namespace replication
