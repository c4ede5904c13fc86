#include "monitor/activitywaitevents.h"

#include <QCoreApplication>
#include <QHash>

namespace monitor {

namespace {
#define W(type, event, text)                                                                                 \
    { QStringLiteral(type ":" event), QT_TRANSLATE_NOOP("monitor::WaitEvents", text) }

// The wait events a DBA meets most; the rest get their type's explanation.
const QHash<QString, const char *> &events() {
    static const QHash<QString, const char *> map = {
        W("Lock", "relation",
          "Waiting for a lock on a table or index held by another session (often DDL or LOCK TABLE)."),
        W("Lock", "tuple",
          "Waiting to lock a row that another session is also waiting for (queue behind a row lock)."),
        W("Lock", "transactionid",
          "Waiting for another transaction to finish: it holds a row this session wants to update or lock."),
        W("Lock", "virtualxid",
          "Waiting for another transaction to end (e.g. CREATE INDEX CONCURRENTLY waiting for older "
          "transactions)."),
        W("Lock", "advisory", "Waiting for an advisory lock (pg_advisory_lock) taken by the application."),
        W("Lock", "extend",
          "Waiting to extend a table file: many sessions are inserting into the same table."),
        W("Lock", "object", "Waiting for a lock on a non-table object (a type, schema, role, ...)."),
        W("Lock", "page", "Waiting for a lock on a page (hash or GIN index maintenance)."),
        W("Lock", "frozenid", "Waiting to update pg_database.datfrozenxid (another VACUUM is doing it)."),
        W("Lock", "spectoken",
          "Waiting for a speculative insertion (INSERT ... ON CONFLICT) of another session."),
        W("LWLock", "WALWrite",
          "Waiting for WAL buffers to be written to disk: commit-heavy load or slow storage."),
        W("LWLock", "WALInsert", "Waiting to insert WAL records into memory buffers: very write-heavy load."),
        W("LWLock", "BufferContent",
          "Waiting to read or change a shared buffer another session is using (a hot page)."),
        W("LWLock", "BufferMapping",
          "Waiting to map a data block to a shared buffer: shared_buffers too small or many reads."),
        W("LWLock", "LockManager",
          "Contention in the lock manager: many sessions taking locks on many relations (partitions?)."),
        W("LWLock", "ProcArray",
          "Waiting for the process array: many connections starting transactions or taking snapshots."),
        W("LWLock", "XidGen", "Waiting to assign a new transaction ID."),
        W("LWLock", "SubtransSLRU",
          "Waiting for subtransaction data: too many SAVEPOINTs or subtransactions."),
        W("LWLock", "SubtransBuffer",
          "Waiting for subtransaction data: too many SAVEPOINTs or subtransactions."),
        W("LWLock", "MultiXactOffsetSLRU",
          "Waiting for multixact data: many sessions share row locks (SELECT FOR SHARE, foreign keys)."),
        W("LWLock", "MultiXactMemberSLRU",
          "Waiting for multixact data: many sessions share row locks (SELECT FOR SHARE, foreign keys)."),
        W("LWLock", "pg_stat_statements",
          "Waiting on pg_stat_statements' shared hash table (many distinct queries)."),
        W("IO", "DataFileRead",
          "Reading a data block from disk: the data is not in shared buffers (cold cache or large scan)."),
        W("IO", "DataFileWrite",
          "Writing a data block to disk itself: checkpoints or the background writer are not keeping up."),
        W("IO", "DataFileExtend", "Extending a table or index file (bulk insert)."),
        W("IO", "DataFilePrefetch", "Prefetching data blocks asynchronously."),
        W("IO", "DataFileSync", "Waiting for a data file to reach durable storage."),
        W("IO", "WALWrite", "Writing WAL to disk."),
        W("IO", "WALSync", "Flushing WAL to durable storage at commit: storage fsync latency."),
        W("IO", "WALRead", "Reading WAL (replication or recovery)."),
        W("IO", "BufFileRead",
          "Reading a temporary file: a sort or hash spilled to disk (work_mem too small?)."),
        W("IO", "BufFileWrite",
          "Writing a temporary file: a sort or hash spilled to disk (work_mem too small?)."),
        W("IO", "RelationMapRead", "Reading the relation map file."),
        W("Client", "ClientRead",
          "Waiting for the client to send the next command (idle, or the application is slow to respond)."),
        W("Client", "ClientWrite",
          "Waiting for the client to read results: the application (or network) is slow to consume rows."),
        W("Client", "SSLOpenServer", "Waiting for the SSL handshake with the client."),
        W("Client", "WalSenderWaitForWAL", "A WAL sender waiting for new WAL to send."),
        W("Client", "LibPQWalReceiverConnect", "A WAL receiver connecting to the primary."),
        W("Timeout", "PgSleep", "Sleeping in pg_sleep() on purpose."),
        W("Timeout", "VacuumDelay", "Cost-based vacuum delay (vacuum_cost_delay): VACUUM throttling itself."),
        W("Timeout", "BaseBackupThrottle", "Base backup throttled by its rate limit."),
        W("Timeout", "RecoveryApplyDelay", "A standby delaying WAL apply (recovery_min_apply_delay)."),
        W("Timeout", "SpinDelay", "Waiting while acquiring a contended spinlock."),
        W("IPC", "SyncRep", "Waiting for a synchronous standby to confirm the commit."),
        W("IPC", "ExecuteGather", "Waiting for parallel workers to return rows."),
        W("IPC", "ParallelFinish", "Waiting for parallel workers to finish."),
        W("IPC", "BgWorkerStartup", "Waiting for a background worker to start."),
        W("IPC", "BgWorkerShutdown", "Waiting for a background worker to shut down."),
        W("IPC", "MessageQueueReceive", "Waiting for a parallel worker to send data."),
        W("IPC", "MessageQueueSend", "Waiting to send data to a parallel leader or worker."),
        W("IPC", "CheckpointStart", "Waiting for a checkpoint to start."),
        W("IPC", "CheckpointDone",
          "Waiting for a checkpoint to complete (e.g. CREATE DATABASE, CHECKPOINT)."),
        W("IPC", "ProcArrayGroupUpdate", "Waiting for the group leader to clear the transaction at commit."),
        W("IPC", "XactGroupUpdate", "Waiting for the group leader to update transaction status."),
        W("IPC", "RecoveryConflictSnapshot",
          "A standby waiting to resolve a conflict with a query's snapshot."),
        W("IPC", "SafeSnapshot",
          "A SERIALIZABLE READ ONLY DEFERRABLE transaction waiting for a safe snapshot."),
        W("BufferPin", "BufferPin",
          "Waiting for exclusive access to a buffer other sessions hold pinned (VACUUM behind a long "
          "cursor)."),
        W("Activity", "AutoVacuumMain", "The autovacuum launcher sleeping between rounds."),
        W("Activity", "BgWriterMain", "The background writer sleeping between rounds."),
        W("Activity", "BgWriterHibernate", "The background writer hibernating: nothing to write."),
        W("Activity", "CheckpointerMain", "The checkpointer waiting for the next checkpoint."),
        W("Activity", "WalWriterMain", "The WAL writer waiting for WAL to flush."),
        W("Activity", "LogicalLauncherMain", "The logical replication launcher sleeping."),
        W("Activity", "WalSenderMain", "A WAL sender waiting for work."),
        W("Activity", "WalReceiverMain", "A WAL receiver waiting for WAL from the primary."),
        W("Activity", "ArchiverMain", "The archiver waiting for WAL segments to archive."),
        W("Activity", "RecoveryWalStream", "A standby waiting for WAL to arrive from the primary."),
    };
    return map;
}

const char *typeText(const QString &type) {
    static const QHash<QString, const char *> map = {
        {QStringLiteral("Lock"),
         QT_TRANSLATE_NOOP("monitor::WaitEvents", "Waiting for a heavyweight lock held by another session.")},
        {QStringLiteral("LWLock"),
         QT_TRANSLATE_NOOP("monitor::WaitEvents",
                           "Waiting for an internal lock protecting shared memory (contention).")},
        {QStringLiteral("IO"),
         QT_TRANSLATE_NOOP("monitor::WaitEvents", "Waiting for disk input/output to complete.")},
        {QStringLiteral("Client"),
         QT_TRANSLATE_NOOP("monitor::WaitEvents", "Waiting for the client application (or network).")},
        {QStringLiteral("Timeout"),
         QT_TRANSLATE_NOOP("monitor::WaitEvents", "Sleeping until a timeout expires.")},
        {QStringLiteral("IPC"),
         QT_TRANSLATE_NOOP("monitor::WaitEvents", "Waiting for another server process to do something.")},
        {QStringLiteral("BufferPin"),
         QT_TRANSLATE_NOOP("monitor::WaitEvents", "Waiting for exclusive access to a data buffer.")},
        {QStringLiteral("Activity"),
         QT_TRANSLATE_NOOP("monitor::WaitEvents", "A background process idle in its main loop.")},
        {QStringLiteral("Extension"),
         QT_TRANSLATE_NOOP("monitor::WaitEvents", "Waiting inside an extension.")},
    };
    return map.value(type, nullptr);
}
#undef W
} // namespace

QString waitEventExplanation(const QString &type, const QString &event) {
    if (type.isEmpty())
        return QCoreApplication::translate("monitor::WaitEvents",
                                           "Not waiting: running on the CPU (or idle without a wait).");
    if (const char *t = events().value(type + QLatin1Char(':') + event, nullptr))
        return QCoreApplication::translate("monitor::WaitEvents", t);
    if (const char *t = typeText(type))
        return QCoreApplication::translate("monitor::WaitEvents", t);
    return QCoreApplication::translate("monitor::WaitEvents", "Waiting (%1: %2).").arg(type, event);
}

} // namespace monitor
