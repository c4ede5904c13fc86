#include "pg/error.h"

#include "pg/secrets.h"

#include <libpq-fe.h>

namespace pg {

namespace {
QString field(const PGresult *res, int code) {
    const char *v = PQresultErrorField(res, code);
    return v ? QString::fromUtf8(v) : QString();
}
} // namespace

Error Error::fromResult(const PGresult *res, const QString &statement) {
    Error e;
    e.kind = Kind::Server;
    e.statement = statement;
    if (!res) {
        e.kind = Kind::Connection;
        e.message = QStringLiteral("no result from server");
        return e;
    }
    e.sqlState = field(res, PG_DIAG_SQLSTATE);
    e.severity = field(res, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (e.severity.isEmpty())
        e.severity = field(res, PG_DIAG_SEVERITY);
    e.message = field(res, PG_DIAG_MESSAGE_PRIMARY);
    if (e.message.isEmpty())
        e.message = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    e.detail = field(res, PG_DIAG_MESSAGE_DETAIL);
    e.hint = field(res, PG_DIAG_MESSAGE_HINT);
    e.position = field(res, PG_DIAG_STATEMENT_POSITION).toInt();
    if (e.sqlState.startsWith(QLatin1String("08")) || e.sqlState == QLatin1String("57P01") ||
        e.sqlState == QLatin1String("57P02") || e.sqlState == QLatin1String("57P03"))
        e.kind = Kind::Connection;
    if (e.sqlState == QLatin1String("57014"))
        e.kind = Kind::Cancelled;
    return e;
}

Error Error::connection(const QString &message) {
    Error e;
    e.kind = Kind::Connection;
    e.sqlState = QStringLiteral("08006");
    e.severity = QStringLiteral("FATAL");
    // libpq echoes a connection string it cannot parse, password included.
    e.message = redactPasswords(message.trimmed());
    return e;
}

Error Error::client(const QString &message) {
    Error e;
    e.kind = Kind::Client;
    e.severity = QStringLiteral("ERROR");
    e.message = message;
    return e;
}

Error Error::timeout(const QString &message) {
    Error e = connection(message);
    e.kind = Kind::Timeout;
    return e;
}

bool Error::isConnectionLoss() const {
    return kind == Kind::Connection || kind == Kind::Timeout;
}

QString Error::toString() const {
    QString s = severity.isEmpty() ? QStringLiteral("ERROR") : severity;
    if (!sqlState.isEmpty())
        s += QLatin1Char(' ') + sqlState;
    s += QStringLiteral(": ") + message;
    if (!detail.isEmpty())
        s += QStringLiteral(" (") + detail + QLatin1Char(')');
    if (!hint.isEmpty())
        s += QStringLiteral(" Hint: ") + hint;
    return s;
}

} // namespace pg
