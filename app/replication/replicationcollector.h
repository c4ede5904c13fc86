#pragma once

#include "pg/error.h"
#include "replication/replicationpoint.h"
#include "replication/replicationsnapshot.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}
namespace history {
class Store;
}
namespace monitor {
class Poller;
}

namespace replication {

struct ReplicationFetch {
    ReplicationSnapshot snapshot;
    std::optional<pg::Error> error;
};

// The replication page's data: WAL senders, slots, the standby side, archiving, checkpoints
// and I/O (sql/replication/*.sql, version variants picked by pg::sqlFile), read through the
// monitoring connection while its poller is active, parsed on the thread pool. Each snapshot
// becomes a ReplicationPoint written to the history store (kind "replication", key "") and
// kept for the rolling window, which is read back from the store on server change.
class ReplicationCollector : public QObject {
    Q_OBJECT
public:
    explicit ReplicationCollector(QObject *parent = nullptr);
    ~ReplicationCollector() override;

    void setServer(pg::Connection *conn, const QString &serverKey);
    void setHistory(history::Store *store);
    void setWindowMs(qint64 ms);
    qint64 windowMs() const { return m_windowMs; }
    monitor::Poller *poller() const { return m_poller; }

    const ReplicationSnapshot &snapshot() const { return m_snapshot; }
    const QList<ReplicationPoint> &points() const { return m_points; }
    static QString historyKind() { return QStringLiteral("replication"); }

    // One read of everything (the refresh job, `pgdba replication`, the health checks).
    static QCoro::Task<ReplicationFetch> fetch(pg::Connection *conn);
    void addSnapshot(const ReplicationSnapshot &s);

Q_SIGNALS:
    void snapshotReady();
    void pointsReset();
    void sampleFailed(const pg::Error &error);

private:
    QCoro::Task<void> refresh(quint64 generation);
    void reload();
    void trim();

    monitor::Poller *m_poller;
    QPointer<pg::Connection> m_conn;
    QPointer<history::Store> m_history;
    QString m_serverKey;
    qint64 m_windowMs = 30 * 60 * 1000;
    ReplicationSnapshot m_snapshot;
    QList<ReplicationPoint> m_points;
    quint64 m_loadGeneration = 0;
};

} // namespace replication
