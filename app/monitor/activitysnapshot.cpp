#include "monitor/activitysnapshot.h"

#include "pg/result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace monitor {

QString ActivitySession::waitText() const {
    if (waitEventType.isEmpty())
        return {};
    return waitEvent.isEmpty() ? waitEventType : waitEventType + QStringLiteral(": ") + waitEvent;
}

namespace {

// The positions in the row's `f` and `fixed` arrays (sql/monitor/activity*.sql).
enum Field {
    State,
    WaitType,
    WaitEvent,
    Application,
    QueryId,
    XactAge,
    QueryAge,
    StateAge,
    Blocking,
    XidAge,
    XminAge,
    FieldCount
};
enum Fixed { Database, User, ClientAddr, BackendType, BackendStart, FixedCount };

// An age in ms before sampledAtMs back to a timestamp; a NULL (no such time) stays 0.
qint64 fromAge(const QString &age, qint64 sampledAtMs) {
    return age.isNull() ? 0 : sampledAtMs - age.toLongLong();
}

// The fields that move, from the row's `f` array, onto s.
void applyFields(ActivitySession &s, const QStringList &f, qint64 sampledAtMs) {
    if (f.size() < FieldCount)
        return;
    s.state = f[State];
    s.waitEventType = f[WaitType];
    s.waitEvent = f[WaitEvent];
    s.application = f[Application];
    s.hasQueryId = !f[QueryId].isNull();
    s.queryId = s.hasQueryId ? f[QueryId].toLongLong() : 0;
    s.xactStartMs = fromAge(f[XactAge], sampledAtMs);
    s.queryStartMs = fromAge(f[QueryAge], sampledAtMs);
    s.stateChangeMs = fromAge(f[StateAge], sampledAtMs);
    s.blockingPids.clear();
    if (!f[Blocking].isNull())
        for (const QStringView p : QStringView(f[Blocking]).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            s.blockingPids << p.toInt();
    s.xidAge = f[XidAge].isNull() ? -1 : f[XidAge].toLongLong();
    s.xminAge = f[XminAge].isNull() ? -1 : f[XminAge].toLongLong();
}

void applyFixed(ActivitySession &s, const QStringList &fixed) {
    if (fixed.size() < FixedCount)
        return;
    s.database = fixed[Database];
    s.user = fixed[User];
    s.clientAddr = fixed[ClientAddr];
    s.backendType = fixed[BackendType];
    s.backendStartMs = fixed[BackendStart].toLongLong();
}

struct Row {
    int index = 0;
    bool used = false;
};

} // namespace

QVariantList ActivitySnapshot::deltaParams(const ActivitySnapshot &base) {
    if (!base.canFollow())
        return {QVariant(), QVariant(), QVariant()};
    // $1 every pid held, $3 those not idle (always sent: their wait events and ages move).
    QString pids, busy;
    pids.reserve(int(base.sessions.size()) * 8 + 2);
    pids += QLatin1Char('{');
    busy += QLatin1Char('{');
    for (qsizetype i = 0; i < base.sessions.size(); ++i) {
        const ActivitySession &a = base.sessions[i];
        if (i)
            pids += QLatin1Char(',');
        pids += QString::number(a.pid);
        if (a.state != QLatin1String("idle")) {
            if (busy.size() > 1)
                busy += QLatin1Char(',');
            busy += QString::number(a.pid);
        }
    }
    pids += QLatin1Char('}');
    busy += QLatin1Char('}');
    return {pids, base.sampledAtMs - DeltaMarginMs, busy};
}

ActivitySnapshot ActivitySnapshot::fromResult(const pg::Result &r) {
    return merge({}, r);
}

ActivitySnapshot ActivitySnapshot::merge(const ActivitySnapshot &base, const pg::Result &r) {
    ActivitySnapshot s;
    const int n = r.rows();
    const int cPid = r.column("pid"), cF = r.column("f"), cQuery = r.column("query"),
              cFixed = r.column("fixed"), cMeta = r.column("meta");
    // The meta row (pid NULL) first: the ages need sampled_at_ms.
    QJsonObject meta;
    QHash<int, Row> rows; // pid -> row
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (r.isNull(i, cPid))
            meta = QJsonDocument::fromJson(r.text(i, cMeta).toUtf8()).object();
        else
            rows.insert(int(r.int64(i, cPid)), Row{i, false});
    }
    s.sampledAtMs = meta.value(QLatin1String("sampled_at_ms")).toInteger();
    s.serverMs = meta.value(QLatin1String("server_ms")).toDouble();
    s.full = meta.value(QLatin1String("full")).toBool(true);
    s.querySize = meta.value(QLatin1String("query_size")).isDouble()
                      ? meta.value(QLatin1String("query_size")).toInt()
                      : base.querySize;
    s.pidsReceived = rows.keys();
    std::sort(s.pidsReceived.begin(), s.pidsReceived.end());

    // One session from its row, over what the client had (prev), or a new one.
    auto build = [&](const Row &row, const ActivitySession *prev) {
        ActivitySession a;
        const bool isNew = !r.isNull(row.index, cFixed);
        if (prev && !isNew)
            a = *prev;
        a.pid = int(r.int64(row.index, cPid));
        if (isNew)
            applyFixed(a, pg::Result::parseArray(r.text(row.index, cFixed)));
        else if (!prev)
            s.consistent = false; // the server thought we had it
        applyFields(a, pg::Result::parseArray(r.text(row.index, cF)), s.sampledAtMs);
        if (!r.isNull(row.index, cQuery)) {
            a.query = r.text(row.index, cQuery);
            ++s.textsReceived;
        } else if (isNew) {
            a.query.clear();
        }
        return a;
    };

    if (s.full) {
        s.sessions.reserve(n);
        for (int i = 0; i < n; ++i)
            if (!r.isNull(i, cPid))
                s.sessions << build(Row{i, false}, nullptr);
        return s;
    }

    QSet<int> gone;
    for (const QJsonValue v : meta.value(QLatin1String("gone")).toArray())
        gone.insert(v.toInt());
    QHash<QString, int> unsent; // state -> sessions we kept as they were
    s.sessions.reserve(base.sessions.size() + rows.size());
    for (const ActivitySession &prev : base.sessions) {
        if (gone.contains(prev.pid))
            continue;
        auto it = rows.find(prev.pid);
        if (it == rows.end()) {
            s.sessions << prev;
            ++unsent[prev.state];
            continue;
        }
        it->used = true;
        s.sessions << build(*it, &prev);
    }
    // New sessions after the known ones, in the server's order.
    QList<int> fresh;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        if (!it->used)
            fresh << it->index;
    std::sort(fresh.begin(), fresh.end());
    for (int i : fresh)
        s.sessions << build(Row{i, false}, nullptr);

    // What the server counted must be what we hold, or our copy went wrong somewhere (a state
    // change published late, a clock step): say so, and the next refresh sends everything.
    QHash<QString, int> counted;
    const QJsonObject u = meta.value(QLatin1String("unsent")).toObject();
    for (auto it = u.begin(); it != u.end(); ++it)
        counted.insert(it.key(), it.value().toInt());
    if (counted != unsent || meta.value(QLatin1String("live")).toInt() != s.sessions.size())
        s.consistent = false;
    return s;
}

QList<int> ActivitySnapshot::blockerPids() const {
    QSet<int> set;
    for (const auto &a : sessions)
        for (int p : a.blockingPids)
            set.insert(p);
    QList<int> out(set.begin(), set.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace monitor
