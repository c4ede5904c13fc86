#pragma once

#include "pg/conninfo.h"

#include <QString>

namespace core {

// A saved server. Never holds a password: that goes to the keyring (PasswordStore)
// or comes from ~/.pgpass / PGPASSWORD, as in psql.
struct Profile {
    QString id;   // stable key (uuid)
    QString name; // shown in the server list
    QString host;
    int port = 0; // 0 = libpq default
    QString dbname;
    QString user;
    QString sslmode;        // empty = libpq default (prefer)
    int connectTimeoutS = 10;
    QString dsn;            // URI / conninfo / service string, used when set (password stripped)

    pg::ConnInfo connInfo() const;
    QString displayName() const { return name.isEmpty() ? connInfo().displayName() : name; }
    // A profile from a DSN typed by the user; any password in it is removed and returned.
    static Profile fromDsn(const QString &dsn, QString *passwordOut = nullptr);
};

} // namespace core
