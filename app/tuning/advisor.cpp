#include "tuning/advisor.h"

#include "tuning/pgtune.h"

#include <QCoreApplication>
#include <QStringList>

namespace tuning {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(tuning)
};

QString number(double v) {
    return QString::number(v, 'g', 6);
}

struct Builder {
    QList<Recommendation> list;
    QString category;
    void add(const QString &name, const QString &value, const QString &reason, const QString &formula,
             bool isList = false) {
        list.append(Recommendation{name, value, category, reason, formula, isList});
    }
};
} // namespace

QString withPgStatStatements(const QString &libraries) {
    QStringList items;
    for (QString p : libraries.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        p = p.trimmed();
        if (p.size() >= 2 && p.startsWith(QLatin1Char('"')) && p.endsWith(QLatin1Char('"')))
            p = p.mid(1, p.size() - 2);
        if (!p.isEmpty())
            items << p;
    }
    if (!items.contains(QStringLiteral("pg_stat_statements")))
        items << QStringLiteral("pg_stat_statements");
    return items.join(QLatin1Char(','));
}

QList<Recommendation> recommend(const Inputs &in, const QString &currentPreloadLibraries) {
    const PgTuneValues v = pgtune(in);
    Builder b;

    b.category = Tr::tr("Connections");
    b.add(QStringLiteral("max_connections"), QString::number(v.maxConnections),
          Tr::tr("Every connection reserves memory and a process; with a pool in front, the expected "
                 "number of connections is enough."),
          in.connections > 0 ? Tr::tr("expected connections") : Tr::tr("PGTune's default for the workload"));

    b.category = Tr::tr("Memory");
    b.add(QStringLiteral("shared_buffers"), formatKb(v.sharedBuffersKb),
          Tr::tr("PostgreSQL's own page cache; about a quarter of RAM leaves the rest to the OS cache."),
          in.workload == Workload::Desktop ? Tr::tr("RAM / 16") : Tr::tr("RAM / 4"));
    b.add(QStringLiteral("effective_cache_size"), formatKb(v.effectiveCacheSizeKb),
          Tr::tr("Tells the planner how much data the OS and PostgreSQL can cache, so index scans "
                 "are costed realistically. Allocates nothing."),
          in.workload == Workload::Desktop ? Tr::tr("RAM / 4") : Tr::tr("RAM × 3/4"));
    b.add(QStringLiteral("maintenance_work_mem"), formatKb(v.maintenanceWorkMemKb),
          Tr::tr("Memory for VACUUM, CREATE INDEX and ALTER TABLE ADD FOREIGN KEY; faster index builds."),
          in.workload == Workload::DataWarehouse ? Tr::tr("RAM / 8, at most 8GB")
                                                 : Tr::tr("RAM / 16, at most 8GB"));
    b.add(QStringLiteral("work_mem"), formatKb(v.workMemKb),
          Tr::tr("Memory per sort or hash before it spills to temporary files; a query can use it "
                 "several times, so it is divided by connections × 3."),
          Tr::tr("(RAM − shared_buffers) / ((max_connections + max_worker_processes) × 3), "
                 "÷2 for DW/mixed, ÷6 for desktop, at least 4MB"));
    b.add(QStringLiteral("huge_pages"), v.hugePages,
          Tr::tr("Huge pages cut page-table overhead for a large shared_buffers (2GB and more)."),
          Tr::tr("try when shared_buffers ≥ 2GB, else off"));
    if (v.autovacuumWorkMemKb)
        b.add(QStringLiteral("autovacuum_work_mem"), formatKb(*v.autovacuumWorkMemKb),
              Tr::tr("Caps each autovacuum worker so several workers cannot take maintenance_work_mem each."),
              Tr::tr("2GB when maintenance_work_mem ≥ 2GB"));

    b.category = Tr::tr("WAL and checkpoints");
    b.add(QStringLiteral("wal_buffers"), formatKb(v.walBuffersKb),
          Tr::tr("WAL written between flushes; 16MB is enough for most write loads."),
          Tr::tr("3% of shared_buffers, at most 16MB (above 14MB rounded to 16MB), at least 32kB"));
    b.add(QStringLiteral("min_wal_size"), formatKb(v.minWalSizeKb),
          Tr::tr("WAL kept for reuse, so bursts do not create new segment files."), Tr::tr("by workload"));
    b.add(QStringLiteral("max_wal_size"), formatKb(v.maxWalSizeKb),
          Tr::tr("WAL allowed between checkpoints; too small forces requested checkpoints under load."),
          Tr::tr("by workload"));
    b.add(QStringLiteral("checkpoint_completion_target"), number(v.checkpointCompletionTarget),
          Tr::tr("Spreads checkpoint writes over 90% of the interval instead of a burst."), Tr::tr("0.9"));
    if (!v.walCompression.isEmpty())
        b.add(QStringLiteral("wal_compression"), v.walCompression,
              Tr::tr("Compresses full-page images in WAL: less WAL I/O for a little CPU."),
              Tr::tr("lz4 on PostgreSQL 15+, on for 10-14"));
    if (!v.walLevel.isEmpty()) {
        b.add(QStringLiteral("wal_level"), v.walLevel, Tr::tr("A desktop database needs no replication WAL."),
              Tr::tr("minimal for desktop"));
        b.add(QStringLiteral("max_wal_senders"), QString::number(*v.maxWalSenders),
              Tr::tr("Required to be 0 with wal_level = minimal."), Tr::tr("0 with wal_level = minimal"));
    }

    b.category = Tr::tr("Planner");
    b.add(QStringLiteral("random_page_cost"), number(v.randomPageCost),
          Tr::tr("Random reads cost almost the same as sequential ones on SSD/SAN, so index scans "
                 "should not be penalised (the default 4 assumes spinning disks)."),
          Tr::tr("1.1 for SSD/SAN, 4 for HDD"));
    b.add(QStringLiteral("effective_io_concurrency"), QString::number(v.effectiveIoConcurrency),
          Tr::tr("How many concurrent reads the storage handles; used for bitmap heap scan prefetching."),
          Tr::tr("200 SSD, 300 SAN, 2 HDD"));
    b.add(QStringLiteral("default_statistics_target"), QString::number(v.defaultStatisticsTarget),
          Tr::tr("Histogram size per column; analytics benefits from finer statistics."),
          Tr::tr("500 for data warehouse, else 100"));
    if (!v.jit.isEmpty())
        b.add(
            QStringLiteral("jit"), v.jit,
            Tr::tr(
                "JIT compilation adds planning time to short queries; the ticket turns it off for the API."),
            Tr::tr("off for web/OLTP/mixed on PostgreSQL 12+"));

    b.category = Tr::tr("Parallelism");
    if (v.maxWorkerProcesses)
        b.add(QStringLiteral("max_worker_processes"), QString::number(*v.maxWorkerProcesses),
              Tr::tr("Background worker slots, one per CPU."), Tr::tr("CPUs (from 4 CPUs up)"));
    if (v.maxParallelWorkersPerGather)
        b.add(QStringLiteral("max_parallel_workers_per_gather"),
              QString::number(*v.maxParallelWorkersPerGather), Tr::tr("Workers one query may use."),
              Tr::tr("⌈CPUs / 2⌉, at most 4 except data warehouse"));
    if (v.maxParallelWorkers)
        b.add(QStringLiteral("max_parallel_workers"), QString::number(*v.maxParallelWorkers),
              Tr::tr("Parallel workers across all queries."), Tr::tr("CPUs"));
    if (v.maxParallelMaintenanceWorkers)
        b.add(QStringLiteral("max_parallel_maintenance_workers"),
              QString::number(*v.maxParallelMaintenanceWorkers),
              Tr::tr("Workers for CREATE INDEX and VACUUM."), Tr::tr("⌈CPUs / 2⌉, at most 4"));

    b.category = Tr::tr("Observability");
    b.add(QStringLiteral("shared_preload_libraries"), withPgStatStatements(currentPreloadLibraries),
          Tr::tr("pg_stat_statements must be preloaded to record every statement's time: the Statements "
                 "page and the ticket's slow-query analysis depend on it."),
          Tr::tr("current list + pg_stat_statements"), true);
    b.add(QStringLiteral("pg_stat_statements.track"), QStringLiteral("all"),
          Tr::tr("Also records statements run inside functions (the ticket's setting)."),
          Tr::tr("the ticket"));
    b.add(QStringLiteral("pg_stat_statements.max"), QStringLiteral("10000"),
          Tr::tr("Distinct statements kept before the least used are evicted."), Tr::tr("the ticket"));
    b.add(
        QStringLiteral("track_io_timing"), QStringLiteral("on"),
        Tr::tr("Measures time spent reading and writing blocks, shown in EXPLAIN (BUFFERS) and statistics."),
        Tr::tr("the ticket"));
    b.add(QStringLiteral("track_activity_query_size"), QStringLiteral("2048"),
          Tr::tr("Longer query texts in pg_stat_activity, so ORM queries are not cut off."),
          Tr::tr("the ticket"));
    b.add(QStringLiteral("log_min_duration_statement"), QStringLiteral("1000"),
          Tr::tr("Logs every statement slower than 1 s (the ticket's alert is p95 > 100 ms; 1 s keeps the "
                 "log small)."),
          Tr::tr("the ticket: 1000 ms"));
    b.add(QStringLiteral("log_lock_waits"), QStringLiteral("on"),
          Tr::tr("Logs sessions that wait longer than deadlock_timeout for a lock."), Tr::tr("the ticket"));
    b.add(QStringLiteral("log_temp_files"), QStringLiteral("0"),
          Tr::tr("Logs every temporary file: each one is a sort or hash that did not fit into work_mem."),
          Tr::tr("the ticket"));
    b.add(QStringLiteral("log_checkpoints"), QStringLiteral("on"),
          Tr::tr("Logs each checkpoint with its cause and duration, to size max_wal_size."),
          Tr::tr("the ticket"));
    b.add(QStringLiteral("log_connections"), QStringLiteral("on"),
          Tr::tr("Logs connections, to see whether the pool is really reused."), Tr::tr("the ticket"));
    b.add(QStringLiteral("log_disconnections"), QStringLiteral("on"),
          Tr::tr("Logs session ends with their duration."), Tr::tr("the ticket"));
    b.add(QStringLiteral("log_line_prefix"),
          QStringLiteral("%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h "),
          Tr::tr(
              "Time, process, user, database, application and client on every log line (pgBadger's format)."),
          Tr::tr("the ticket"));

    b.category = Tr::tr("Autovacuum");
    b.add(QStringLiteral("autovacuum"), QStringLiteral("on"),
          Tr::tr("Never run without autovacuum: dead rows and transaction ID wraparound."),
          Tr::tr("the ticket"));
    b.add(QStringLiteral("autovacuum_max_workers"), QString::number(v.autovacuumMaxWorkers.value_or(3)),
          Tr::tr("Tables vacuumed at the same time."), Tr::tr("3; 4 from 16 CPUs, 5 from 32 CPUs"));
    b.add(QStringLiteral("autovacuum_naptime"), QStringLiteral("1min"),
          Tr::tr("How often each database is checked for tables to vacuum."), Tr::tr("the ticket"));
    b.add(QStringLiteral("autovacuum_vacuum_scale_factor"), QStringLiteral("0.1"),
          Tr::tr("Vacuum once 10% of a table is dead rows (default 20%): busy order tables stay small."),
          Tr::tr("the ticket"));
    b.add(QStringLiteral("autovacuum_analyze_scale_factor"), QStringLiteral("0.05"),
          Tr::tr("Re-analyze after 5% of rows changed (default 10%), so plans follow the data."),
          Tr::tr("the ticket"));
    return b.list;
}

} // namespace tuning
