#include "monitor/locksnapshot.h"

#include "pg/result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace monitor {

namespace {
LockWait waitFrom(const pg::Result &r, int row) {
    LockWait w;
    if (r.isNull(row, "wait_locktype"))
        return w;
    w.lockType = r.text(row, "wait_locktype");
    w.mode = r.text(row, "wait_mode");
    w.relation = r.text(row, "wait_relation");
    w.relationOid = r.int64(row, "wait_relation_oid");
    w.database = r.text(row, "wait_database");
    w.page = r.isNull(row, "wait_page") ? -1 : r.int64(row, "wait_page");
    w.tuple = r.isNull(row, "wait_tuple") ? -1 : r.int64(row, "wait_tuple");
    w.virtualXid = r.text(row, "wait_virtualxid");
    w.transactionId = r.int64(row, "wait_transactionid");
    w.classId = r.int64(row, "wait_classid");
    w.objId = r.int64(row, "wait_objid");
    w.objSubId = r.int64(row, "wait_objsubid");
    w.waitingMs = r.isNull(row, "waiting_ms") ? -1 : qMax<qint64>(0, r.int64(row, "waiting_ms"));
    return w;
}

LockSession preparedSession(const QJsonObject &o) {
    LockSession p;
    p.kind = LockSession::Kind::PreparedTransaction;
    p.preparedXid = qint64(o.value(QStringLiteral("xid")).toDouble());
    p.key = LockSession::preparedKey(p.preparedXid);
    p.preparedGid = o.value(QStringLiteral("gid")).toString();
    p.user = o.value(QStringLiteral("owner")).toString();
    p.database = o.value(QStringLiteral("database")).toString();
    p.xactAgeMs = qint64(o.value(QStringLiteral("prepared_ms")).toDouble(-1));
    p.state = QStringLiteral("prepared");
    return p;
}
} // namespace

LockSnapshot LockSnapshot::fromResult(const pg::Result &r, qint64 takenAtMs) {
    LockSnapshot s;
    s.takenAtMs = takenAtMs;
    if (!r.ok())
        return s;
    if (r.rows() > 0) {
        s.signature = r.text(0, "signature");
        s.full = !r.hasColumn("full") || r.boolean(0, "full");
    }
    QHash<qint64, LockSession> prepared;
    s.sessions.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i) {
        LockSession x;
        x.pid = int(r.int64(i, "pid"));
        x.key = x.pid;
        if (!r.boolean(i, "present"))
            x.kind = LockSession::Kind::Vanished;
        else if (r.text(i, "backend_type") == QLatin1String("parallel worker"))
            x.kind = LockSession::Kind::ParallelWorker;
        x.leaderPid = int(r.int64(i, "leader_pid"));
        if (x.leaderPid == x.pid)
            x.leaderPid = 0;
        x.parallelWorkers = int(r.int64(i, "parallel_workers"));
        x.backendType = r.text(i, "backend_type");
        x.state = r.text(i, "state");
        x.user = r.text(i, "usename");
        x.application = r.text(i, "application_name");
        x.database = r.text(i, "datname");
        x.clientAddr = r.text(i, "client_addr");
        x.query = r.text(i, "query");
        x.waitEventType = r.text(i, "wait_event_type");
        x.waitEvent = r.text(i, "wait_event");
        x.backendStart = r.timestamp(i, "backend_start");
        x.xactAgeMs = r.isNull(i, "xact_age_ms") ? -1 : r.int64(i, "xact_age_ms");
        x.stateAgeMs = r.isNull(i, "state_age_ms") ? -1 : r.int64(i, "state_age_ms");
        x.queryAgeMs = r.isNull(i, "query_age_ms") ? -1 : r.int64(i, "query_age_ms");
        x.wait = waitFrom(r, i);
        const QList<qint64> raw = r.int64Array(i, "blocked_by");
        for (qint64 b : raw)
            if (!x.blockedByPids.contains(int(b)))
                x.blockedByPids << int(b);
        std::sort(x.blockedByPids.begin(), x.blockedByPids.end());
        for (int b : std::as_const(x.blockedByPids)) {
            if (b != 0) {
                x.blockerKeys << b;
                continue;
            }
            const QJsonArray holders =
                QJsonDocument::fromJson(r.text(i, "prepared_blockers").toUtf8()).array();
            for (const auto &h : holders) {
                LockSession p = preparedSession(h.toObject());
                if (!x.blockerKeys.contains(p.key))
                    x.blockerKeys << p.key;
                prepared.insert(p.key, p);
            }
            if (holders.isEmpty()) {
                LockSession p;
                p.kind = LockSession::Kind::PreparedTransaction;
                p.key = LockSession::UnknownPreparedKey;
                p.state = QStringLiteral("prepared");
                x.blockerKeys << p.key;
                prepared.insert(p.key, p);
            }
        }
        s.sessions << x;
    }
    QList<qint64> keys = prepared.keys();
    std::sort(keys.begin(), keys.end());
    for (qint64 k : std::as_const(keys))
        s.sessions << prepared.value(k);
    return s;
}

QVariant LockSnapshot::deltaParam(const LockSnapshot &base) {
    return base.consistent && !base.signature.isEmpty() ? QVariant(base.signature) : QVariant();
}

LockSnapshot LockSnapshot::merge(const LockSnapshot &base, const pg::Result &r, qint64 takenAtMs) {
    LockSnapshot s = fromResult(r, takenAtMs);
    if (s.full)
        return s;
    // Same shape as base: take base's sessions, with what moves from the rows.
    QHash<qint64, LockSession> moved;
    for (const LockSession &x : std::as_const(s.sessions))
        moved.insert(x.key, x);
    QHash<qint64, qint64> preparedAge; // key -> age from the waiters' prepared_blockers
    QHash<qint64, qint64> waiting;     // pid -> waiting_ms (the lock itself is left out)
    for (int i = 0; i < r.rows(); ++i) {
        if (!r.isNull(i, "waiting_ms"))
            waiting.insert(r.int64(i, "pid"), qMax<qint64>(0, r.int64(i, "waiting_ms")));
        if (r.isNull(i, "prepared_blockers"))
            continue;
        const QJsonArray holders = QJsonDocument::fromJson(r.text(i, "prepared_blockers").toUtf8()).array();
        for (const auto &h : holders) {
            const LockSession p = preparedSession(h.toObject());
            preparedAge.insert(p.key, p.xactAgeMs);
        }
    }
    LockSnapshot out;
    out.takenAtMs = takenAtMs;
    out.signature = s.signature;
    out.full = false;
    out.sessions.reserve(base.sessions.size());
    int backends = 0;
    for (LockSession b : base.sessions) {
        if (b.kind == LockSession::Kind::PreparedTransaction) {
            b.xactAgeMs = preparedAge.value(b.key, b.xactAgeMs);
            out.sessions << b;
            continue;
        }
        auto it = moved.constFind(b.key);
        if (it == moved.cend()) {
            out.consistent = false;
            continue;
        }
        ++backends;
        if (it->kind == LockSession::Kind::Vanished)
            b.kind = LockSession::Kind::Vanished;
        b.state = it->state;
        b.waitEventType = it->waitEventType;
        b.waitEvent = it->waitEvent;
        b.xactAgeMs = it->xactAgeMs;
        b.stateAgeMs = it->stateAgeMs;
        b.queryAgeMs = it->queryAgeMs;
        if (b.wait.isValid())
            b.wait.waitingMs = waiting.value(b.pid, b.wait.waitingMs);
        out.sessions << b;
    }
    if (backends != moved.size())
        out.consistent = false;
    return out;
}

} // namespace monitor
