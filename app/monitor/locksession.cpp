#include "monitor/locksession.h"

#include "monitor/sessioncontrol.h"

#include <QCoreApplication>

namespace monitor {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(monitor_LockSession)
};
} // namespace

QString LockSession::label() const {
    switch (kind) {
    case Kind::PreparedTransaction:
        return key == UnknownPreparedKey ? Tr::tr("prepared transaction")
                                         : Tr::tr("prepared transaction '%1'").arg(preparedGid);
    case Kind::ParallelWorker:
        return leaderPid > 0 ? Tr::tr("parallel worker of pid %1").arg(leaderPid) : Tr::tr("parallel worker");
    case Kind::Vanished:
        return Tr::tr("not found any more (it may just have ended)");
    case Kind::Backend:
        break;
    }
    if (parallelWorkers > 0)
        return Tr::tr("parallel query leader (%1 workers)").arg(parallelWorkers);
    return {};
}

SessionTarget LockSession::target() const {
    SessionTarget t;
    if (!canSignal())
        return t;
    if (kind == Kind::ParallelWorker && leaderPid > 0) {
        t.pid = leaderPid; // the leader's own facts are not in this row: SessionControl re-reads them
        t.application = application;
        t.database = database;
        t.queryHead = query.left(200);
        return t;
    }
    t.pid = pid;
    t.user = user;
    t.application = application;
    t.state = state;
    t.database = database;
    t.queryHead = query.left(200);
    t.durationMs = isIdleInTransaction() ? qMax<qint64>(0, stateAgeMs) : qMax<qint64>(0, queryAgeMs);
    t.backendStart = backendStart;
    return t;
}

QString LockSession::doingText() const {
    switch (kind) {
    case Kind::PreparedTransaction:
        return Tr::tr("prepared transaction '%1' of %2, prepared %3 ago: no session runs it; only COMMIT "
                      "PREPARED or "
                      "ROLLBACK PREPARED ends it")
            .arg(preparedGid, user, lockAgeText(xactAgeMs));
    case Kind::Vanished:
        return Tr::tr("the session was not found in this refresh");
    case Kind::Backend:
    case Kind::ParallelWorker:
        break;
    }
    QString s;
    if (isIdleInTransaction())
        s = Tr::tr("%1 for %2 (transaction open %3); last statement: %4");
    else
        s = Tr::tr("%1 for %2 (transaction open %3): %4");
    const qint64 forMs = isIdleInTransaction() ? stateAgeMs : queryAgeMs;
    QString q = query.simplified();
    if (q.size() > 160)
        q = q.left(159) + QChar(0x2026);
    return s.arg(state.isEmpty() ? Tr::tr("(no state)") : state, lockAgeText(forMs),
                 xactAgeMs >= 0 ? lockAgeText(xactAgeMs) : Tr::tr("n/a"),
                 q.isEmpty() ? Tr::tr("(no query)") : q);
}

} // namespace monitor
