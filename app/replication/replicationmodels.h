#pragma once

#include "replication/replicationsnapshot.h"
#include "replication/rowsmodel.h"

namespace replication {

// WAL senders of a snapshot, one row per sender (key: application name, then pid), lag
// formatted; a replay lag of a minute or more is an alert.
class SendersModel final : public RowsModel {
    Q_OBJECT
public:
    enum Column { Application, Client, State, Sync, Lag, ReplayLag, Sent, Write, Flush, Replay, ColumnCount };
    explicit SendersModel(QObject *parent = nullptr);
    void setSnapshot(const ReplicationSnapshot &s);
};

// Replication slots (key: slot name); a slot that needs attention (inactive and keeping at least
// attentionBytes of WAL, or wal_status past "reserved") is an alert, with its problem as tooltip.
class SlotsModel final : public RowsModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Type,
        Active,
        WalStatus,
        WalKept,
        SafeWalSize,
        RestartLsn,
        ConfirmedFlush,
        Xmin,
        CatalogXmin,
        ColumnCount
    };
    static constexpr qint64 AttentionBytes = 16LL * 1024 * 1024; // a WAL segment
    explicit SlotsModel(QObject *parent = nullptr);
    void setSnapshot(const ReplicationSnapshot &s);
};

} // namespace replication
