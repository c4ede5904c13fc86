#include "monitor/overviewcollector.h"

#include "monitor/poller.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

namespace monitor {

OverviewCollector::OverviewCollector(QObject *parent)
    : QObject(parent)
    , m_poller(new Poller(this)) {
    m_poller->setInterval(RefreshMs);
    m_poller->setJob([this](quint64 gen) { return refresh(gen); });
}

OverviewCollector::~OverviewCollector() = default;

void OverviewCollector::setServer(pg::Connection *conn) {
    m_poller->invalidate();
    m_conn = conn;
}

QCoro::Task<OverviewData> OverviewCollector::fetch(pg::Connection *conn) {
    OverviewData out;
    QPointer<pg::Connection> c(conn);
    if (!c) {
        out.error = pg::Error::client(QObject::tr("not connected"));
        co_return out;
    }
    const pg::Result head = co_await c->query(pg::sqlFile(QStringLiteral("monitor/overview")));
    if (!head.ok()) {
        out.error = *head.error();
        co_return out;
    }
    if (!c) {
        out.error = pg::Error::client(QObject::tr("the connection was closed"));
        co_return out;
    }
    const pg::Result dbs = co_await c->query(pg::sqlFile(QStringLiteral("monitor/databases")));
    if (!dbs.ok()) {
        out.error = *dbs.error();
        co_return out;
    }
    if (head.rows() != 1) {
        out.error = pg::Error::client(QObject::tr("the server overview query returned no row"));
        co_return out;
    }
    out.uptimeS = head.int64(0, "uptime_s");
    out.connections = head.int64(0, "connections");
    out.maxConnections = head.int64(0, "max_connections");
    out.active = head.int64(0, "active");
    out.idleInTransaction = head.int64(0, "idle_in_transaction");
    out.waiting = head.int64(0, "waiting");
    out.idle = head.int64(0, "idle");
    out.longRunning = head.int64(0, "long_running");
    out.inRecovery = head.boolean(0, "in_recovery");
    if (!head.isNull(0, "cache_hit_ratio"))
        out.cacheHitRatio = head.dbl(0, "cache_hit_ratio");
    out.databases.reserve(dbs.rows());
    for (int r = 0; r < dbs.rows(); ++r) {
        OverviewDatabase d;
        d.name = dbs.text(r, "name");
        if (!dbs.isNull(r, "size_bytes"))
            d.sizeBytes = dbs.int64(r, "size_bytes");
        d.connections = dbs.int64(r, "connections");
        d.commits = dbs.int64(r, "commits");
        d.rollbacks = dbs.int64(r, "rollbacks");
        d.xidAge = dbs.int64(r, "xid_age");
        out.databases << d;
    }
    co_return out;
}

std::optional<qint64> OverviewData::totalSizeBytes() const {
    std::optional<qint64> total;
    for (const OverviewDatabase &d : databases)
        if (d.sizeBytes)
            total = total.value_or(0) + *d.sizeBytes;
    return total;
}

QList<OverviewAlert> overviewAlerts(const HealthReport &report, int limit) {
    QList<OverviewAlert> out;
    for (HealthStatus wanted : {HealthStatus::Critical, HealthStatus::Warning})
        for (const HealthCheck &c : report.checks)
            if (c.status == wanted && out.size() < limit)
                out.append({c.status, c.id, c.title, c.summary});
    return out;
}

QList<double> transactionRates(const QList<ServerStatsPoint> &points) {
    QList<double> out;
    out.reserve(points.size());
    for (const ServerStatsPoint &p : points)
        out << p.commits + p.rollbacks;
    return out;
}

QCoro::Task<void> OverviewCollector::refresh(quint64 gen) {
    QPointer<OverviewCollector> self(this);
    QPointer<pg::Connection> conn = m_conn;
    if (!conn || !conn->isReady())
        co_return;
    const OverviewData data = co_await fetch(conn);
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    Q_EMIT dataReady(data);
}

} // namespace monitor
