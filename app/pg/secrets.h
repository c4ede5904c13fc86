#pragma once

#include <QString>

namespace pg {

class ConnInfo;

// `text` (a DSN, a command line, an error message) with every password taken out: URI
// userinfo ("user:secret@" -> "user@"), "password=..." in conninfo strings and URI queries.
// Works on text libpq cannot parse, too.
QString redactPasswords(const QString &text);

// host:port, how the audit log and history name a server.
QString serverKey(const ConnInfo &info);

} // namespace pg
