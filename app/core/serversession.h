#pragma once

#include "core/profile.h"
#include "pg/connection.h"

#include <QObject>

namespace core {

// One server the user is connected to: its profile, the read-only monitoring connection
// every page polls through, and a factory for purpose-specific connections (actions,
// EXPLAIN, migrations) so a long statement never stalls the live views.
class ServerSession : public QObject {
    Q_OBJECT
public:
    ServerSession(Profile profile, QString password, QObject *parent = nullptr);
    ~ServerSession() override;

    const Profile &profile() const { return m_profile; }
    // The SSH key passphrase and TLS key password (from the keyring), before open().
    void setKeySecrets(const KeySecrets &secrets) { m_keySecrets = secrets; }
    pg::ConnInfo connInfo() const; // with the password when one was given
    // Stable name of the server for the history store and audit log: "host:port".
    QString historyKey() const;
    // The same name for any connection string (`pgdba record` writes under it).
    static QString historyKeyFor(const pg::ConnInfo &info);
    pg::Connection *monitor() const { return m_monitor; }
    const pg::ServerFacts &facts() const { return m_monitor->facts(); }
    pg::Connection::State state() const { return m_monitor->state(); }
    double lastRoundTripMs() const { return m_monitor->lastRoundTripMs(); }

    QCoro::Task<std::optional<pg::Error>> open();
    // The monitoring connection's client-side deadline per query (pg::Connection::Options::
    // queryDeadlineMs); the setting "connection/queryDeadlineMs" overrides it.
    static constexpr int DefaultRefreshMs = 2000;
    static int monitorDeadlineMs(int refreshMs, int statementTimeoutMs);
    // A fresh connection for one purpose, owned by parent; application_name "pgdba <purpose>".
    QCoro::Task<pg::Connection *> openConnection(QString purpose, QObject *parent,
                                                 pg::Connection::Options opts = {});

Q_SIGNALS:
    void stateChanged();

private:
    Profile m_profile;
    QString m_password;
    KeySecrets m_keySecrets;
    pg::Connection *m_monitor;
};

} // namespace core
