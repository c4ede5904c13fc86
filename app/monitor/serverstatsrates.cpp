#include "monitor/serverstatsrates.h"

#include <QHash>

namespace monitor {

namespace {
bool selected(const DatabaseCounters &d, const QString &database) {
    return database.isEmpty() || (d.datid != 0 && d.name == database);
}

bool wasReset(const DatabaseCounters &p, const DatabaseCounters &c) {
    return p.statsReset != c.statsReset || c.commits < p.commits || c.rollbacks < p.rollbacks ||
           c.inserted < p.inserted || c.updated < p.updated || c.deleted < p.deleted ||
           c.fetched < p.fetched || c.returned < p.returned || c.blksRead < p.blksRead ||
           c.blksHit < p.blksHit;
}

void add(CounterDeltas &d, const DatabaseCounters &c, const DatabaseCounters *base) {
    static const DatabaseCounters zero;
    const DatabaseCounters &b = base ? *base : zero;
    d.commits += c.commits - b.commits;
    d.rollbacks += c.rollbacks - b.rollbacks;
    d.inserted += c.inserted - b.inserted;
    d.updated += c.updated - b.updated;
    d.deleted += c.deleted - b.deleted;
    d.fetched += c.fetched - b.fetched;
    d.returned += c.returned - b.returned;
    d.blksRead += c.blksRead - b.blksRead;
    d.blksHit += c.blksHit - b.blksHit;
}
} // namespace

CounterDeltas counterDeltas(const ServerStatsSample &prev, const ServerStatsSample &cur,
                            const QString &database) {
    QHash<qint64, const DatabaseCounters *> before;
    for (const auto &d : prev.databases)
        before.insert(d.datid, &d);
    CounterDeltas out;
    for (const auto &c : cur.databases) {
        if (!selected(c, database))
            continue;
        const DatabaseCounters *p = before.value(c.datid, nullptr);
        if (p && wasReset(*p, c)) {
            ++out.resets;
            p = nullptr; // counted since the reset
        }
        add(out, c, p);
    }
    return out;
}

std::optional<ServerStatsPoint> ratePoint(const ServerStatsSample &prev, const ServerStatsSample &cur,
                                          const QString &database) {
    if (!prev.isValid() || !cur.isValid() || cur.serverMs <= prev.serverMs)
        return std::nullopt;
    const CounterDeltas d = counterDeltas(prev, cur, database);
    const double dt = double(cur.serverMs - prev.serverMs) / 1000.0;
    ServerStatsPoint p;
    p.tsMs = cur.localMs;
    p.intervalS = dt;
    p.commits = double(d.commits) / dt;
    p.rollbacks = double(d.rollbacks) / dt;
    p.inserted = double(d.inserted) / dt;
    p.updated = double(d.updated) / dt;
    p.deleted = double(d.deleted) / dt;
    p.fetched = double(d.fetched) / dt;
    p.returned = double(d.returned) / dt;
    p.blksRead = double(d.blksRead) / dt;
    p.blksHit = double(d.blksHit) / dt;
    qint64 hits = d.blksHit, reads = d.blksRead;
    if (hits + reads == 0) { // nothing read in the interval: the cumulative ratio
        hits = reads = 0;
        for (const auto &c : cur.databases)
            if (selected(c, database)) {
                hits += c.blksHit;
                reads += c.blksRead;
            }
    }
    p.hitRatio = hits + reads > 0 ? double(hits) / double(hits + reads) : -1;
    for (const auto &c : cur.databases) {
        if (!selected(c, database))
            continue;
        p.active += c.active;
        p.waiting += c.waiting;
        p.idleInTransaction += c.idleInTransaction;
        p.idle += c.idle;
        p.other += c.other;
    }
    return p;
}

} // namespace monitor
