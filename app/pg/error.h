#pragma once

#include <QMetaType>
#include <QString>

struct pg_result;

namespace pg {

// An error as a value: everything the server (or libpq) said about a failure.
struct Error {
    enum class Kind { Server, Connection, Timeout, Cancelled, Client };

    Kind kind = Kind::Server;
    QString sqlState;  // e.g. "42501"; empty for client-side failures
    QString severity;  // ERROR, FATAL, ...
    QString message;
    QString detail;
    QString hint;
    QString statement;
    int position = 0;  // 1-based character position in the statement, 0 if none

    static Error fromResult(const pg_result *res, const QString &statement = {});
    static Error connection(const QString &message);
    static Error client(const QString &message);
    static Error timeout(const QString &message);

    bool isInsufficientPrivilege() const { return sqlState == QLatin1String("42501"); }
    bool isQueryCanceled() const { return sqlState == QLatin1String("57014"); }
    bool isConnectionLoss() const;
    // One line for a banner or a log: "ERROR 42601: syntax error at or near ..."
    QString toString() const;
};

} // namespace pg

Q_DECLARE_METATYPE(pg::Error)
