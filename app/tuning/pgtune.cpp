#include "tuning/pgtune.h"

#include <cmath>

namespace tuning {

namespace {
constexpr qint64 kMb = 1024;        // kB per MB
constexpr qint64 kGb = 1024 * 1024; // kB per GB

qint64 walSize(Workload w, bool max) {
    switch (w) {
    case Workload::Web:
    case Workload::Mixed:
        return max ? 4096 * kMb : 1024 * kMb;
    case Workload::Oltp:
        return max ? 8192 * kMb : 2048 * kMb;
    case Workload::DataWarehouse:
        return max ? 16384 * kMb : 4096 * kMb;
    case Workload::Desktop:
        return max ? 2048 * kMb : 100 * kMb;
    }
    return 0;
}
} // namespace

PgTuneValues pgtune(const Inputs &in) {
    PgTuneValues v;
    const qint64 ramKb = in.ramMb * kMb;
    const bool desktop = in.workload == Workload::Desktop;
    const bool dw = in.workload == Workload::DataWarehouse;

    v.maxConnections = effectiveConnections(in);
    v.sharedBuffersKb = desktop ? ramKb / 16 : ramKb / 4;
    v.hugePages = v.sharedBuffersKb >= 2 * kGb ? QStringLiteral("try") : QStringLiteral("off");
    v.effectiveCacheSizeKb = desktop ? ramKb / 4 : ramKb * 3 / 4;
    v.maintenanceWorkMemKb = std::min(dw ? ramKb / 8 : ramKb / 16, 8 * kGb);
    v.minWalSizeKb = walSize(in.workload, false);
    v.maxWalSizeKb = walSize(in.workload, true);
    v.checkpointCompletionTarget = 0.9;

    // 3% of shared_buffers, at most 16MB; "near 16MB" rounds up to 16MB; at least 32kB.
    v.walBuffersKb = std::min(3 * v.sharedBuffersKb / 100, 16 * kMb);
    if (v.walBuffersKb > 14 * kMb && v.walBuffersKb < 16 * kMb)
        v.walBuffersKb = 16 * kMb;
    v.walBuffersKb = std::max<qint64>(v.walBuffersKb, 32);

    v.defaultStatisticsTarget = dw ? 500 : 100;
    v.randomPageCost = in.storage == Storage::Hdd ? 4.0 : 1.1;
    v.effectiveIoConcurrency = in.storage == Storage::Hdd ? 2 : in.storage == Storage::Ssd ? 200 : 300;

    if (in.cpus >= 4) {
        int perGather = (in.cpus + 1) / 2;
        if (!dw)
            perGather = std::min(perGather, 4);
        v.maxWorkerProcesses = in.cpus;
        v.maxParallelWorkersPerGather = perGather;
        if (in.pgMajor >= 10)
            v.maxParallelWorkers = in.cpus;
        if (in.pgMajor >= 11)
            v.maxParallelMaintenanceWorkers = std::min((in.cpus + 1) / 2, 4);
    }

    // (RAM - shared_buffers) / ((max_connections + max_worker_processes) * 3); the server's
    // default max_worker_processes (8) when PGTune does not set it.
    const int workers = v.maxWorkerProcesses.value_or(8);
    const double workMem = double(ramKb - v.sharedBuffersKb) / double((v.maxConnections + workers) * 3);
    double divisor = 1;
    if (dw || in.workload == Workload::Mixed)
        divisor = 2;
    else if (desktop)
        divisor = 6;
    v.workMemKb = std::max<qint64>(qint64(std::floor(workMem / divisor)), 4 * kMb);

    if (in.pgMajor >= 12 && !dw && !desktop)
        v.jit = QStringLiteral("off");
    if (in.pgMajor >= 15)
        v.walCompression = QStringLiteral("lz4");
    else if (in.pgMajor >= 10)
        v.walCompression = QStringLiteral("on");

    if (in.cpus >= 32)
        v.autovacuumMaxWorkers = 5;
    else if (in.cpus >= 16)
        v.autovacuumMaxWorkers = 4;
    if (v.maintenanceWorkMemKb >= 2 * kGb)
        v.autovacuumWorkMemKb = 2 * kGb;

    if (desktop) {
        v.walLevel = QStringLiteral("minimal");
        v.maxWalSenders = 0;
    }
    return v;
}

QString formatKb(qint64 kb) {
    if (kb != 0 && kb % kGb == 0)
        return QString::number(kb / kGb) + QStringLiteral("GB");
    if (kb != 0 && kb % kMb == 0)
        return QString::number(kb / kMb) + QStringLiteral("MB");
    return QString::number(kb) + QStringLiteral("kB");
}

} // namespace tuning
