#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pg {
class Result;
}

namespace replication {

// Cumulative checkpointer / background writer / backend write counters. The server keeps them
// in pg_stat_bgwriter before 17 and in pg_stat_checkpointer (+ pg_stat_io) from 17
// (sql/replication/checkpoints*.sql); both variants give these columns.
struct CheckpointCounters {
    bool valid = false;
    qint64 timed = 0;
    qint64 requested = 0;
    double writeTimeMs = 0;
    double syncTimeMs = 0;
    qint64 buffersCheckpointer = 0;
    qint64 buffersBgwriter = 0;
    qint64 buffersBackend = 0;
    qint64 buffersAlloc = 0;
    QDateTime statsReset;

    static CheckpointCounters fromResult(const pg::Result &r);
};

// One kind of process in pg_stat_io (16+), summed over objects and contexts.
struct IoRow {
    QString backendType;
    qint64 reads = 0, writes = 0, extends = 0, hits = 0, evictions = 0, fsyncs = 0;

    static QList<IoRow> fromResult(const pg::Result &r);
};

} // namespace replication
