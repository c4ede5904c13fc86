#include "explain/explainsession.h"

#include "core/serversession.h"
#include "explain/explainaudit.h"
#include "history/store.h"
#include "pg/connection.h"

namespace explain {

ExplainSession::ExplainSession(QObject *parent)
    : QObject(parent) {}

ExplainSession::~ExplainSession() = default;

void ExplainSession::setAuditStore(history::Store *store) {
    m_audit = store;
}

void ExplainSession::setServer(core::ServerSession *server) {
    if (server == m_server)
        return;
    m_server = server;
    if (m_connection) {
        m_connection->close();
        m_connection->deleteLater();
    }
    m_connection = nullptr;
    m_database.clear();
}

void ExplainSession::setRunning(bool running) {
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

QCoro::Task<pg::Connection *> ExplainSession::ensureConnection(QString database) {
    QPointer<ExplainSession> self(this);
    if (m_connection && m_connection->isReady() && database == m_database)
        co_return m_connection.data();
    if (m_connection) {
        m_connection->close();
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    if (!m_server)
        co_return nullptr;
    pg::Connection *c = nullptr;
    if (database.isEmpty()) {
        c = co_await m_server->openConnection(QStringLiteral("explain"), this);
    } else {
        // Same server and credentials, another database.
        c = new pg::Connection(this);
        pg::Connection::Options o;
        o.applicationName = QStringLiteral("pgdba explain");
        c->setOptions(o);
        pg::ConnInfo info = m_server->connInfo();
        info.set("dbname", database);
        co_await c->open(info);
    }
    if (!self)
        co_return nullptr;
    m_connection = c;
    m_database = database;
    if (c->isReady())
        Q_EMIT connected(c->connInfo().displayName());
    co_return c;
}

QCoro::Task<ExplainOutcome> ExplainSession::run(ExplainRequest request, QString database) {
    QPointer<ExplainSession> self(this);
    ExplainOutcome out;
    if (m_running) {
        out.error = pg::Error::client(tr("An EXPLAIN is already running."));
        co_return out;
    }
    if (!m_server) {
        out.error = pg::Error::connection(tr("not connected to a server"));
        co_return out;
    }
    setRunning(true);
    m_cancelRequested = false;
    pg::Connection *c = co_await ensureConnection(database);
    if (!self)
        co_return out;
    if (!c || !c->isReady()) {
        out.error = pg::Error::connection(c ? c->lastError() : tr("not connected to a server"));
        setRunning(false);
        co_return out;
    }
    out = co_await assessAndRun(
        c, request, [this](const StatementSafety &s) { Q_EMIT statementAssessed(s); }, &m_cancelRequested);
    if (!self)
        co_return out;
    if (m_server && m_connection)
        auditSignals(m_audit, m_server->historyKey(), m_connection->facts().database,
                     m_connection->facts().role, request, out);
    setRunning(false);
    co_return out;
}

QCoro::Task<bool> ExplainSession::cancel() {
    if (!m_running)
        co_return false;
    m_cancelRequested = true;
    if (!m_connection)
        co_return false;
    co_return co_await m_connection->cancel();
}

} // namespace explain
