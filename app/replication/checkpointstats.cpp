#include "replication/checkpointstats.h"

#include "pg/result.h"

namespace replication {

CheckpointCounters CheckpointCounters::fromResult(const pg::Result &r) {
    CheckpointCounters c;
    if (!r.ok() || r.rows() < 1)
        return c;
    c.valid = true;
    c.timed = r.int64(0, "timed");
    c.requested = r.int64(0, "requested");
    c.writeTimeMs = r.dbl(0, "write_time_ms");
    c.syncTimeMs = r.dbl(0, "sync_time_ms");
    c.buffersCheckpointer = r.int64(0, "buffers_checkpointer");
    c.buffersBgwriter = r.int64(0, "buffers_bgwriter");
    c.buffersBackend = r.int64(0, "buffers_backend");
    c.buffersAlloc = r.int64(0, "buffers_alloc");
    c.statsReset = r.timestamp(0, "stats_reset");
    return c;
}

QList<IoRow> IoRow::fromResult(const pg::Result &r) {
    QList<IoRow> rows;
    if (!r.ok())
        return rows;
    rows.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i) {
        IoRow row;
        row.backendType = r.text(i, "backend_type");
        row.reads = r.int64(i, "reads");
        row.writes = r.int64(i, "writes");
        row.extends = r.int64(i, "extends");
        row.hits = r.int64(i, "hits");
        row.evictions = r.int64(i, "evictions");
        row.fsyncs = r.int64(i, "fsyncs");
        rows << row;
    }
    return rows;
}

} // namespace replication
