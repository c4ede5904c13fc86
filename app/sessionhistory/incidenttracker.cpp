#include "sessionhistory/incidenttracker.h"

#include <QJsonObject>
#include <algorithm>

namespace sessionhistory {

QHash<int, int> IncidentTracker::roots(const SessionSample &sample) {
    QHash<int, const SessionRow *> byPid;
    for (const auto &r : sample.rows)
        byPid.insert(r.pid, &r);
    QHash<int, int> out;
    for (const auto &r : sample.rows) {
        if (!r.isLockWait() || r.blockers.isEmpty())
            continue;
        QList<int> path{r.pid};
        int cur = r.pid;
        while (true) {
            const SessionRow *b = byPid.value(cur);
            if (!b || !b->isLockWait() || b->blockers.isEmpty())
                break; // waits for nobody: the root
            const int next = b->blockers.first();
            if (const qsizetype at = path.indexOf(next); at >= 0) {
                cur = *std::min_element(path.cbegin() + at, path.cend()); // a wait cycle
                break;
            }
            path << next;
            cur = next;
        }
        out.insert(r.pid, cur);
    }
    return out;
}

namespace {
QJsonObject node(const SessionRow &r, int parent) {
    QJsonObject o{{QStringLiteral("pid"), r.pid},
                  {QStringLiteral("parent"), parent},
                  {QStringLiteral("state"), r.state},
                  {QStringLiteral("wait"), r.waitKey()},
                  {QStringLiteral("query"), r.query},
                  {QStringLiteral("user"), r.user},
                  {QStringLiteral("application"), r.application},
                  {QStringLiteral("mode"), r.lockMode},
                  {QStringLiteral("relation"), r.relation}};
    // What exactly it waited for (the Locks page's words): the lock type, the transaction id of
    // a row lock, the row.
    if (!r.lockType.isEmpty())
        o.insert(QStringLiteral("lock_type"), r.lockType);
    if (r.transactionId > 0)
        o.insert(QStringLiteral("xid"), r.transactionId);
    if (r.page >= 0)
        o.insert(QStringLiteral("page"), r.page);
    if (r.tuple >= 0)
        o.insert(QStringLiteral("tuple"), r.tuple);
    return o;
}
} // namespace

QList<Incident> IncidentTracker::update(const SessionSample &sample) {
    const QHash<int, int> rootOf = roots(sample);
    QHash<int, const SessionRow *> byPid;
    for (const auto &r : sample.rows)
        byPid.insert(r.pid, &r);
    // Forget first-seen times of sessions no longer waiting.
    for (auto it = m_firstSeenWait.begin(); it != m_firstSeenWait.end();)
        it = rootOf.contains(it.key()) ? std::next(it) : m_firstSeenWait.erase(it);
    QHash<int, QList<const SessionRow *>> byRoot;
    for (auto it = rootOf.cbegin(); it != rootOf.cend(); ++it) {
        const SessionRow *w = byPid.value(it.key());
        if (!m_firstSeenWait.contains(w->pid))
            m_firstSeenWait.insert(w->pid, w->waitStartMs > 0 ? w->waitStartMs : sample.tsMs);
        byRoot[it.value()] << w;
    }
    QList<Incident> changed;
    for (auto it = byRoot.cbegin(); it != byRoot.cend(); ++it) {
        const int root = it.key();
        const auto &waiters = it.value();
        qint64 start = sample.tsMs;
        for (const SessionRow *w : waiters)
            start = qMin(start, m_firstSeenWait.value(w->pid));
        const bool known = m_open.contains(root);
        if (!known && sample.tsMs - start < m_thresholdMs)
            continue;
        Incident &inc = m_open[root];
        if (!known) {
            inc.rootPid = root;
            inc.startMs = start;
        }
        inc.endMs = sample.tsMs;
        if (int(waiters.size()) >= inc.blockedMax) {
            inc.blockedMax = int(waiters.size());
            QJsonArray forest;
            if (const SessionRow *r = byPid.value(root)) {
                inc.rootState = r->state;
                inc.rootQuery = r->query;
                inc.rootUser = r->user;
                inc.rootApplication = r->application;
                forest << node(*r, 0);
            }
            // The first waiter directly behind the root names the lock.
            const SessionRow *first = nullptr;
            for (const SessionRow *w : waiters) {
                forest << node(*w, w->blockers.first());
                if (w->blockers.contains(root) &&
                    (!first || m_firstSeenWait.value(w->pid) < m_firstSeenWait.value(first->pid)))
                    first = w;
            }
            if (!first && !waiters.isEmpty())
                first = waiters.first();
            if (first) {
                inc.waitMode = first->lockMode;
                inc.relation = first->relation;
            }
            inc.forest = forest;
        }
        changed << inc;
    }
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (byRoot.contains(it.key())) {
            ++it;
            continue;
        }
        Incident done = it.value();
        done.open = false;
        changed << done;
        it = m_open.erase(it);
    }
    return changed;
}

QList<Incident> IncidentTracker::closeAll() {
    QList<Incident> out;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        Incident done = it.value();
        done.open = false;
        out << done;
    }
    reset();
    return out;
}

void IncidentTracker::reset() {
    m_open.clear();
    m_firstSeenWait.clear();
}

} // namespace sessionhistory
