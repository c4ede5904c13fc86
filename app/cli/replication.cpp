#include "cli/replication.h"

#include "cli/command.h"
#include "pg/connection.h"
#include "replication/replicationcollector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli_replication)
};
QJsonValue num(double v) {
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}
QJsonValue bytes(qint64 v) {
    return v < 0 ? QJsonValue() : QJsonValue(double(v));
}
QJsonValue text(const QString &s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
QJsonValue time(const QDateTime &t) {
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
constexpr qint64 AttentionBytes = 16LL * 1024 * 1024; // an inactive slot keeping a WAL segment stands out
} // namespace

QJsonObject replicationJson(const replication::ReplicationSnapshot &s) {
    QJsonArray senders, slotList;
    for (const auto &w : s.senders)
        senders << QJsonObject{{QStringLiteral("pid"), w.pid},
                               {QStringLiteral("application_name"), w.applicationName},
                               {QStringLiteral("client"), w.client},
                               {QStringLiteral("state"), w.state},
                               {QStringLiteral("sync_state"), w.syncState},
                               {QStringLiteral("sent_lsn"), text(w.sentLsn)},
                               {QStringLiteral("write_lsn"), text(w.writeLsn)},
                               {QStringLiteral("flush_lsn"), text(w.flushLsn)},
                               {QStringLiteral("replay_lsn"), text(w.replayLsn)},
                               {QStringLiteral("lag_bytes"), bytes(w.lagBytes)},
                               {QStringLiteral("write_lag_s"), num(w.writeLagS)},
                               {QStringLiteral("flush_lag_s"), num(w.flushLagS)},
                               {QStringLiteral("replay_lag_s"), num(w.replayLagS)},
                               {QStringLiteral("slot_name"), text(w.slotName)}};
    for (const auto &l : s.replicationSlots)
        slotList << QJsonObject{
            {QStringLiteral("slot_name"), l.name},
            {QStringLiteral("slot_type"), l.type},
            {QStringLiteral("plugin"), text(l.plugin)},
            {QStringLiteral("database"), text(l.database)},
            {QStringLiteral("active"), l.active},
            {QStringLiteral("active_pid"), l.activePid > 0 ? QJsonValue(l.activePid) : QJsonValue()},
            {QStringLiteral("wal_status"), text(l.walStatus)},
            {QStringLiteral("retained_bytes"), bytes(l.retainedBytes)},
            {QStringLiteral("safe_wal_size"),
             l.safeWalSize < 0 ? QJsonValue() : QJsonValue(double(l.safeWalSize))},
            {QStringLiteral("restart_lsn"), text(l.restartLsn)},
            {QStringLiteral("confirmed_flush_lsn"), text(l.confirmedFlushLsn)},
            {QStringLiteral("xmin"), text(l.xmin)},
            {QStringLiteral("catalog_xmin"), text(l.catalogXmin)},
            {QStringLiteral("attention"), text(l.problem(AttentionBytes))}};
    QJsonObject o{
        {QStringLiteral("in_recovery"), s.inRecovery},
        {QStringLiteral("wal_lsn"), s.walLsn},
        {QStringLiteral("senders"), senders},
        {QStringLiteral("slots"), slotList},
        {QStringLiteral("archiver"),
         QJsonObject{{QStringLiteral("archive_mode"), s.archiver.mode},
                     {QStringLiteral("archived_count"), double(s.archiver.archived)},
                     {QStringLiteral("failed_count"), double(s.archiver.failed)},
                     {QStringLiteral("last_failed_wal"), text(s.archiver.lastFailedWal)},
                     {QStringLiteral("last_failed_time"), time(s.archiver.lastFailed)},
                     {QStringLiteral("failing"), s.archiver.failing()}}},
        {QStringLiteral("checkpoints"),
         QJsonObject{{QStringLiteral("timed"), double(s.checkpoints.timed)},
                     {QStringLiteral("requested"), double(s.checkpoints.requested)},
                     {QStringLiteral("write_time_ms"), s.checkpoints.writeTimeMs},
                     {QStringLiteral("sync_time_ms"), s.checkpoints.syncTimeMs},
                     {QStringLiteral("buffers_checkpointer"), double(s.checkpoints.buffersCheckpointer)},
                     {QStringLiteral("buffers_bgwriter"), double(s.checkpoints.buffersBgwriter)},
                     {QStringLiteral("buffers_backend"), double(s.checkpoints.buffersBackend)}}}};
    if (s.inRecovery) {
        QJsonArray conflicts;
        for (const auto &c : s.standby.conflicts)
            conflicts << QJsonObject{{QStringLiteral("database"), c.database},
                                     {QStringLiteral("total"), double(c.total())},
                                     {QStringLiteral("snapshot"), double(c.snapshot)},
                                     {QStringLiteral("lock"), double(c.lock)},
                                     {QStringLiteral("bufferpin"), double(c.bufferpin)},
                                     {QStringLiteral("deadlock"), double(c.deadlock)},
                                     {QStringLiteral("tablespace"), double(c.tablespace)}};
        o.insert(QStringLiteral("standby"),
                 QJsonObject{{QStringLiteral("receiver_status"), text(s.standby.receiverStatus)},
                             {QStringLiteral("sender"), text(s.standby.sender)},
                             {QStringLiteral("slot_name"), text(s.standby.receiverSlot)},
                             {QStringLiteral("receive_lsn"), text(s.standby.receiveLsn)},
                             {QStringLiteral("replay_lsn"), text(s.standby.replayLsn)},
                             {QStringLiteral("replay_gap_bytes"), bytes(s.standby.replayGapBytes)},
                             {QStringLiteral("replay_delay_s"), num(s.standby.replayDelayS)},
                             {QStringLiteral("replay_paused"), s.standby.paused},
                             {QStringLiteral("last_replay_time"), time(s.standby.lastReplay)},
                             {QStringLiteral("conflicts"), conflicts}});
    }
    return o;
}

QString replicationText(const replication::ReplicationSnapshot &s) {
    using replication::bytesText;
    using replication::secondsText;
    QStringList out;
    out << (s.inRecovery ? Tr::tr("Standby, replayed up to %1") : Tr::tr("Primary, WAL at %1")).arg(s.walLsn);
    if (s.inRecovery) {
        const auto &b = s.standby;
        out << Tr::tr("  receiver: %1 from %2 (slot %3), received %4")
                   .arg(b.receiverStatus.isEmpty() ? Tr::tr("not running") : b.receiverStatus, b.sender,
                        b.receiverSlot.isEmpty() ? Tr::tr("none") : b.receiverSlot, b.receiveLsn);
        out << Tr::tr("  replay: %1 behind, %2 received but not replayed%3")
                   .arg(secondsText(b.replayDelayS), bytesText(b.replayGapBytes),
                        b.paused ? Tr::tr(" · REPLAY PAUSED") : QString());
        qint64 conflicts = 0;
        for (const auto &c : b.conflicts)
            conflicts += c.total();
        out << Tr::tr("  recovery conflicts (queries cancelled): %1").arg(conflicts);
    }
    out << QString() << Tr::tr("WAL senders: %1").arg(s.senders.size());
    for (const auto &w : s.senders)
        out << Tr::tr("  %1 (%2, pid %3) %4 %5: sent %6, replayed %7, lag %8 / %9")
                   .arg(w.applicationName, w.client)
                   .arg(w.pid)
                   .arg(w.state, w.syncState, w.sentLsn, w.replayLsn, bytesText(w.lagBytes),
                        secondsText(w.replayLagS));
    out << QString() << Tr::tr("Replication slots: %1").arg(s.replicationSlots.size());
    for (const auto &l : s.replicationSlots) {
        out << Tr::tr("  %1 (%2) %3, wal_status %4, keeps %5")
                   .arg(l.name, l.type,
                        l.active ? Tr::tr("active pid %1").arg(l.activePid) : Tr::tr("INACTIVE"),
                        l.walStatus.isEmpty() ? QStringLiteral("–") : l.walStatus,
                        bytesText(l.retainedBytes));
        const QString problem = l.problem(AttentionBytes);
        if (!problem.isEmpty())
            out << QStringLiteral("    ! ") + problem;
    }
    out << QString()
        << Tr::tr("Archiving: %1, %2 archived, %3 failed%4")
               .arg(s.archiver.mode)
               .arg(s.archiver.archived)
               .arg(s.archiver.failed)
               .arg(s.archiver.failing() ? Tr::tr(" · FAILING since %1").arg(s.archiver.lastFailedWal)
                                         : QString());
    out << Tr::tr(
               "Checkpoints: %1 timed, %2 requested; buffers written: checkpointer %3, bgwriter %4, backends "
               "%5")
               .arg(s.checkpoints.timed)
               .arg(s.checkpoints.requested)
               .arg(s.checkpoints.buffersCheckpointer)
               .arg(s.checkpoints.buffersBgwriter)
               .arg(s.checkpoints.buffersBackend);
    return out.join(QLatin1Char('\n'));
}

QCoro::Task<int> runReplication(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Replication: WAL senders, slots, the standby side, archiving."));
    addDsnOption(p);
    p.addOption({QStringLiteral("json"), Tr::tr("Print JSON (stable field names).")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("replication"), args, &code))
        co_return code;
    pg::Connection c;
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba replication");
    o.readOnly = true;
    o.statementTimeoutMs = 10000;
    o.lockTimeoutMs = 1000;
    c.setOptions(o);
    if (auto e = co_await c.open(connInfo(p))) {
        err(QStringLiteral("pgdba: ") + e->message);
        co_return 2;
    }
    const replication::ReplicationFetch f = co_await replication::ReplicationCollector::fetch(&c);
    if (!f.snapshot.isValid()) {
        err(QStringLiteral("pgdba: ") + (f.error ? f.error->message : Tr::tr("no data")));
        co_return 2;
    }
    if (f.error)
        err(QStringLiteral("pgdba: ") + Tr::tr("partly read: %1").arg(f.error->message));
    if (p.isSet(QStringLiteral("json")))
        out(jsonText(QJsonDocument(replicationJson(f.snapshot))));
    else
        out(replicationText(f.snapshot));
    co_return 0;
}

} // namespace cli
