#include "replication/replicationsnapshot.h"

#include "pg/result.h"

#include <QLocale>

namespace replication {

namespace {
double secondsOrNaN(const pg::Result &r, int row, const char *col) {
    return r.isNull(row, col) ? NoValue : r.dbl(row, col);
}
qint64 int64OrMinus(const pg::Result &r, int row, const char *col) {
    return r.isNull(row, col) ? -1 : r.int64(row, col);
}
} // namespace

bool ReplicationSlot::needsAttention(qint64 minRetainedBytes) const {
    return !problem(minRetainedBytes).isEmpty();
}

QString ReplicationSlot::problem(qint64 minRetainedBytes) const {
    if (walStatus == QLatin1String("lost"))
        return tr("WAL this slot needs was removed: its consumer can never resume from it. Drop the slot and "
                  "rebuild the standby / re-create the subscription.");
    if (walStatus == QLatin1String("unreserved"))
        return tr(
            "Past max_slot_wal_keep_size: the WAL it needs goes at the next checkpoint. Let its consumer "
            "catch up now, or drop the slot.");
    if (walStatus == QLatin1String("extended"))
        return tr("Keeps more WAL than max_wal_size. If its consumer is gone for good, drop the slot.");
    if (!active && retainedBytes >= 0 && retainedBytes >= minRetainedBytes)
        return tr("Inactive and keeping %1 of WAL that cannot be removed until a consumer reads it. "
                  "If nothing will use it again, drop it.")
            .arg(bytesText(retainedBytes));
    return {};
}

QString ReplicationSlot::dropConsequence() const {
    if (type == QLatin1String("logical"))
        return tr("The logical consumer of \"%1\" (plugin %2, database %3) loses its position: a "
                  "subscription "
                  "or decoding client using it stops working and must be re-created and re-synchronised. "
                  "Changes not yet decoded are gone for it.")
            .arg(name, plugin, database);
    return tr("A standby streaming through \"%1\" can no longer rely on the primary keeping its WAL: if it "
              "falls behind further than the WAL still kept (or archived), it must be rebuilt from a new "
              "base backup.")
        .arg(name);
}

qint64 ReplicationSnapshot::maxLagBytes() const {
    qint64 m = -1;
    for (const auto &s : senders)
        m = qMax(m, s.lagBytes);
    if (inRecovery)
        m = qMax(m, standby.replayGapBytes);
    return m;
}

double ReplicationSnapshot::maxReplayLagS() const {
    double m = NoValue;
    auto take = [&m](double v) {
        if (!std::isnan(v) && (std::isnan(m) || v > m))
            m = v;
    };
    for (const auto &s : senders)
        take(s.replayLagS);
    if (inRecovery)
        take(standby.replayDelayS);
    return m;
}

const ReplicationSlot *ReplicationSnapshot::slot(const QString &name) const {
    for (const auto &s : replicationSlots)
        if (s.name == name)
            return &s;
    return nullptr;
}

QList<WalSender> ReplicationSnapshot::sendersFrom(const pg::Result &r) {
    QList<WalSender> out;
    if (!r.ok())
        return out;
    for (int i = 0; i < r.rows(); ++i) {
        WalSender s;
        s.pid = int(r.int64(i, "pid"));
        s.applicationName = r.text(i, "application_name");
        s.client = r.text(i, "client");
        s.state = r.text(i, "state");
        s.syncState = r.text(i, "sync_state");
        s.sentLsn = r.text(i, "sent_lsn");
        s.writeLsn = r.text(i, "write_lsn");
        s.flushLsn = r.text(i, "flush_lsn");
        s.replayLsn = r.text(i, "replay_lsn");
        s.slotName = r.text(i, "slot_name");
        s.unsentBytes = int64OrMinus(r, i, "unsent_bytes");
        s.lagBytes = int64OrMinus(r, i, "lag_bytes");
        s.writeLagS = secondsOrNaN(r, i, "write_lag_s");
        s.flushLagS = secondsOrNaN(r, i, "flush_lag_s");
        s.replayLagS = secondsOrNaN(r, i, "replay_lag_s");
        s.xminAge = int64OrMinus(r, i, "backend_xmin_age");
        out << s;
    }
    return out;
}

QList<ReplicationSlot> ReplicationSnapshot::slotsFrom(const pg::Result &r) {
    QList<ReplicationSlot> out;
    if (!r.ok())
        return out;
    for (int i = 0; i < r.rows(); ++i) {
        ReplicationSlot s;
        s.name = r.text(i, "slot_name");
        s.type = r.text(i, "slot_type");
        s.plugin = r.text(i, "plugin");
        s.database = r.text(i, "database");
        s.temporary = r.boolean(i, "temporary");
        s.active = r.boolean(i, "active");
        s.activePid = int(r.int64(i, "active_pid"));
        s.walStatus = r.text(i, "wal_status");
        s.safeWalSize = int64OrMinus(r, i, "safe_wal_size");
        s.restartLsn = r.text(i, "restart_lsn");
        s.confirmedFlushLsn = r.text(i, "confirmed_flush_lsn");
        s.xmin = r.text(i, "xmin");
        s.catalogXmin = r.text(i, "catalog_xmin");
        s.xminAge = int64OrMinus(r, i, "xmin_age");
        s.catalogXminAge = int64OrMinus(r, i, "catalog_xmin_age");
        s.retainedBytes = int64OrMinus(r, i, "retained_bytes");
        out << s;
    }
    return out;
}

QList<StandbyConflicts> ReplicationSnapshot::conflictsFrom(const pg::Result &r) {
    QList<StandbyConflicts> out;
    if (!r.ok())
        return out;
    for (int i = 0; i < r.rows(); ++i) {
        StandbyConflicts c;
        c.database = r.text(i, "datname");
        c.tablespace = r.int64(i, "confl_tablespace");
        c.lock = r.int64(i, "confl_lock");
        c.snapshot = r.int64(i, "confl_snapshot");
        c.bufferpin = r.int64(i, "confl_bufferpin");
        c.deadlock = r.int64(i, "confl_deadlock");
        c.logicalSlot = r.int64(i, "confl_logicalslot");
        out << c;
    }
    return out;
}

ReplicationSnapshot ReplicationSnapshot::fromResults(const pg::Result &overview, const pg::Result &senders,
                                                     const pg::Result &slotRows, const pg::Result &conflicts,
                                                     const pg::Result &checkpoints, const pg::Result &io,
                                                     qint64 tsMs) {
    ReplicationSnapshot s;
    if (!overview.ok() || overview.rows() < 1)
        return s;
    s.tsMs = tsMs;
    s.inRecovery = overview.boolean(0, "in_recovery");
    s.walLsn = overview.text(0, "wal_lsn");
    s.walBytes = int64OrMinus(overview, 0, "wal_bytes");
    if (s.inRecovery) {
        StandbyStatus &b = s.standby;
        b.receiverStatus = overview.text(0, "receiver_status");
        b.sender = overview.text(0, "receiver_sender");
        b.receiverSlot = overview.text(0, "receiver_slot");
        b.receiveLsn = overview.text(0, "receive_lsn");
        b.replayLsn = overview.text(0, "replay_lsn");
        b.replayGapBytes = int64OrMinus(overview, 0, "replay_gap_bytes");
        b.replayDelayS = secondsOrNaN(overview, 0, "replay_delay_s");
        b.paused = overview.boolean(0, "replay_paused");
        b.lastReplay = overview.timestamp(0, "last_replay_time");
        b.lastMessage = overview.timestamp(0, "receiver_last_msg");
        b.conflicts = conflictsFrom(conflicts);
    }
    ArchiverStatus &a = s.archiver;
    a.mode = overview.text(0, "archive_mode");
    a.archived = overview.int64(0, "archived_count");
    a.failed = overview.int64(0, "failed_count");
    a.lastArchivedWal = overview.text(0, "last_archived_wal");
    a.lastFailedWal = overview.text(0, "last_failed_wal");
    a.lastArchived = overview.timestamp(0, "last_archived_time");
    a.lastFailed = overview.timestamp(0, "last_failed_time");
    s.senders = sendersFrom(senders);
    s.replicationSlots = slotsFrom(slotRows);
    s.checkpoints = CheckpointCounters::fromResult(checkpoints);
    s.io = IoRow::fromResult(io);
    return s;
}

QString bytesText(qint64 bytes) {
    if (bytes < 0)
        return QStringLiteral("–");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString secondsText(double s) {
    if (std::isnan(s))
        return QStringLiteral("–");
    if (s < 1)
        return QCoreApplication::translate("replication", "%1 ms").arg(qRound(s * 1000));
    if (s < 60)
        return QCoreApplication::translate("replication", "%1 s").arg(s, 0, 'f', s < 10 ? 1 : 0);
    const qint64 t = qint64(s);
    if (t < 3600)
        return QCoreApplication::translate("replication", "%1 min %2 s").arg(t / 60).arg(t % 60);
    return QCoreApplication::translate("replication", "%1 h %2 min").arg(t / 3600).arg((t % 3600) / 60);
}

} // namespace replication
