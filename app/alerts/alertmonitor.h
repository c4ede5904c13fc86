#pragma once

#include "alerts/engine.h"
#include "monitor/healththresholds.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
class Result;
} // namespace pg
namespace monitor {
class Poller;
}
namespace plans {
struct PlanChange;
}

namespace alerts {

// Counters the metrics are rates of, kept between readings.
struct MetricCounters {
    struct Blocks {
        qint64 tsMs;
        double hit, read;
    };
    QList<Blocks> blocks; // the cluster's block counters of the readings in the cache-hit window
    QHash<QString, std::pair<double, double>> statements; // key -> (calls, total ms)
    bool statementsValid = false;
};

// Pure: the values of one reading (sql/alerts/metrics.sql, and statements.sql when
// pg_stat_statements is there, taken at nowMs) given the counters of the earlier ones, which it
// updates. Cache hit is the ratio over at least the last CacheWindowMs (PostgreSQL backends flush
// their block counters at most once a second, so a shorter span sees one backend's lump and not
// the others': readings 200 ms apart swung across 99 % under a steady load), and needs at least
// MinCacheBlocks blocks in that span to say anything.
inline constexpr double MinCacheBlocks = 64;
inline constexpr qint64 CacheWindowMs = 3000;
Values metricsFromResult(const pg::Result &metrics, const pg::Result *statements, MetricCounters *counters,
                         qint64 nowMs);

// Pure: metric::PlanRegressionPct of a server's recent plan changes (plan history): the largest
// rise of the mean time from the old shape's captures to the new one's, in %; 0 when none rose or
// the means are unknown. *queryid: the statement it belongs to.
double planRegressionPct(const QList<plans::PlanChange> &changes, qint64 *queryid = nullptr);

// The alert collector: every interval reads the metrics on its connection (one small query,
// plus pg_stat_statements when installed), the health checks every healthIntervalMs, and emits
// valuesReady for the engine. Runs the same in the GUI (on the monitoring connection) and in
// `pgdba record` (its own connection).
class AlertMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 10000;
    static constexpr int DefaultHealthIntervalMs = 60000;

    explicit AlertMonitor(QObject *parent = nullptr);
    ~AlertMonitor() override;

    void setServer(pg::Connection *conn, const QString &serverKey, const QString &serverName = {});
    QString serverKey() const { return m_serverKey; }
    QString serverName() const { return m_serverName; }
    monitor::Poller *poller() const { return m_poller; }
    void setHealthIntervalMs(int ms) { m_healthIntervalMs = ms; } // 0: no health checks
    void setHealthThresholds(const monitor::HealthThresholds &t) { m_thresholds = t; }
    // The history store's connection name: plan changes of the last planWindowMs are read from it
    // (on a worker) for metric::PlanRegressionPct. Empty: no such metric.
    void setPlanStore(const QString &storeConnection, qint64 planWindowMs = 24 * 3600 * 1000) {
        m_planStore = storeConnection;
        m_planWindowMs = planWindowMs;
    }
    int readings() const { return m_readings; }

Q_SIGNALS:
    void valuesReady(const QString &serverKey, const QString &serverName, qint64 tsMs,
                     const alerts::Values &values);
    void failed(const QString &message);

private:
    QCoro::Task<void> refresh(quint64 generation);

    monitor::Poller *m_poller;
    QPointer<pg::Connection> m_conn;
    QString m_serverKey;
    QString m_serverName;
    MetricCounters m_counters;
    int m_healthIntervalMs = DefaultHealthIntervalMs;
    monitor::HealthThresholds m_thresholds;
    qint64 m_lastHealthMs = 0;
    double m_lastHealthCritical = -1;
    int m_readings = 0;
    QString m_planStore;
    qint64 m_planWindowMs = 0;
};

} // namespace alerts
