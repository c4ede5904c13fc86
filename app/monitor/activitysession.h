#pragma once

#include <QList>
#include <QString>

namespace monitor {

// One backend as pg_stat_activity showed it at one refresh. Timestamps are epoch
// milliseconds of the server's clock, 0 when the server gave none.
struct ActivitySession {
    int pid = 0;
    QString database;
    QString user;
    QString application;
    QString clientAddr;  // address, "local" for a Unix socket, empty for background processes
    QString backendType; // "client backend", "autovacuum worker", ...
    QString state;       // "active", "idle", "idle in transaction", ...; empty for background processes
    QString waitEventType;
    QString waitEvent;
    QString query; // full text as the server keeps it (track_activity_query_size)
    qint64 queryId = 0;
    bool hasQueryId = false;
    qint64 backendStartMs = 0;
    qint64 xactStartMs = 0;
    qint64 queryStartMs = 0;
    qint64 stateChangeMs = 0;
    QList<int> blockingPids; // sessions this one waits for (only when waiting on a lock)
    qint64 xidAge = -1;      // age(backend_xid), -1 when it has no xid
    qint64 xminAge = -1;     // age(backend_xmin)

    bool isIdle() const { return state == QLatin1String("idle") || state.isEmpty(); }
    bool isIdleInTransaction() const { return state.startsWith(QLatin1String("idle in transaction")); }
    bool isWaitingOnLock() const { return waitEventType == QLatin1String("Lock"); }
    bool isClient() const { return backendType == QLatin1String("client backend"); }
    QString waitText() const; // "Lock: transactionid", or empty

    friend bool operator==(const ActivitySession &, const ActivitySession &) = default;
};

} // namespace monitor
