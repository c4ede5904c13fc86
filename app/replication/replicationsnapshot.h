#pragma once

#include "replication/checkpointstats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cmath>
#include <limits>

namespace pg {
class Result;
}

namespace replication {

inline constexpr double NoValue = std::numeric_limits<double>::quiet_NaN();

// One WAL sender (pg_stat_replication): a standby or a logical subscriber reading from us.
struct WalSender {
    int pid = 0;
    QString applicationName;
    QString client;
    QString state;
    QString syncState;
    QString sentLsn, writeLsn, flushLsn, replayLsn;
    QString slotName;
    qint64 unsentBytes = -1; // -1: unknown
    qint64 lagBytes = -1;    // our position minus its replay position
    double writeLagS = NoValue;
    double flushLagS = NoValue;
    double replayLagS = NoValue; // NaN: caught up and idle (the server reports NULL)
    qint64 xminAge = -1;         // standby feedback (hot_standby_feedback), -1 none
};

// One replication slot and the WAL it keeps.
struct ReplicationSlot {
    Q_DECLARE_TR_FUNCTIONS(replication::ReplicationSlot)
public:
    QString name;
    QString type; // "physical" / "logical"
    QString plugin;
    QString database;
    bool temporary = false;
    bool active = false;
    int activePid = 0;
    QString walStatus;       // reserved / extended / unreserved / lost; empty before 13
    qint64 safeWalSize = -1; // -1: NULL (no max_slot_wal_keep_size)
    QString restartLsn, confirmedFlushLsn, xmin, catalogXmin;
    qint64 xminAge = -1, catalogXminAge = -1;
    qint64 retainedBytes = -1; // -1: no restart_lsn

    // Inactive and keeping at least minRetainedBytes of WAL, or wal_status past "reserved".
    bool needsAttention(qint64 minRetainedBytes) const;
    QString problem(qint64 minRetainedBytes) const; // empty when fine
    // What dropping it breaks, for the confirmation.
    QString dropConsequence() const;
};

struct StandbyConflicts {
    QString database;
    qint64 tablespace = 0, lock = 0, snapshot = 0, bufferpin = 0, deadlock = 0, logicalSlot = 0;
    qint64 total() const { return tablespace + lock + snapshot + bufferpin + deadlock + logicalSlot; }
};

// This server as a standby: WAL receiver and replay.
struct StandbyStatus {
    QString receiverStatus; // "streaming", ... empty: no WAL receiver
    QString sender;         // host:port of the upstream
    QString receiverSlot;
    QString receiveLsn, replayLsn;
    qint64 replayGapBytes = -1;    // received but not yet replayed
    double replayDelayS = NoValue; // now - last replayed commit (0 when caught up)
    bool paused = false;
    QDateTime lastReplay;
    QDateTime lastMessage;
    QList<StandbyConflicts> conflicts;
};

struct ArchiverStatus {
    QString mode; // archive_mode
    qint64 archived = 0;
    qint64 failed = 0;
    QString lastArchivedWal, lastFailedWal;
    QDateTime lastArchived, lastFailed;
    // The last attempt failed (a failure newer than the last success).
    bool failing() const {
        return lastFailed.isValid() && (!lastArchived.isValid() || lastFailed > lastArchived);
    }
};

// Everything the replication page and `pgdba replication` show, read at one moment.
struct ReplicationSnapshot {
    qint64 tsMs = 0; // local clock
    bool inRecovery = false;
    QString walLsn;
    qint64 walBytes = -1; // position as a byte count (for the generation rate)
    QList<WalSender> senders;
    QList<ReplicationSlot> replicationSlots;
    StandbyStatus standby; // meaningful when inRecovery
    ArchiverStatus archiver;
    CheckpointCounters checkpoints;
    QList<IoRow> io; // empty before 16

    bool isValid() const { return tsMs > 0; }
    qint64 maxLagBytes() const;   // over senders, or the standby's replay gap; -1 none
    double maxReplayLagS() const; // over senders, or the standby's replay delay; NaN none
    const ReplicationSlot *slot(const QString &name) const;

    static ReplicationSnapshot fromResults(const pg::Result &overview, const pg::Result &senders,
                                           const pg::Result &slotRows, const pg::Result &conflicts,
                                           const pg::Result &checkpoints, const pg::Result &io, qint64 tsMs);
    static QList<WalSender> sendersFrom(const pg::Result &r);
    static QList<ReplicationSlot> slotsFrom(const pg::Result &r);
    static QList<StandbyConflicts> conflictsFrom(const pg::Result &r);
};

QString bytesText(qint64 bytes); // "12.3 MB"
QString secondsText(double s);   // "850 ms", "12 s", "3 min 20 s", "2 h 5 min"

} // namespace replication
