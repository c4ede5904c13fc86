#pragma once

#include "monitor/locknode.h"
#include "monitor/locksnapshot.h"

#include <QHash>
#include <QList>

namespace monitor {

// Who blocks whom, as a forest rooted at the root blockers: sessions that block others and
// wait on nobody. Built by a pure function from one snapshot; a session with several blockers
// sits under its deepest blocker (the one it queues behind) and lists the others. A wait cycle
// or a snapshot torn between catalog reads never loops: a cycle is cut at its lowest pid, which
// becomes a root marked inCycle, and a blocker missing from the snapshot becomes a "vanished"
// root.
class LockForest {
public:
    static LockForest build(const LockSnapshot &snapshot);

    const QList<LockNode> &nodes() const { return m_nodes; }
    const QList<int> &roots() const { return m_roots; } // busiest first
    int indexOf(qint64 key) const { return m_index.value(key, -1); }
    const LockNode *node(qint64 key) const;
    qint64 takenAtMs() const { return m_takenAtMs; }

    int blockedCount() const { return m_blocked; } // sessions that wait for a lock
    int depth() const { return m_depth; }          // levels of the longest chain (a root with waiters: 2)
    bool hasCycle() const { return m_cycle; }
    // Keys of the sessions no longer blocked by anyone once `key` ends (transitively).
    QList<qint64> freedBy(qint64 key) const;
    // Blocker keys of every waiting session, as the snapshot gave them (sorted).
    QHash<qint64, QList<qint64>> blockers() const;

private:
    void addNode(const LockSession &s);
    void link();
    void placeNodes();
    void markCycles(const QList<int> &candidates);
    void countWaiters(const QList<int> &order);
    void sortChildren();

    QList<LockNode> m_nodes;
    QList<int> m_roots;
    QHash<qint64, int> m_index;
    QList<QList<int>> m_blockersOf; // node -> indexes of its blockers (distinct, no self)
    QList<QList<int>> m_waitersOf;  // node -> indexes of the sessions it blocks directly
    qint64 m_takenAtMs = 0;
    int m_blocked = 0;
    int m_depth = 0;
    bool m_cycle = false;
};

} // namespace monitor
