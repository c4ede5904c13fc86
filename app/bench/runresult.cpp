#include "bench/runresult.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bench {

namespace {
QString k(const char *s) {
    return QString::fromLatin1(s);
}

QJsonObject configJson(const RunConfig &c) {
    return QJsonObject{{k("scenario"), scenarioName(c.scenario)},
                       {k("couriers"), c.couriers},
                       {k("duration_s"), c.durationS},
                       {k("pool_min"), c.poolMin},
                       {k("pool_max"), c.poolMax},
                       {k("label"), c.label},
                       {k("claim_candidates"), c.claimCandidates}};
}

RunConfig configFrom(const QJsonObject &o) {
    RunConfig c;
    c.scenario = parseScenario(o.value(k("scenario")).toString()).value_or(Scenario::Mixed);
    c.couriers = o.value(k("couriers")).toInt(c.couriers);
    c.durationS = o.value(k("duration_s")).toInt(c.durationS);
    c.poolMin = o.value(k("pool_min")).toInt(c.poolMin);
    c.poolMax = o.value(k("pool_max")).toInt(c.poolMax);
    c.label = o.value(k("label")).toString();
    c.claimCandidates = o.value(k("claim_candidates")).toInt(c.claimCandidates);
    return c;
}

QJsonObject claimsJson(const ClaimCounts &c) {
    return QJsonObject{
        {k("attempts"), double(c.attempts)},          {k("claimed"), double(c.claimed)},
        {k("not_available"), double(c.notAvailable)}, {k("skipped_locked"), double(c.skippedLocked)},
        {k("already_taken"), double(c.alreadyTaken)}, {k("deadlocks"), double(c.deadlocks)}};
}

ClaimCounts claimsFrom(const QJsonObject &o) {
    auto n = [&](const char *key) { return qint64(o.value(k(key)).toDouble()); };
    ClaimCounts c;
    c.attempts = n("attempts");
    c.claimed = n("claimed");
    c.notAvailable = n("not_available");
    c.skippedLocked = n("skipped_locked");
    c.alreadyTaken = n("already_taken");
    c.deadlocks = n("deadlocks");
    return c;
}

QJsonObject checkJson(const CheckResult &c) {
    return QJsonObject{{k("performed"), c.performed},
                       {k("ok"), c.ok},
                       {k("reported"), double(c.reported)},
                       {k("reported_orders"), double(c.reportedOrders)},
                       {k("stored_events"), double(c.storedEvents)},
                       {k("double_claims"), double(c.doubleClaims)},
                       {k("not_in_orders"), double(c.notInOrders)},
                       {k("not_in_events"), double(c.notInEvents)},
                       {k("unreported_events"), double(c.unreportedEvents)},
                       {k("deadlocks"), double(c.deadlocks)},
                       {k("examples"), QJsonArray::fromStringList(c.examples)},
                       {k("error"), c.error},
                       {k("summary"), c.summary()}};
}

CheckResult checkFrom(const QJsonObject &o) {
    auto n = [&](const char *key) { return qint64(o.value(k(key)).toDouble()); };
    CheckResult c;
    c.performed = o.value(k("performed")).toBool();
    c.ok = o.value(k("ok")).toBool();
    c.reported = n("reported");
    c.reportedOrders = n("reported_orders");
    c.storedEvents = n("stored_events");
    c.doubleClaims = n("double_claims");
    c.notInOrders = n("not_in_orders");
    c.notInEvents = n("not_in_events");
    c.unreportedEvents = n("unreported_events");
    c.deadlocks = n("deadlocks");
    for (const auto &v : o.value(k("examples")).toArray())
        c.examples << v.toString();
    c.error = o.value(k("error")).toString();
    return c;
}

QStringList strings(const QJsonValue &v) {
    QStringList out;
    for (const auto &e : v.toArray())
        out << e.toString();
    return out;
}
} // namespace

const LatencySummary *RunResult::latency(const QString &name) const {
    for (const auto &q : queries)
        if (q.name == name)
            return &q;
    return nullptr;
}

