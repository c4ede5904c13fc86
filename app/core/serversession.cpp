#include "core/serversession.h"

#include "pg/secrets.h"

#include <QSettings>

#include <algorithm>

namespace core {

ServerSession::ServerSession(Profile profile, QString password, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_password(std::move(password))
    , m_monitor(new pg::Connection(this)) {
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba monitor");
    o.readOnly = true;
    o.statementTimeoutMs = 10000;
    o.lockTimeoutMs = 1000;
    o.autoReconnect = true;
    o.queryDeadlineMs = QSettings()
                            .value(QStringLiteral("connection/queryDeadlineMs"),
                                   monitorDeadlineMs(DefaultRefreshMs, o.statementTimeoutMs))
                            .toInt();
    m_monitor->setOptions(o);
    connect(m_monitor, &pg::Connection::stateChanged, this, &ServerSession::stateChanged);
    connect(m_monitor, &pg::Connection::roundTrip, this, &ServerSession::stateChanged);
}

ServerSession::~ServerSession() = default;

int ServerSession::monitorDeadlineMs(int refreshMs, int statementTimeoutMs) {
    // Three refreshes missed, never under 10 s, and past the server's own statement_timeout
    // (a slow but healthy server answers that with 57014 first).
    return std::max({10000, 3 * refreshMs, statementTimeoutMs + 5000});
}

pg::ConnInfo ServerSession::connInfo() const {
    pg::ConnInfo c = m_profile.connInfo();
    if (!m_password.isEmpty())
        c.set("password", m_password);
    c.set("sslpassword", m_keySecrets.sslKeyPassword);
    if (c.ssh().isSet()) {
        ssh::Route r = c.ssh();
        r.keyPassphrase = m_keySecrets.sshPassphrase;
        c.setSsh(r);
    }
    return c;
}

QString ServerSession::historyKey() const {
    return historyKeyFor(m_profile.connInfo());
}

QString ServerSession::historyKeyFor(const pg::ConnInfo &info) {
    return pg::serverKey(info); // the audit log, the recorder and the CLI name a server alike
}

QCoro::Task<std::optional<pg::Error>> ServerSession::open() {
    co_return co_await m_monitor->open(connInfo());
}

QCoro::Task<pg::Connection *> ServerSession::openConnection(QString purpose, QObject *parent,
                                                            pg::Connection::Options opts) {
    auto *c = new pg::Connection(parent);
    opts.applicationName = QStringLiteral("pgdba ") + purpose;
    c->setOptions(opts);
    co_await c->open(connInfo());
    co_return c; // check c->isReady(); lastError() says why not
}

} // namespace core
