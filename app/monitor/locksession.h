#pragma once

#include "monitor/lockwait.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace monitor {

struct SessionTarget;

// One session in a lock snapshot: a backend that waits or blocks, a prepared transaction that
// blocks (pg_blocking_pids reports those as pid 0), or a blocker that has vanished between the
// catalog reads of one refresh.
struct LockSession {
    enum class Kind { Backend, ParallelWorker, PreparedTransaction, Vanished };

    // Node identity across refreshes: the pid for backends, -xid for a prepared transaction,
    // UnknownPreparedKey when the server said "pid 0" but no prepared transaction matched.
    qint64 key = 0;
    static constexpr qint64 UnknownPreparedKey = -1;
    static qint64 preparedKey(qint64 xid) { return -xid; }

    int pid = 0;
    Kind kind = Kind::Backend;
    int leaderPid = 0;       // parallel worker: its leader
    int parallelWorkers = 0; // a leader: workers running for it now
    QString preparedGid;
    qint64 preparedXid = 0;

    QString backendType;
    QString state;
    QString user;
    QString application;
    QString database;
    QString clientAddr;
    QString query;
    QString waitEventType;
    QString waitEvent;
    QDateTime backendStart;
    qint64 xactAgeMs = -1;
    qint64 stateAgeMs = -1;
    qint64 queryAgeMs = -1;

    QList<int> blockedByPids;  // pg_blocking_pids, distinct and sorted (0 = a prepared transaction)
    QList<qint64> blockerKeys; // the same as node keys (prepared transactions resolved)
    LockWait wait;

    bool isWaiting() const { return !blockerKeys.isEmpty(); }
    bool isIdleInTransaction() const { return state.startsWith(QLatin1String("idle in transaction")); }
    // What the session is doing, for the release confirmation: "idle in transaction for 4 min"
    // or "active for 12 s: UPDATE orders ...".
    QString doingText() const;
    // "prepared transaction 'gid'", "parallel worker of pid 12", "parallel leader (2 workers)",
    // "not found any more"; empty for a plain backend.
    QString label() const;
    // What cancel/terminate acts on: this backend (a parallel worker's leader, since signalling
    // one worker does not end the query); pid 0 for prepared transactions and vanished sessions.
    SessionTarget target() const;
    bool canSignal() const { return kind == Kind::Backend || kind == Kind::ParallelWorker; }
};

} // namespace monitor
