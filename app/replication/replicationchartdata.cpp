#include "replication/replicationchartdata.h"

#include <cmath>

namespace replication {

namespace {
constexpr double Mb = 1024.0 * 1024.0;

double add(double sum, double v) {
    return std::isnan(v) ? sum : sum + v;
}
// Maximum that ignores NaN (NaN when every value is NaN).
double maxOf(double a, double b) {
    if (std::isnan(a))
        return b;
    if (std::isnan(b))
        return a;
    return std::max(a, b);
}
} // namespace

ReplicationChartData ReplicationChartData::from(const QList<ReplicationPoint> &points, qint64 fromMs,
                                                int maxPoints) {
    ReplicationChartData d;
    d.lag = QList<QList<double>>(2);
    d.wal = QList<QList<double>>(1);
    d.checkpoints = QList<QList<double>>(2);
    d.ckptTime = QList<QList<double>>(2);
    d.buffers = QList<QList<double>>(3);
    qsizetype n = 0;
    for (const auto &p : points)
        if (p.tsMs >= fromMs)
            ++n;
    const qsizetype bucket = maxPoints > 0 && n > maxPoints ? (n + maxPoints - 1) / maxPoints : 1;
    qsizetype inBucket = 0;
    double timed = 0, requested = 0, writeMs = 0, syncMs = 0;
    for (const auto &p : points) {
        if (p.tsMs < fromMs)
            continue;
        timed = add(timed, p.checkpointsTimed);
        requested = add(requested, p.checkpointsRequested);
        writeMs = add(writeMs, p.checkpointWriteMs);
        syncMs = add(syncMs, p.checkpointSyncMs);
        const double v[] = {p.lagBytes / Mb,           p.replayLagS,          p.walBytesPerS / Mb,
                            p.buffersCheckpointerPerS, p.buffersBgwriterPerS, p.buffersBackendPerS};
        if (inBucket == 0) {
            d.ts << p.tsMs;
            d.lag[0] << v[0];
            d.lag[1] << v[1];
            d.wal[0] << v[2];
            d.buffers[0] << v[3];
            d.buffers[1] << v[4];
            d.buffers[2] << v[5];
            for (auto &s : d.checkpoints)
                s << 0;
            for (auto &s : d.ckptTime)
                s << 0;
        } else {
            d.ts.last() = p.tsMs;
            d.lag[0].last() = maxOf(d.lag[0].last(), v[0]);
            d.lag[1].last() = maxOf(d.lag[1].last(), v[1]);
            d.wal[0].last() = maxOf(d.wal[0].last(), v[2]);
            d.buffers[0].last() = maxOf(d.buffers[0].last(), v[3]);
            d.buffers[1].last() = maxOf(d.buffers[1].last(), v[4]);
            d.buffers[2].last() = maxOf(d.buffers[2].last(), v[5]);
        }
        d.checkpoints[0].last() = timed;
        d.checkpoints[1].last() = requested;
        d.ckptTime[0].last() = writeMs / 1000;
        d.ckptTime[1].last() = syncMs / 1000;
        inBucket = (inBucket + 1) % bucket;
    }
    d.checkpointsTimed = timed;
    d.checkpointsRequested = requested;
    d.writeS = writeMs / 1000;
    d.syncS = syncMs / 1000;
    return d;
}

} // namespace replication
