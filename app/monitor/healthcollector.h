#pragma once

#include "monitor/healththresholds.h"
#include "monitor/healthtypes.h"

#include <QObject>
#include <QPointer>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace monitor {

class Poller;

// The Health page's data, without a widget: runs the health checks (runHealthChecks:
// sql/health/*.sql, judged with the thresholds) on its poller, every minute while active.
// `pgdba health` calls check() once.
class HealthCollector : public QObject {
    Q_OBJECT
public:
    static constexpr int RefreshMs = 60000;

    explicit HealthCollector(QObject *parent = nullptr);
    ~HealthCollector() override;

    void setServer(pg::Connection *conn);
    void setThresholds(const HealthThresholds &t) { m_thresholds = t; }
    const HealthThresholds &thresholds() const { return m_thresholds; }
    Poller *poller() const { return m_poller; }
    // Check now; when a check is in flight, drop its result and check again right after it.
    void recheck();

    static QCoro::Task<HealthReport> check(pg::Connection *conn, HealthThresholds thresholds);

Q_SIGNALS:
    void reportReady(const monitor::HealthReport &report);

private:
    QCoro::Task<void> refresh(quint64 generation);

    Poller *m_poller;
    QPointer<pg::Connection> m_conn;
    HealthThresholds m_thresholds;
    bool m_recheckPending = false;
};

} // namespace monitor
