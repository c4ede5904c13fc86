#include "core/serversession.h"

namespace core {

ServerSession::ServerSession(Profile profile, QString password, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_password(std::move(password))
    , m_monitor(new pg::Connection(this))
{
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba monitor");
    o.readOnly = true;
    o.statementTimeoutMs = 10000;
    o.lockTimeoutMs = 1000;
    o.autoReconnect = true;
    m_monitor->setOptions(o);
    connect(m_monitor, &pg::Connection::stateChanged, this, &ServerSession::stateChanged);
    connect(m_monitor, &pg::Connection::roundTrip, this, &ServerSession::stateChanged);
}

ServerSession::~ServerSession() = default;

pg::ConnInfo ServerSession::connInfo() const
{
    pg::ConnInfo c = m_profile.connInfo();
    if (!m_password.isEmpty())
        c.set("password", m_password);
    return c;
}

QString ServerSession::historyKey() const
{
    return historyKeyFor(m_profile.connInfo());
}

QString ServerSession::historyKeyFor(const pg::ConnInfo &info)
{
    const auto e = info.effective();
    QString host = e.value("host");
    if (host.isEmpty())
        host = e.value("hostaddr");
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    return host + QLatin1Char(':') + (e.value("port").isEmpty() ? QStringLiteral("5432") : e.value("port"));
}

QCoro::Task<std::optional<pg::Error>> ServerSession::open()
{
    co_return co_await m_monitor->open(connInfo());
}

QCoro::Task<pg::Connection *> ServerSession::openConnection(QString purpose, QObject *parent,
                                                            pg::Connection::Options opts)
{
    auto *c = new pg::Connection(parent);
    opts.applicationName = QStringLiteral("pgdba ") + purpose;
    c->setOptions(opts);
    co_await c->open(connInfo());
    co_return c; // check c->isReady(); lastError() says why not
}

} // namespace core
