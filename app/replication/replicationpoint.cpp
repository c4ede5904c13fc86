#include "replication/replicationpoint.h"

#include "replication/replicationsnapshot.h"

#include <QJsonValue>

#include <cmath>

namespace replication {

namespace {
void put(QJsonObject &o, const char *key, double v) {
    if (!std::isnan(v))
        o.insert(QLatin1String(key), v);
}
double get(const QJsonObject &o, const char *key) {
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : NoValue;
}
double delta(double before, double after) {
    return after >= before ? after - before : NoValue;
}
} // namespace

QJsonObject ReplicationPoint::toJson() const {
    QJsonObject o;
    put(o, "wal_bps", walBytesPerS);
    put(o, "lag_bytes", lagBytes);
    put(o, "replay_lag_s", replayLagS);
    put(o, "ckpt_timed", checkpointsTimed);
    put(o, "ckpt_req", checkpointsRequested);
    put(o, "ckpt_write_ms", checkpointWriteMs);
    put(o, "ckpt_sync_ms", checkpointSyncMs);
    put(o, "buf_ckpt_ps", buffersCheckpointerPerS);
    put(o, "buf_bgw_ps", buffersBgwriterPerS);
    put(o, "buf_backend_ps", buffersBackendPerS);
    QJsonObject senders;
    for (auto it = senderLagBytes.cbegin(); it != senderLagBytes.cend(); ++it)
        if (!std::isnan(it.value()))
            senders.insert(it.key(), it.value());
    if (!senders.isEmpty())
        o.insert(QStringLiteral("senders"), senders);
    return o;
}

ReplicationPoint ReplicationPoint::fromJson(qint64 tsMs, const QJsonObject &o) {
    ReplicationPoint p;
    p.tsMs = tsMs;
    p.walBytesPerS = get(o, "wal_bps");
    p.lagBytes = get(o, "lag_bytes");
    p.replayLagS = get(o, "replay_lag_s");
    p.checkpointsTimed = get(o, "ckpt_timed");
    p.checkpointsRequested = get(o, "ckpt_req");
    p.checkpointWriteMs = get(o, "ckpt_write_ms");
    p.checkpointSyncMs = get(o, "ckpt_sync_ms");
    p.buffersCheckpointerPerS = get(o, "buf_ckpt_ps");
    p.buffersBgwriterPerS = get(o, "buf_bgw_ps");
    p.buffersBackendPerS = get(o, "buf_backend_ps");
    const QJsonObject senders = o.value(QStringLiteral("senders")).toObject();
    for (auto it = senders.begin(); it != senders.end(); ++it)
        p.senderLagBytes.insert(it.key(), it.value().toDouble());
    return p;
}

ReplicationPoint ReplicationPoint::between(const ReplicationSnapshot &prev, const ReplicationSnapshot &cur) {
    ReplicationPoint p;
    p.tsMs = cur.tsMs;
    const qint64 lag = cur.maxLagBytes();
    p.lagBytes = lag < 0 ? NoValue : double(lag);
    p.replayLagS = cur.maxReplayLagS();
    for (const auto &s : cur.senders)
        p.senderLagBytes.insert(s.applicationName.isEmpty() ? QString::number(s.pid) : s.applicationName,
                                s.lagBytes < 0 ? NoValue : double(s.lagBytes));
    const bool rates =
        prev.isValid() && cur.isValid() && cur.tsMs > prev.tsMs && prev.inRecovery == cur.inRecovery;
    const double dt = rates ? double(cur.tsMs - prev.tsMs) / 1000.0 : 0;
    auto rate = [&](double before, double after) { return rates ? delta(before, after) / dt : NoValue; };
    auto count = [&](double before, double after) { return rates ? delta(before, after) : NoValue; };
    p.walBytesPerS =
        (prev.walBytes < 0 || cur.walBytes < 0) ? NoValue : rate(double(prev.walBytes), double(cur.walBytes));
    const CheckpointCounters &a = prev.checkpoints, &b = cur.checkpoints;
    const bool ckpt = a.valid && b.valid && a.statsReset == b.statsReset;
    p.checkpointsTimed = ckpt ? count(double(a.timed), double(b.timed)) : NoValue;
    p.checkpointsRequested = ckpt ? count(double(a.requested), double(b.requested)) : NoValue;
    p.checkpointWriteMs = ckpt ? count(a.writeTimeMs, b.writeTimeMs) : NoValue;
    p.checkpointSyncMs = ckpt ? count(a.syncTimeMs, b.syncTimeMs) : NoValue;
    p.buffersCheckpointerPerS =
        ckpt ? rate(double(a.buffersCheckpointer), double(b.buffersCheckpointer)) : NoValue;
    p.buffersBgwriterPerS = ckpt ? rate(double(a.buffersBgwriter), double(b.buffersBgwriter)) : NoValue;
    p.buffersBackendPerS = ckpt ? rate(double(a.buffersBackend), double(b.buffersBackend)) : NoValue;
    return p;
}

} // namespace replication
