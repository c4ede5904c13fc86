#pragma once

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
    std::optional<double> cacheHitRatio; // 0..1; empty before any block was read
    QList<OverviewDatabase> databases;
    bool ok() const { return !error.has_value(); }
};

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
