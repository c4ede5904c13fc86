#pragma once

#include "monitor/locksession.h"

#include <QList>

namespace monitor {

// One session in the lock forest, placed under one of its blockers.
struct LockNode {
    LockSession session;
    int parent = -1;             // index in LockForest::nodes(); -1 for a root
    QList<int> children;         // indexes, busiest first
    QList<qint64> alsoBlockedBy; // blocker keys besides the parent (all of them for a cycle root)
    int depth = 0;               // 0 for a root
    int directWaiters = 0;       // sessions that pg_blocking_pids says it blocks itself
    int totalWaiters = 0;        // sessions waiting on it directly or through others (distinct)
    int frees = -1;              // roots: sessions no longer blocked by anyone once it ends
    bool inCycle = false; // part of a wait cycle (a deadlock the server has yet to break, or a torn read)
    bool likelyCulprit = false; // a root that is idle in transaction

    qint64 key() const { return session.key; }
    bool isRoot() const { return parent < 0; }
    bool isWaiting() const { return session.isWaiting(); }
    // "waits for ShareLock on transaction 1234", with "also blocked by pid 12, 13" when there
    // are more blockers than the parent. LockForest::build fills the cache (off the GUI
    // thread), so views and refresh diffs only read it.
    QString waitText() const { return waitTextCache.isEmpty() ? describeWait() : waitTextCache; }
    QString describeWait() const;
    QString waitTextCache;
};

} // namespace monitor
