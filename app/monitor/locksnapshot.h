#pragma once

#include "monitor/locksession.h"

#include <QList>

namespace pg {
class Result;
}

namespace monitor {

// Everything one refresh of the lock tree read (sql/monitor/locks_snapshot*.sql): the waiting
// backends with their blockers and the lock they wait for, the blockers' facts, and the
// prepared transactions that block someone. Plain data; parsing is safe off the GUI thread.
struct LockSnapshot {
    QList<LockSession> sessions;
    qint64 takenAtMs = 0;

    static LockSnapshot fromResult(const pg::Result &r, qint64 takenAtMs = 0);
};

} // namespace monitor
