#include "sessionhistory/replay.h"

#include <algorithm>

namespace sessionhistory {

monitor::ActivitySnapshot toActivitySnapshot(const SessionSample &sample) {
    monitor::ActivitySnapshot snap;
    snap.sampledAtMs = sample.tsMs;
    for (const SessionRow &r : sample.rows) {
        monitor::ActivitySession s;
        s.pid = r.pid;
        s.database = r.database;
        s.user = r.user;
        s.application = r.application;
        s.clientAddr = r.client;
        s.backendType = r.backendType;
        s.state = r.state;
        s.waitEventType = r.waitType;
        s.waitEvent = r.waitEvent;
        s.query = r.query;
        s.queryId = r.queryId;
        s.hasQueryId = r.queryId != 0;
        s.xactStartMs = r.xactStartMs;
        s.queryStartMs = r.queryStartMs;
        s.stateChangeMs = r.queryStartMs;
        s.blockingPids = r.blockers;
        snap.sessions << s;
    }
    return snap;
}

namespace {
bool isLockTypeName(const QString &s) {
    static const QStringList types{QStringLiteral("transactionid"), QStringLiteral("tuple"),
                                   QStringLiteral("virtualxid"),    QStringLiteral("advisory"),
                                   QStringLiteral("object"),        QStringLiteral("page"),
                                   QStringLiteral("extend"),        QStringLiteral("frozenid"),
                                   QStringLiteral("userlock"),      QStringLiteral("spectoken")};
    return types.contains(s);
}
} // namespace

monitor::LockForest toLockForest(const SessionSample &sample) {
    monitor::LockSnapshot snap;
    snap.takenAtMs = sample.tsMs;
    auto age = [&](qint64 at) { return at > 0 ? qMax<qint64>(0, sample.tsMs - at) : -1; };
    for (const SessionRow &r : sample.rows) {
        monitor::LockSession s;
        s.key = r.pid;
        s.pid = r.pid;
        s.backendType = r.backendType;
        s.state = r.state;
        s.user = r.user;
        s.application = r.application;
        s.database = r.database;
        s.clientAddr = r.client;
        s.query = r.query;
        s.waitEventType = r.waitType;
        s.waitEvent = r.waitEvent;
        s.xactAgeMs = age(r.xactStartMs);
        s.queryAgeMs = age(r.queryStartMs);
        s.stateAgeMs = s.queryAgeMs;
        QList<int> blockers = r.blockers;
        std::sort(blockers.begin(), blockers.end());
        blockers.erase(std::unique(blockers.begin(), blockers.end()), blockers.end());
        s.blockedByPids = blockers;
        for (int b : std::as_const(blockers))
            s.blockerKeys << qint64(b);
        if (!blockers.isEmpty()) {
            s.wait.mode = r.lockMode;
            // Samples before the lock type was stored name it in place of the relation.
            const bool relationIsType = isLockTypeName(r.relation);
            s.wait.lockType = !r.lockType.isEmpty() ? r.lockType
                              : relationIsType      ? r.relation
                                                    : QStringLiteral("relation");
            if (!relationIsType && !r.relation.isEmpty()) {
                // A relation of another database than the sampler's reads as its oid there.
                bool oid = false;
                const qint64 n = r.relation.toLongLong(&oid);
                if (oid) {
                    s.wait.relationOid = n;
                    s.wait.database = r.database;
                } else {
                    s.wait.relation = r.relation;
                }
            }
            // The transaction a row-lock waiter waits for, and the row: as the live page shows them.
            s.wait.transactionId = r.transactionId;
            s.wait.page = r.page;
            s.wait.tuple = r.tuple;
            s.wait.waitingMs = age(r.waitStartMs);
        }
        snap.sessions << s;
    }
    return monitor::LockForest::build(snap);
}

} // namespace sessionhistory
