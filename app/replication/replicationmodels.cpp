#include "replication/replicationmodels.h"

#include <cmath>

namespace replication {

namespace {
QVariant num(double v) {
    return std::isnan(v) ? QVariant(-1.0) : QVariant(v);
}
} // namespace

SendersModel::SendersModel(QObject *parent)
    : RowsModel({tr("Standby / client"), tr("Address"), tr("State"), tr("Sync"), tr("Lag"), tr("Replay lag"),
                 tr("Sent"), tr("Write"), tr("Flush"), tr("Replay")},
                parent) {}

void SendersModel::setSnapshot(const ReplicationSnapshot &s) {
    QList<ModelRow> rows;
    for (const auto &w : s.senders) {
        ModelRow r;
        r.key = w.applicationName.isEmpty() ? QStringLiteral("pid %1").arg(w.pid) : w.applicationName;
        r.text = {w.applicationName,         w.client,  w.state,    w.syncState, bytesText(w.lagBytes),
                  secondsText(w.replayLagS), w.sentLsn, w.writeLsn, w.flushLsn,  w.replayLsn};
        r.sort = {QVariant(),       QVariant(), QVariant(), QVariant(), QVariant(double(w.lagBytes)),
                  num(w.replayLagS)};
        r.toolTips = {tr("pid %1%2")
                          .arg(w.pid)
                          .arg(w.slotName.isEmpty() ? QString() : tr(", slot %1").arg(w.slotName))};
        r.severity = !std::isnan(w.replayLagS) && w.replayLagS >= 60 ? 2 : 0;
        rows << r;
    }
    setRows(rows);
}

SlotsModel::SlotsModel(QObject *parent)
    : RowsModel({tr("Slot"), tr("Type"), tr("Active"), tr("WAL status"), tr("WAL kept"), tr("Safe WAL size"),
                 tr("restart_lsn"), tr("confirmed_flush"), tr("xmin"), tr("catalog_xmin")},
                parent) {}

void SlotsModel::setSnapshot(const ReplicationSnapshot &s) {
    QList<ModelRow> rows;
    for (const auto &l : s.replicationSlots) {
        ModelRow r;
        r.key = l.name;
        r.text = {l.name,
                  l.type + (l.plugin.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l.plugin)),
                  l.active ? tr("yes, pid %1").arg(l.activePid) : tr("no"),
                  l.walStatus,
                  bytesText(l.retainedBytes),
                  l.safeWalSize < 0 ? tr("unlimited") : bytesText(l.safeWalSize),
                  l.restartLsn,
                  l.confirmedFlushLsn,
                  l.xmin,
                  l.catalogXmin};
        r.sort = {QVariant(),
                  QVariant(),
                  QVariant(),
                  QVariant(),
                  QVariant(double(l.retainedBytes)),
                  QVariant(double(l.safeWalSize))};
        r.toolTips = {l.problem(AttentionBytes)};
        r.severity = l.needsAttention(AttentionBytes) ? 2 : 0;
        rows << r;
    }
    setRows(rows);
}

} // namespace replication
