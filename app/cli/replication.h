#pragma once

#include <QJsonObject>
#include <QStringList>
#include <qcoro/qcorotask.h>

namespace replication {
struct ReplicationSnapshot;
}

namespace cli {

// `pgdba replication --dsn DSN [--json]`: WAL senders, slots, the standby side, archiving.
QCoro::Task<int> runReplication(QStringList args);

QString replicationText(const replication::ReplicationSnapshot &s);
// Stable fields: {"in_recovery", "wal_lsn", "senders": [{application_name, client, state,
// sync_state, sent_lsn, replay_lsn, lag_bytes, replay_lag_s, ...}], "slots": [{slot_name,
// slot_type, active, wal_status, retained_bytes, safe_wal_size, attention, ...}],
// "standby": {...} (on a standby), "archiver": {...}, "checkpoints": {...}}.
QJsonObject replicationJson(const replication::ReplicationSnapshot &s);

} // namespace cli
