#pragma once

#include "migrate/check.h"
#include "migrate/plan.h"
#include "pg/error.h"

#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace migrate {

struct PreflightOptions {
    int lockTimeoutMs = 5000;       // used for the run and shown as a check
    int longTransactionSeconds = 5; // transactions open longer than this are listed
};

// Everything worth knowing before a plan runs, as pass/info/warn/fail checks. Reads only
// (the dry runs happen in transactions that are rolled back); run it on the connection the
// migration will use, so the same role, search_path and lock timeout apply.
class Preflight {
public:
    static QCoro::Task<PreflightReport> run(pg::Connection *c, Plan plan, PreflightOptions options = {});
    // Recovery: drop an INVALID index a failed concurrent build left (quoted, qualified name).
    static QCoro::Task<std::optional<pg::Error>> dropIndex(pg::Connection *c, QString qualifiedName);
    static QString dropIndexSql(const QString &qualifiedName);
    // Applies lock_timeout (ms) and clears statement/idle timeouts on the migration connection.
    static QCoro::Task<std::optional<pg::Error>> setupSession(pg::Connection *c, int lockTimeoutMs);
};

} // namespace migrate
