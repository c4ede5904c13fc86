#pragma once

#include "tuning/inputs.h"

#include <QString>

#include <optional>

namespace tuning {

// The numbers PGTune (pgtune.leopard.in.ua, le0pard/pgtune) computes for a Linux server,
// memory in kB. Formulas and their sources: docs/tuning-formulas.md.
struct PgTuneValues {
    int maxConnections = 0;
    qint64 sharedBuffersKb = 0;
    QString hugePages;
    qint64 effectiveCacheSizeKb = 0;
    qint64 maintenanceWorkMemKb = 0;
    qint64 minWalSizeKb = 0;
    qint64 maxWalSizeKb = 0;
    double checkpointCompletionTarget = 0.9;
    qint64 walBuffersKb = 0;
    int defaultStatisticsTarget = 100;
    double randomPageCost = 4;
    int effectiveIoConcurrency = 1;
    // Parallel settings only from 4 CPUs up (PGTune leaves the server defaults below that).
    std::optional<int> maxWorkerProcesses;
    std::optional<int> maxParallelWorkersPerGather;
    std::optional<int> maxParallelWorkers;            // PostgreSQL 10+
    std::optional<int> maxParallelMaintenanceWorkers; // PostgreSQL 11+
    qint64 workMemKb = 0;
    QString jit;            // "off" for web/OLTP/mixed on 12+, else empty (server default)
    QString walCompression; // "lz4" on 15+, "on" on 10-14
    std::optional<int> autovacuumMaxWorkers;
    std::optional<qint64> autovacuumWorkMemKb;
    QString walLevel; // "minimal" for desktop, else empty
    std::optional<int> maxWalSenders;
};

PgTuneValues pgtune(const Inputs &in);

// PGTune's formatting: the largest unit (GB, MB, kB) that loses nothing, e.g. "1GB", "9709kB".
QString formatKb(qint64 kb);

} // namespace tuning
