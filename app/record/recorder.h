#pragma once

#include "pg/conninfo.h"
#include "pg/reconnectpolicy.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
struct Error;
} // namespace pg
namespace history {
class Store;
}

namespace monitor {
class ActivityCollector;
class ServerStatsCollector;
class StatementsCollector;
} // namespace monitor
namespace sessionhistory {
class Sampler;
}
namespace alerts {
class AlertService;
}

namespace record {

// `pgdba record`: the collectors without a window. One read-only connection ("pgdba record")
// feeds the server statistics and activity collectors every interval and the statements
// collector every StatementsEveryMs; each writes to the history store under the same server
// key as the GUI (ServerSession::historyKeyFor), so the Dashboard shows what was recorded.
// Holds the store's recorder lock for the server, logs a line a minute, reconnects with
// backoff, and stops cleanly (in-flight samples finished and written) on stop().
class Recorder : public QObject {
    Q_OBJECT
public:
    enum ExitCode { Stopped = 0, BadDsn = 2, Refused = 3, StoreFailed = 4 };

    struct Options {
        pg::ConnInfo info;
        QString serverKey; // empty: ServerSession::historyKeyFor(info)
        QString name;      // shown in the log (a saved server's name), optional
        int intervalMs = 1000;
        qint64 durationMs = 0;         // 0: until stopped
        int statementsEveryMs = 10000; // 0: no statements sampling
        int logEveryMs = 60000;
        int sessionsEveryMs = 1000; // session history (Timeline); 0: off, else 500-10000
        int alertsEveryMs = 10000;  // alert rules (app/alerts); 0: off
        int alertsHealthEveryMs = 60000;
        pg::ReconnectPolicy reconnect{std::chrono::milliseconds(500), std::chrono::milliseconds(30000)};
    };

    Recorder(Options options, history::Store *store, QObject *parent = nullptr);
    ~Recorder() override;

    // Runs until stop() or the duration; returns the process exit code.
    QCoro::Task<int> run();
    void stop();

    QString serverKey() const { return m_options.serverKey; }
    int activitySamples() const;
    int serverSamples() const { return m_serverSamples; }
    int errors() const { return m_errors; }
    int sessionSamples() const;
    alerts::AlertService *alerts() const { return m_alerts; }

    // "1s", "500ms", "2m", "1h", "90" (seconds). -1 when unreadable.
    static qint64 parseDuration(const QString &text);
    // A connection failure that retrying cannot fix (authentication, unknown database, bad
    // options), as opposed to a server that is down or unreachable.
    static bool isFatalConnectError(const QString &message);

Q_SIGNALS:
    void logLine(const QString &line);
    void stopRequested();

private:
    QCoro::Task<bool> connectAll(bool first, int *exitCode);
    void closeAll();
    QCoro::Task<void> pause(int ms);
    void setCollecting(bool on);
    void logMinute();
    void log(const QString &text);
    bool anyInFlight() const;

    Options m_options;
    QPointer<history::Store> m_store;
    QList<pg::Connection *> m_conns; // one per collector: a lost server strands no queued query
    monitor::ServerStatsCollector *m_serverStats;
    monitor::ActivityCollector *m_activity;
    monitor::StatementsCollector *m_statements;
    sessionhistory::Sampler *m_sessions;
    alerts::AlertService *m_alerts = nullptr; // evaluates the alert rules on the fifth connection
    int m_lastSessions = 0;
    QTimer m_minute;
    bool m_stopping = false;
    bool m_lost = false;
    int m_serverSamples = 0;
    int m_errors = 0;
    int m_lastActivity = 0;
    int m_lastServer = 0;
    int m_lastStatementRows = 0;
    int m_lastErrors = 0;
    QString m_lastError;
};

} // namespace record
