#include "monitor/lockforest.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace monitor {

namespace {
// Reachability sets as plain bit vectors: cheap for the few thousand sessions a server has.
using Bits = std::vector<quint64>;
void setBit(Bits &b, int i) {
    b[size_t(i) / 64] |= quint64(1) << (i % 64);
}
bool testBit(const Bits &b, int i) {
    return b[size_t(i) / 64] & (quint64(1) << (i % 64));
}
void unite(Bits &into, const Bits &from) {
    for (size_t i = 0; i < into.size(); ++i)
        into[i] |= from[i];
}
int popcount(const Bits &b) {
    int n = 0;
    for (quint64 w : b)
        n += __builtin_popcountll(w);
    return n;
}
} // namespace

const LockNode *LockForest::node(qint64 key) const {
    const int i = indexOf(key);
    return i < 0 ? nullptr : &m_nodes.at(i);
}

void LockForest::addNode(const LockSession &s) {
    if (m_index.contains(s.key))
        return;
    m_index.insert(s.key, int(m_nodes.size()));
    LockNode n;
    n.session = s;
    m_nodes << n;
}

LockForest LockForest::build(const LockSnapshot &snapshot) {
    LockForest f;
    f.m_takenAtMs = snapshot.takenAtMs;
    // A torn snapshot may list a session twice: the first row wins.
    QList<LockSession> sessions;
    QSet<qint64> seen;
    for (const auto &s : snapshot.sessions)
        if (!seen.contains(s.key)) {
            seen.insert(s.key);
            sessions << s;
        }
    // Only sessions that wait or that someone waits on belong in the forest.
    QSet<qint64> blockerKeys;
    for (const auto &s : std::as_const(sessions))
        for (qint64 k : s.blockerKeys)
            if (k != s.key)
                blockerKeys.insert(k);
    for (const auto &s : std::as_const(sessions)) {
        const bool waits =
            std::any_of(s.blockerKeys.begin(), s.blockerKeys.end(), [&](qint64 k) { return k != s.key; });
        if (waits || blockerKeys.contains(s.key))
            f.addNode(s);
    }
    // Blockers the snapshot has no row for (ended between the catalog reads).
    QList<qint64> missing;
    for (qint64 k : std::as_const(blockerKeys))
        if (!f.m_index.contains(k))
            missing << k;
    std::sort(missing.begin(), missing.end());
    for (qint64 k : std::as_const(missing)) {
        LockSession v;
        v.key = k;
        v.pid = k > 0 ? int(k) : 0;
        v.kind = k > 0 ? LockSession::Kind::Vanished : LockSession::Kind::PreparedTransaction;
        f.addNode(v);
    }
    f.link();
    f.placeNodes();
    return f;
}

void LockForest::link() {
    const int n = int(m_nodes.size());
    m_blockersOf.resize(n);
    m_waitersOf.resize(n);
    for (int i = 0; i < n; ++i) {
        for (qint64 k : m_nodes.at(i).session.blockerKeys) {
            const int b = indexOf(k);
            if (b < 0 || b == i || m_blockersOf[i].contains(b))
                continue;
            m_blockersOf[i] << b;
            m_waitersOf[b] << i;
        }
        if (!m_blockersOf[i].isEmpty())
            ++m_blocked;
    }
}

void LockForest::markCycles(const QList<int> &candidates) {
    // Tarjan's strongly connected components, iteratively, over the stuck nodes.
    const int n = int(m_nodes.size());
    std::vector<int> idx(size_t(n), -1), low(size_t(n), 0);
    std::vector<char> onStack(size_t(n), 0), inSet(size_t(n), 0);
    for (int c : candidates)
        inSet[size_t(c)] = 1;
    std::vector<int> stack;
    int counter = 0;
    struct Frame {
        int v;
        int next;
    };
    for (int c : candidates) {
        if (idx[size_t(c)] >= 0)
            continue;
        std::vector<Frame> call{{c, 0}};
        idx[size_t(c)] = low[size_t(c)] = counter++;
        stack.push_back(c);
        onStack[size_t(c)] = 1;
        while (!call.empty()) {
            const int v = call.back().v;
            const QList<int> &out = m_waitersOf.at(v);
            if (call.back().next < out.size()) {
                const int w = out.at(call.back().next++);
                if (!inSet[size_t(w)])
                    continue;
                if (idx[size_t(w)] < 0) {
                    idx[size_t(w)] = low[size_t(w)] = counter++;
                    stack.push_back(w);
                    onStack[size_t(w)] = 1;
                    call.push_back({w, 0});
                } else if (onStack[size_t(w)]) {
                    low[size_t(v)] = std::min(low[size_t(v)], idx[size_t(w)]);
                }
                continue;
            }
            if (low[size_t(v)] == idx[size_t(v)]) {
                std::vector<int> comp;
                int w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[size_t(w)] = 0;
                    comp.push_back(w);
                } while (w != v);
                if (comp.size() > 1) {
                    m_cycle = true;
                    for (int x : comp)
                        m_nodes[x].inCycle = true;
                }
            }
            call.pop_back();
            if (!call.empty()) {
                const int u = call.back().v;
                low[size_t(u)] = std::min(low[size_t(u)], low[size_t(v)]);
            }
        }
    }
}

