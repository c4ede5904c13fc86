#pragma once

#include "monitor/healthtypes.h"
#include "monitor/serverstatspoint.h"
#include "pg/error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace monitor {

class Poller;

// One database of the Overview page's table (sql/monitor/databases.sql).
struct OverviewDatabase {
    QString name;
    std::optional<qint64> sizeBytes; // empty: the role may not connect
    qint64 connections = 0;
    qint64 commits = 0;
    qint64 rollbacks = 0;
    qint64 xidAge = 0;
};

// The server at a glance (sql/monitor/overview.sql + databases.sql), or why it could not be read.
struct OverviewData {
    std::optional<pg::Error> error;
    qint64 uptimeS = 0;
    qint64 connections = 0;
    qint64 maxConnections = 0;
    qint64 active = 0;
    qint64 idleInTransaction = 0;
    qint64 waiting = 0; // on a heavyweight lock
    qint64 idle = 0;
    qint64 longRunning = 0; // active for more than a minute
    bool inRecovery = false;
    std::optional<double> cacheHitRatio; // 0..1; empty before any block was read
    QList<OverviewDatabase> databases;
    bool ok() const { return !error.has_value(); }
    std::optional<qint64> totalSizeBytes() const; // of the databases whose size could be read
};

// One line of the landing page's alert area: a health check that is critical (or a warning),
// with the page that shows it. Until pgdba has alert rules of its own, the health report's
// criticals are the open alerts.
struct OverviewAlert {
    HealthStatus status = HealthStatus::Warning;
    QString checkId;
    QString title;
    QString summary;
};
// Critical checks first, then warnings, each in report order; at most `limit`.
QList<OverviewAlert> overviewAlerts(const HealthReport &report, int limit = 6);
// Transactions per second (commits + rollbacks) of the points, oldest first.
QList<double> transactionRates(const QList<ServerStatsPoint> &points);

// The Overview page's data, without a widget: reads the server facts and the databases on
// its poller (every 5 s while active). fetch() is the one-shot read a CLI or test calls.
class OverviewCollector : public QObject {
    Q_OBJECT
public:
    static constexpr int RefreshMs = 5000;

    explicit OverviewCollector(QObject *parent = nullptr);
    ~OverviewCollector() override;

    void setServer(pg::Connection *conn); // forgets a read in flight
    Poller *poller() const { return m_poller; }

    static QCoro::Task<OverviewData> fetch(pg::Connection *conn);

Q_SIGNALS:
    void dataReady(const monitor::OverviewData &data);

private:
    QCoro::Task<void> refresh(quint64 generation);

    Poller *m_poller;
    QPointer<pg::Connection> m_conn;
};

} // namespace monitor
