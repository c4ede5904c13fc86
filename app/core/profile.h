#pragma once

#include "pg/conninfo.h"

#include <QString>

namespace core {

// A saved server. Never holds a password: that goes to the keyring (PasswordStore)
// or comes from ~/.pgpass / PGPASSWORD, as in psql.
struct Profile {
    QString id;    // stable key (uuid)
    QString name;  // shown in the server list
    QString group; // folder of the Fleet page (`pgdba server add --group`); empty = none
    QString host;
    int port = 0; // 0 = libpq default
    QString dbname;
    QString user;
    QString sslmode; // empty = libpq default (prefer)
    int connectTimeoutS = 10;
    QString dsn; // URI / conninfo / service string, used when set (password stripped)
    // TLS (libpq keywords); the client key's passphrase (sslpassword) lives in the keyring.
    QString sslrootcert, sslcert, sslkey, sslcrl;
    QString sslMinProtocol; // ssl_min_protocol_version, empty = libpq default (TLSv1.2)
    // SSH tunnel: empty sshHost = none. The key's passphrase lives in the keyring.
    QString sshHost;
    int sshPort = 22;
    QString sshUser;
    QString sshKeyFile; // empty = ssh-agent
    QString sshJump;    // user@host[:port], empty = none

    // The keyring entries beside the password (PasswordStore ids).
    static QString sshPassphraseId(const QString &profileId) {
        return profileId + QStringLiteral("/ssh-key");
    }
    static QString sslKeyPasswordId(const QString &profileId) {
        return profileId + QStringLiteral("/ssl-key");
    }

    pg::ConnInfo connInfo() const; // without secrets
    ssh::Route sshRoute() const;   // isSet() false when no tunnel
    QString displayName() const { return name.isEmpty() ? connInfo().displayName() : name; }
    // A profile from a DSN typed by the user; any password in it is removed and returned.
    static Profile fromDsn(const QString &dsn, QString *passwordOut = nullptr);
};

// The secrets a connection may need besides the password, read from the keyring.
struct KeySecrets {
    QString sshPassphrase;
    QString sslKeyPassword;
};

} // namespace core