QString RunResult::displayName() const {
    QString s = QStringLiteral("%1 · %2 · %3")
                    .arg(startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         scenarioName(config.scenario),
                         QCoreApplication::translate("bench", "%1 couriers").arg(config.couriers));
    if (!config.label.isEmpty())
        s += QStringLiteral(" · ") + config.label;
    return s;
}

QString RunResult::makeId(const QDateTime &startedAt, const RunConfig &config) {
    return QStringLiteral("%1-%2-%3")
        .arg(startedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")), scenarioName(config.scenario))
        .arg(config.couriers);
}

QJsonObject RunResult::toJson() const {
    QJsonArray qs;
    for (const auto &q : queries)
        qs.append(q.toJson());
    QJsonArray tl;
    for (const auto &p : timeline)
        tl.append(QJsonArray{p.tS, p.opsPerS, p.p95Ms, double(p.totalOps), double(p.claimed), p.poolInUse,
                             p.poolWaiting});
    return QJsonObject{{k("id"), id},
                       {k("config"), configJson(config)},
                       {k("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {k("elapsed_s"), elapsedS},
                       {k("server"), server},
                       {k("database"), database},
                       {k("server_version"), serverVersion},
                       {k("orders_estimate"), double(ordersEstimate)},
                       {k("indexes"), QJsonArray::fromStringList(indexes)},
                       {k("queries"), qs},
                       {k("pool"), QJsonObject{{k("min"), config.poolMin},
                                               {k("max"), config.poolMax},
                                               {k("opened"), poolOpened},
                                               {k("peak_in_use"), poolPeakInUse},
                                               {k("wait"), poolWait.toJson()}}},
                       {k("claims"), claimsJson(claims)},
                       {k("check"), checkJson(check)},
                       {k("timeline"), tl},
                       {k("errors"), QJsonArray::fromStringList(errors)},
                       {k("note"), note},
                       {k("error"), error}};
}

RunResult RunResult::fromJson(const QJsonObject &o) {
    RunResult r;
    r.id = o.value(k("id")).toString();
    r.config = configFrom(o.value(k("config")).toObject());
    r.startedAt = QDateTime::fromString(o.value(k("started_at")).toString(), Qt::ISODateWithMs);
    r.elapsedS = o.value(k("elapsed_s")).toDouble();
    r.server = o.value(k("server")).toString();
    r.database = o.value(k("database")).toString();
    r.serverVersion = o.value(k("server_version")).toString();
    r.ordersEstimate = qint64(o.value(k("orders_estimate")).toDouble());
    r.indexes = strings(o.value(k("indexes")));
    for (const auto &q : o.value(k("queries")).toArray())
        r.queries.append(LatencySummary::fromJson(q.toObject()));
    const QJsonObject pool = o.value(k("pool")).toObject();
    r.poolOpened = pool.value(k("opened")).toInt();
    r.poolPeakInUse = pool.value(k("peak_in_use")).toInt();
    r.poolWait = LatencySummary::fromJson(pool.value(k("wait")).toObject());
    r.claims = claimsFrom(o.value(k("claims")).toObject());
    r.check = checkFrom(o.value(k("check")).toObject());
    for (const auto &v : o.value(k("timeline")).toArray()) {
        const QJsonArray a = v.toArray();
        LivePoint p;
        p.tS = a.at(0).toDouble();
        p.opsPerS = a.at(1).toDouble();
        p.p95Ms = a.at(2).toDouble();
        p.totalOps = qint64(a.at(3).toDouble());
        p.claimed = qint64(a.at(4).toDouble());
        p.poolInUse = a.at(5).toInt();
        p.poolWaiting = a.at(6).toInt();
        r.timeline.append(p);
    }
    r.errors = strings(o.value(k("errors")));
    r.note = o.value(k("note")).toString();
    r.error = o.value(k("error")).toString();
    return r;
}

} // namespace bench
