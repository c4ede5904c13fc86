#include "monitor/healthcollector.h"

#include "monitor/healthrunner.h"
#include "monitor/poller.h"
#include "pg/connection.h"

namespace monitor {

HealthCollector::HealthCollector(QObject *parent)
    : QObject(parent)
    , m_poller(new Poller(this)) {
    m_poller->setInterval(RefreshMs);
    m_poller->setJob([this](quint64 gen) { return refresh(gen); });
    connect(m_poller, &Poller::refreshed, this, [this] {
        if (m_recheckPending) {
            m_recheckPending = false;
            m_poller->refreshNow();
        }
    });
}

HealthCollector::~HealthCollector() = default;

void HealthCollector::setServer(pg::Connection *conn) {
    m_poller->invalidate();
    m_conn = conn;
}

void HealthCollector::recheck() {
    // A check in flight uses the old thresholds: invalidate() forgets it (its result is
    // dropped) and a new one starts at once.
    m_poller->invalidate();
    m_poller->refreshNow();
}

QCoro::Task<HealthReport> HealthCollector::check(pg::Connection *conn, HealthThresholds thresholds) {
    co_return co_await runHealthChecks(conn, thresholds);
}

QCoro::Task<void> HealthCollector::refresh(quint64 gen) {
    QPointer<HealthCollector> self(this);
    QPointer<pg::Connection> conn = m_conn;
    if (!conn || !conn->isReady())
        co_return;
    const HealthReport report = co_await check(conn, m_thresholds);
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    Q_EMIT reportReady(report);
}

} // namespace monitor
