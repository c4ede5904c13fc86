#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include "ssh/route.h"

#include <qcoro/qcorotask.h>

namespace pg {

// What to connect to: a URI / conninfo string / service name (expanded by libpq, like
// psql's first argument) plus explicit keyword overrides. Empty means "PG* environment
// variables, ~/.pgpass and pg_service.conf decide", exactly as in psql.
class ConnInfo {
public:
    ConnInfo() = default;
    explicit ConnInfo(QString dsn)
        : m_dsn(std::move(dsn)) {}

    static ConnInfo fromString(const QString &dsn) { return ConnInfo(dsn); }
    // Validates the syntax without touching the network; empty string when fine.
    QString validate() const;

    const QString &dsn() const { return m_dsn; }
    void set(const QByteArray &key, const QString &value);
    void unset(const QByteArray &key) { m_overrides.remove(key); }
    QString get(const QByteArray &key) const; // effective value from overrides, then dsn
    bool has(const QByteArray &key) const { return m_overrides.contains(key); }
    const QMap<QByteArray, QString> &overrides() const { return m_overrides; }

    // The effective options libpq would use (dsn expanded, overrides applied, env defaults).
    QMap<QByteArray, QString> effective() const;
    QString displayName() const; // user@host:port/dbname, never the password
    QString password() const { return get("password"); }
    // A copy with any password removed from both the dsn and the overrides.
    ConnInfo withoutPassword() const;
    // A conninfo string (key='value' ...) of the effective options, for saving/showing.
    QString toConnString(bool includePassword = false) const;

    // Resolve host names off the GUI thread and return a copy with hostaddr set, so
    // PQconnectPoll never calls the blocking getaddrinfo on the event loop.
    QCoro::Task<ConnInfo> resolved() const;
    // Set by resolved() when a host name does not resolve (libpq's wording).
    const QString &resolveError() const { return m_resolveError; }

    // Reach the server through an SSH tunnel (pg::Connection opens it); not part of the dsn.
    void setSsh(const ssh::Route &route) { m_ssh = route; }
    const ssh::Route &ssh() const { return m_ssh; }
    // Where the tunnel must lead: the effective host (first of a list; "localhost" when none)
    // and port. Empty host with *error when the dsn names a Unix socket.
    QString sshTarget(int *port, QString *error) const;

    // keyword/value arrays for PQconnectStartParams with expand_dbname = 1.
    QList<QByteArray> keywords() const;
    QList<QByteArray> values() const;

private:
    static QStringList lookupHosts(const QStringList &hosts);
    static ConnInfo applyResolution(ConnInfo copy, const QStringList &hosts, const QStringList &addrs);
    QString m_dsn;
    QMap<QByteArray, QString> m_overrides;
    QString m_resolveError;
    ssh::Route m_ssh;
};

} // namespace pg
