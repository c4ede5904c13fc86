#include "alerts/alertmonitor.h"

#include "plans/planstore.h"

#include "monitor/healthrunner.h"
#include "monitor/poller.h"
#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "pg/result.h"
#include "pg/sqlfile.h"

#include <QDateTime>
#include <QtConcurrent>

namespace alerts {

Values metricsFromResult(const pg::Result &r, const pg::Result *statements, MetricCounters *c, qint64 nowMs) {
    Values v;
    if (!r.ok() || r.rows() < 1)
        return v;
    const double maxConn = r.dbl(0, "max_connections");
    if (maxConn > 0)
        v.insert(QString::fromLatin1(metric::ConnectionsPct), 100.0 * r.dbl(0, "connections") / maxConn);
    v.insert(QString::fromLatin1(metric::LongestTransactionS), r.dbl(0, "longest_transaction_s"));
    v.insert(QString::fromLatin1(metric::BlockedSessions), r.dbl(0, "blocked_sessions"));
    if (!r.isNull(0, "replication_lag_bytes"))
        v.insert(QString::fromLatin1(metric::ReplicationLagMb),
                 r.dbl(0, "replication_lag_bytes") / (1024.0 * 1024.0));
    v.insert(QString::fromLatin1(metric::InactiveSlots), r.dbl(0, "inactive_slots"));
    if (!r.isNull(0, "wraparound_age"))
        v.insert(QString::fromLatin1(metric::WraparoundAge), r.dbl(0, "wraparound_age"));
    const double hit = r.dbl(0, "blks_hit");
    const double read = r.dbl(0, "blks_read");
    auto &blocks = c->blocks;
    if (!blocks.isEmpty() &&
        (hit < blocks.last().hit || read < blocks.last().read || nowMs < blocks.last().tsMs))
        blocks.clear(); // a stats reset (or the clock went back): start again
    blocks.append({nowMs, hit, read});
    // The base is the newest earlier reading at least the window old; older ones are not needed.
    while (blocks.size() > 2 && nowMs - blocks.at(1).tsMs >= CacheWindowMs)
        blocks.removeFirst();
    if (blocks.size() > 1 && nowMs - blocks.first().tsMs >= CacheWindowMs) {
        const double dh = hit - blocks.first().hit;
        const double dr = read - blocks.first().read;
        if (dh + dr >= MinCacheBlocks)
            v.insert(QString::fromLatin1(metric::CacheHitPct), 100.0 * dh / (dh + dr));
    }

    if (statements && statements->ok()) {
        QHash<QString, std::pair<double, double>> now;
        now.reserve(statements->rows());
        double slowest = 0;
        for (int i = 0; i < statements->rows(); ++i) {
            const QString key = statements->text(i, 0);
            const double calls = statements->dbl(i, "calls");
            const double total = statements->dbl(i, "total_ms");
            now.insert(key, {calls, total});
            if (!c->statementsValid)
                continue;
            const auto prev = c->statements.value(key, {0.0, 0.0});
            const double dc = calls - prev.first;
            const double dt = total - prev.second;
            if (dc >= 1 && dt >= 0)
                slowest = qMax(slowest, dt / dc);
        }
        if (c->statementsValid)
            v.insert(QString::fromLatin1(metric::StatementMeanMs), slowest);
        c->statements = std::move(now);
        c->statementsValid = true;
    } else {
        c->statements.clear();
        c->statementsValid = false;
    }
    return v;
}

double planRegressionPct(const QList<plans::PlanChange> &changes, qint64 *queryid) {
    double worst = 0;
    for (const plans::PlanChange &c : changes) {
        if (!c.before.meanMs || !c.after.meanMs || *c.before.meanMs <= 0)
            continue;
        const double rise = 100.0 * (*c.after.meanMs - *c.before.meanMs) / *c.before.meanMs;
        if (rise > worst) {
            worst = rise;
            if (queryid)
                *queryid = c.queryid;
        }
    }
    return worst;
}

AlertMonitor::AlertMonitor(QObject *parent)
    : QObject(parent)
    , m_poller(new monitor::Poller(this)) {
    m_poller->setInterval(DefaultIntervalMs);
    m_poller->setJob([this](quint64 gen) { return refresh(gen); });
}

AlertMonitor::~AlertMonitor() = default;

void AlertMonitor::setServer(pg::Connection *conn, const QString &serverKey, const QString &serverName) {
    m_poller->invalidate();
    m_conn = conn;
    m_serverKey = serverKey;
    m_serverName = serverName;
    m_counters = {};
    // The first health check after one health interval: connecting costs no full check run.
    m_lastHealthMs = QDateTime::currentMSecsSinceEpoch();
    m_lastHealthCritical = -1;
}

QCoro::Task<void> AlertMonitor::refresh(quint64 gen) {
    QPointer<AlertMonitor> self(this);
    QPointer<pg::Connection> conn = m_conn;
    if (!conn || !conn->isReady())
        co_return;
    const int version = conn->facts().versionNum;
    const pg::Result metrics = co_await conn->query(pg::sqlFile(QStringLiteral("alerts/metrics"), version));
    const qint64 readMs = QDateTime::currentMSecsSinceEpoch();
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    if (!metrics.ok()) {
        Q_EMIT failed(metrics.error()->message);
        co_return;
    }
    pg::Result statements;
    bool haveStatements = false;
    if (metrics.boolean(0, "has_statements") && conn) {
        statements = co_await conn->query(pg::sqlFile(QStringLiteral("alerts/statements"), version));
        if (!self || !m_poller->isCurrent(gen))
            co_return;
        haveStatements = statements.ok();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_healthIntervalMs > 0 && conn && conn->isReady() && now - m_lastHealthMs >= m_healthIntervalMs) {
        const monitor::HealthReport report = co_await monitor::runHealthChecks(conn, m_thresholds);
        if (!self || !m_poller->isCurrent(gen))
            co_return;
        m_lastHealthMs = now;
        m_lastHealthCritical = report.failure.isEmpty() ? report.count(monitor::HealthStatus::Critical) : -1;
    }
    // The statements delta walks up to pg_stat_statements.max rows: on the thread pool.
    MetricCounters counters = std::move(m_counters);
    const QString planStore = m_planStore;
    const QString serverKey = m_serverKey;
    const qint64 planSince = now - m_planWindowMs;
    auto work = QtConcurrent::run(
        [metrics, statements, haveStatements, counters, planStore, serverKey, planSince, readMs]() mutable {
            Values v = metricsFromResult(metrics, haveStatements ? &statements : nullptr, &counters, readMs);
            if (!planStore.isEmpty())
                v.insert(QString::fromLatin1(metric::PlanRegressionPct),
                         planRegressionPct(plans::PlanStore::readChanges(planStore, serverKey, planSince)));
            return std::make_pair(std::move(v), std::move(counters));
        });
    auto awaiter = pg::awaitFuture(work);
    auto result = co_await awaiter;
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    m_counters = std::move(result.second);
    Values values = std::move(result.first);
    if (m_lastHealthCritical >= 0)
        values.insert(QString::fromLatin1(metric::HealthCritical), m_lastHealthCritical);
    ++m_readings;
    Q_EMIT valuesReady(m_serverKey, m_serverName, QDateTime::currentMSecsSinceEpoch(), values);
}

} // namespace alerts
