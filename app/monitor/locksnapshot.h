#pragma once

#include "monitor/locksession.h"

#include <QList>
#include <QVariant>

namespace pg {
class Result;
}

namespace monitor {

// Everything one refresh of the lock tree read (sql/monitor/locks_snapshot*.sql): the waiting
// backends with their blockers and the lock they wait for, the blockers' facts, and the
// prepared transactions that block someone. Plain data; parsing is safe off the GUI thread.
//
// While the shape of the forest stays the same (who waits for whom on which lock, what each
// session involved runs), the server sends only what moves (issue 20): the query takes the
// signature of the previous refresh ($1) and then leaves out the rest of each row; merge() puts
// the previous snapshot's facts back.
struct LockSnapshot {
    QList<LockSession> sessions;
    qint64 takenAtMs = 0;
    QString signature;      // the server's digest of the forest's shape; empty: nothing waits
    bool full = true;       // the rows carried everything
    bool consistent = true; // false: the rows did not fit the previous snapshot; ask for all next

    // Reads a full result (the query's $1 NULL).
    static LockSnapshot fromResult(const pg::Result &r, qint64 takenAtMs = 0);
    // The query's $1 for a refresh that follows base: its signature, or NULL for everything.
    static QVariant deltaParam(const LockSnapshot &base);
    // The rows of a refresh asked with deltaParam(base), with base's facts where the rows left
    // them out. Plain CPU work: callable on a worker thread.
    static LockSnapshot merge(const LockSnapshot &base, const pg::Result &r, qint64 takenAtMs);
};

} // namespace monitor
