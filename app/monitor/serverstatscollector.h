#pragma once

#include "monitor/serverstatspoint.h"
#include "monitor/serverstatssample.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
struct Error;
} // namespace pg
namespace history {
class Store;
}

namespace monitor {

class Poller;

// The dashboard's data: samples pg_stat_database and session states through the monitoring
// connection (only while its poller is active), turns counter deltas into rates, keeps the
// points of the rolling window, writes every point to the history store as it arrives and
// reads the window back from it (so a restarted pgdba shows the last hours).
// History keys: kind "server", key "" for all databases, "db:<name>" for one database.
class ServerStatsCollector : public QObject {
    Q_OBJECT
public:
    explicit ServerStatsCollector(QObject *parent = nullptr);
    ~ServerStatsCollector() override;

    // The server to sample and its name in the history store (ServerSession::historyKey()).
    // Clears the points and loads the window from the history store.
    void setServer(pg::Connection *conn, const QString &serverKey);
    void setHistory(history::Store *store);
    void setDatabase(const QString &database); // empty: all databases
    QString database() const { return m_database; }
    void setWindowMs(qint64 ms);
    qint64 windowMs() const { return m_windowMs; }
    Poller *poller() const { return m_poller; }
    // How long the history store keeps samples (days; -1 without a store). Setting it deletes
    // what is now older at once.
    int retentionDays() const;
    void setRetentionDays(int days);
    // Where the history is kept (a file name, empty without a store).
    QString historyLocation() const;

    const QList<ServerStatsPoint> &points() const { return m_points; }
    const ServerStatsSample &lastSample() const { return m_last; }
    QString serverKey() const { return m_serverKey; }
    static QString historyKey(const QString &database);
    static QString historyKind() { return QStringLiteral("server"); }

    // Handles one sample as if the poller had read it (the refresh job calls this).
    void addSample(const ServerStatsSample &sample);
    // The window's points from the history store, read on a worker thread (a 24 h window holds
    // 86,400 samples); points that arrive meanwhile are kept. keep: show the current points
    // until the stored ones are there (a wider window), else start empty (another server).
    void reload(bool keep = false);
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void pointsReset();   // points() replaced: server, database, window, history
    void historyLoaded(); // a reload() finished (points() holds the stored window)
    void pointAdded(const monitor::ServerStatsPoint &point);
    void sampled(); // every successful sample, also the first one that only sets the baseline
    void sampleFailed(const pg::Error &error);

private:
    QCoro::Task<void> refresh(quint64 generation);
    void trim();
    void save(const QString &key, const ServerStatsPoint &p);

    Poller *m_poller;
    QPointer<pg::Connection> m_conn;
    QPointer<history::Store> m_history;
    QString m_serverKey;
    QString m_database;
    qint64 m_windowMs = 10 * 60 * 1000;
    ServerStatsSample m_last;
    QList<ServerStatsPoint> m_points;
    qint64 m_lastRetentionMs = 0;
    quint64 m_loadGeneration = 0;
    bool m_loading = false;
};

} // namespace monitor
