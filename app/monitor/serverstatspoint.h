#pragma once

#include <QJsonObject>

namespace monitor {

// One point of the dashboard: per-second rates over the interval that ended at tsMs, and the
// sessions by state at that moment. This is what the history store keeps (kind "server").
struct ServerStatsPoint {
    qint64 tsMs = 0;      // local clock, epoch ms
    double intervalS = 0; // length of the interval the rates cover (server clock)
    double commits = 0;   // per second
    double rollbacks = 0;
    double inserted = 0;
    double updated = 0;
    double deleted = 0;
    double fetched = 0;
    double returned = 0;
    double blksRead = 0;
    double blksHit = 0;
    double hitRatio = -1; // 0..1 over the interval (cumulative when the interval read no block); -1 n/a
    int active = 0;
    int waiting = 0;
    int idleInTransaction = 0;
    int idle = 0;
    int other = 0;

    int sessions() const { return active + waiting + idleInTransaction + idle + other; }
    QJsonObject toJson() const;
    static ServerStatsPoint fromJson(qint64 tsMs, const QJsonObject &o);
    friend bool operator==(const ServerStatsPoint &, const ServerStatsPoint &) = default;
};

} // namespace monitor
