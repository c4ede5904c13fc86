#pragma once

#include "core/serversession.h"
#include "explain/explainrunner.h"
#include "pg/connection.h"

#include <QObject>
#include <QPointer>

namespace history {
class Store;
}

namespace explain {

// The Explain page's link to the server: a dedicated connection ("pgdba explain", opened on
// first use through ServerSession::openConnection, or to another database of the same server
// when a request names one), the statement assessment, the run and Cancel.
class ExplainSession : public QObject {
    Q_OBJECT
public:
    explicit ExplainSession(QObject *parent = nullptr);
    ~ExplainSession() override;

    // Follows the current server; the old connection is closed.
    void setServer(core::ServerSession *server);
    // Where signals sent by a confirmed EXPLAIN ANALYZE are audited (explainaudit.h).
    void setAuditStore(history::Store *store);
    core::ServerSession *server() const { return m_server; }
    pg::Connection *connection() const { return m_connection; }
    bool isRunning() const { return m_running; }

    // Assesses the statement (statementAssessed is emitted before it runs, so the page can say
    // it will be rolled back), then runs it. `database` empty: the server's own database.
    QCoro::Task<ExplainOutcome> run(ExplainRequest request, QString database = {});
    // Asks the server to cancel the running EXPLAIN (the outcome then says cancelled).
    QCoro::Task<bool> cancel();

Q_SIGNALS:
    void statementAssessed(const explain::StatementSafety &safety);
    void runningChanged(bool running);
    void connected(const QString &description); // "postgres@127.0.0.1:5432/db"

private:
    QCoro::Task<pg::Connection *> ensureConnection(QString database);
    void setRunning(bool running);

    QPointer<core::ServerSession> m_server;
    QPointer<history::Store> m_audit;
    QPointer<pg::Connection> m_connection;
    QString m_database;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace explain