void LockForest::placeNodes() {
    // Kahn's order over "blocker before waiter": a waiter is placed once all its blockers are,
    // under the deepest of them. Nodes left over sit on or behind a cycle: cut the cycle at its
    // lowest key and carry on, so the loop always ends.
    const int n = int(m_nodes.size());
    std::vector<int> indeg(static_cast<size_t>(n));
    std::vector<char> placed(size_t(n), 0), cut(size_t(n), 0);
    QList<int> ready;
    for (int i = 0; i < n; ++i) {
        indeg[size_t(i)] = int(m_blockersOf.at(i).size());
        if (indeg[size_t(i)] == 0)
            ready << i;
    }
    auto byKey = [this](int a, int b) { return m_nodes.at(a).key() < m_nodes.at(b).key(); };
    std::sort(ready.begin(), ready.end(), byKey);
    QList<int> order;
    order.reserve(n);
    bool cyclesMarked = false;
    qsizetype head = 0;
    while (order.size() < n) {
        while (head < ready.size()) {
            const int i = ready.at(head++);
            if (placed[size_t(i)])
                continue;
            placed[size_t(i)] = 1;
            order << i;
            LockNode &node = m_nodes[i];
            const QList<int> &bl = m_blockersOf.at(i);
            if (cut[size_t(i)] || bl.isEmpty()) {
                node.parent = -1;
                node.depth = 0;
                for (int b : bl)
                    node.alsoBlockedBy << m_nodes.at(b).key();
            } else {
                int best = bl.first();
                for (int b : bl) {
                    const LockNode &cand = m_nodes.at(b), &cur = m_nodes.at(best);
                    if (cand.depth > cur.depth || (cand.depth == cur.depth && cand.key() < cur.key()))
                        best = b;
                }
                node.parent = best;
                node.depth = m_nodes.at(best).depth + 1;
                for (int b : bl)
                    if (b != best)
                        node.alsoBlockedBy << m_nodes.at(b).key();
                m_nodes[best].children << i;
            }
            std::sort(node.alsoBlockedBy.begin(), node.alsoBlockedBy.end());
            m_depth = std::max(m_depth, node.depth + 1);
            for (int w : m_waitersOf.at(i))
                if (--indeg[size_t(w)] == 0 && !placed[size_t(w)])
                    ready << w;
        }
        if (order.size() >= n)
            break;
        QList<int> stuck;
        for (int i = 0; i < n; ++i)
            if (!placed[size_t(i)])
                stuck << i;
        if (!cyclesMarked) {
            markCycles(stuck);
            cyclesMarked = true;
        }
        int pick = -1;
        for (int i : std::as_const(stuck))
            if (m_nodes.at(i).inCycle && (pick < 0 || byKey(i, pick)))
                pick = i;
        if (pick < 0)
            pick = stuck.first(); // cannot happen: a stuck set always holds a cycle
        cut[size_t(pick)] = 1;
        ready << pick;
    }
    for (int i = 0; i < n; ++i)
        if (m_nodes.at(i).parent < 0)
            m_roots << i;
    countWaiters(order);
    for (auto &node : m_nodes)
        node.waitTextCache = node.describeWait();
    for (int r : std::as_const(m_roots)) {
        LockNode &root = m_nodes[r];
        root.frees = int(freedBy(root.key()).size());
        root.likelyCulprit = root.session.kind == LockSession::Kind::Backend &&
                             root.session.isIdleInTransaction() && !m_waitersOf.at(r).isEmpty();
    }
    sortChildren();
}

void LockForest::countWaiters(const QList<int> &order) {
    const int n = int(m_nodes.size());
    const size_t words = size_t(n + 63) / 64;
    std::vector<Bits> reach(size_t(n), Bits(words, 0));
    // Reverse placement order: a waiter's set is complete before its blockers read it (up to
    // cut cycle edges, where the count is a lower bound).
    for (qsizetype o = order.size() - 1; o >= 0; --o) {
        const int i = order.at(o);
        for (int w : m_waitersOf.at(i)) {
            setBit(reach[size_t(i)], w);
            unite(reach[size_t(i)], reach[size_t(w)]);
        }
    }
    for (int i = 0; i < n; ++i) {
        LockNode &node = m_nodes[i];
        node.directWaiters = int(m_waitersOf.at(i).size());
        node.totalWaiters = popcount(reach[size_t(i)]) - (testBit(reach[size_t(i)], i) ? 1 : 0);
    }
}

void LockForest::sortChildren() {
    auto busiest = [this](int a, int b) {
        const LockNode &x = m_nodes.at(a), &y = m_nodes.at(b);
        if (x.totalWaiters != y.totalWaiters)
            return x.totalWaiters > y.totalWaiters;
        return x.key() < y.key();
    };
    std::sort(m_roots.begin(), m_roots.end(), busiest);
    for (auto &node : m_nodes)
        std::sort(node.children.begin(), node.children.end(), busiest);
}

QList<qint64> LockForest::freedBy(qint64 key) const {
    const int r = indexOf(key);
    if (r < 0)
        return {};
    const int n = int(m_nodes.size());
    std::vector<int> remaining(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        remaining[size_t(i)] = int(m_blockersOf.at(i).size());
    std::vector<char> done(size_t(n), 0);
    done[size_t(r)] = 1;
    QList<int> queue{r};
    QList<qint64> out;
    for (qsizetype h = 0; h < queue.size(); ++h) {
        for (int w : m_waitersOf.at(queue.at(h))) {
            if (!done[size_t(w)] && --remaining[size_t(w)] == 0) {
                done[size_t(w)] = 1;
                out << m_nodes.at(w).key();
                queue << w;
            }
        }
    }
    return out;
}

QHash<qint64, QList<qint64>> LockForest::blockers() const {
    QHash<qint64, QList<qint64>> out;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_blockersOf.at(i).isEmpty())
            continue;
        QList<qint64> keys;
        for (int b : m_blockersOf.at(i))
            keys << m_nodes.at(b).key();
        std::sort(keys.begin(), keys.end());
        out.insert(m_nodes.at(i).key(), keys);
    }
    return out;
}

} // namespace monitor
