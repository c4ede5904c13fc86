#pragma once

#include "pg/error.h"

#include <QDateTime>
#include <QString>

#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace migrate {

// The session that holds the run lock.
struct RunLockHolder {
    int pid = 0;
    QString application;
    QString user;
    QString client;
    QDateTime since; // its backend start
    QString state;
    QString query;
    // "pid 4242 (pgdba migrate, postgres from local, connected since 10:02:11, active)"
    QString describe() const;
};

// One migration run per database at a time: a session-level advisory lock keyed by the version
// table (sql/migrate/run_lock_*.sql), taken before preflight and held until the run ends (or
// the connection closes). Re-entrant on one session: the Runner takes it again, so a caller
// that forgot is still serialised.
class RunLock {
public:
    struct Outcome {
        bool acquired = false;
        std::optional<RunLockHolder> holder; // when not acquired: who has it
        std::optional<pg::Error> error;
    };
    // wait = false: says who holds it and returns at once; true: blocks (on the server, the
    // event loop keeps running) until it is free. `waiting` is told who holds it first.
    static QCoro::Task<Outcome> acquire(pg::Connection *c, bool wait = false);
    static QCoro::Task<std::optional<RunLockHolder>> holder(pg::Connection *c);
    static QCoro::Task<void> release(pg::Connection *c);
};

} // namespace migrate
