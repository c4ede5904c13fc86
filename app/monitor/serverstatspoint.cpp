#include "monitor/serverstatspoint.h"

namespace monitor {

namespace {
// Short keys: one row per second per server adds up.
constexpr auto kInterval = "dt", kCommits = "xc", kRollbacks = "xr", kInserted = "ti", kUpdated = "tu",
               kDeleted = "td", kFetched = "tf", kReturned = "tr", kRead = "br", kHit = "bh", kRatio = "hr",
               kActive = "sa", kWaiting = "sw", kIdleXact = "sx", kIdle = "si", kOther = "so";
QString k(const char *key) {
    return QString::fromLatin1(key);
}
} // namespace

QJsonObject ServerStatsPoint::toJson() const {
    QJsonObject o;
    o.insert(k(kInterval), intervalS);
    o.insert(k(kCommits), commits);
    o.insert(k(kRollbacks), rollbacks);
    o.insert(k(kInserted), inserted);
    o.insert(k(kUpdated), updated);
    o.insert(k(kDeleted), deleted);
    o.insert(k(kFetched), fetched);
    o.insert(k(kReturned), returned);
    o.insert(k(kRead), blksRead);
    o.insert(k(kHit), blksHit);
    o.insert(k(kRatio), hitRatio);
    o.insert(k(kActive), active);
    o.insert(k(kWaiting), waiting);
    o.insert(k(kIdleXact), idleInTransaction);
    o.insert(k(kIdle), idle);
    o.insert(k(kOther), other);
    return o;
}

ServerStatsPoint ServerStatsPoint::fromJson(qint64 tsMs, const QJsonObject &o) {
    ServerStatsPoint p;
    p.tsMs = tsMs;
    p.intervalS = o.value(k(kInterval)).toDouble();
    p.commits = o.value(k(kCommits)).toDouble();
    p.rollbacks = o.value(k(kRollbacks)).toDouble();
    p.inserted = o.value(k(kInserted)).toDouble();
    p.updated = o.value(k(kUpdated)).toDouble();
    p.deleted = o.value(k(kDeleted)).toDouble();
    p.fetched = o.value(k(kFetched)).toDouble();
    p.returned = o.value(k(kReturned)).toDouble();
    p.blksRead = o.value(k(kRead)).toDouble();
    p.blksHit = o.value(k(kHit)).toDouble();
    p.hitRatio = o.value(k(kRatio)).toDouble(-1);
    p.active = o.value(k(kActive)).toInt();
    p.waiting = o.value(k(kWaiting)).toInt();
    p.idleInTransaction = o.value(k(kIdleXact)).toInt();
    p.idle = o.value(k(kIdle)).toInt();
    p.other = o.value(k(kOther)).toInt();
    return p;
}

} // namespace monitor
