#pragma once

#include "migrate/check.h"
#include "migrate/statementinfo.h"

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace migrate {

// What the per-statement checks know about the run around them.
struct CheckContext {
    int serverVersionNum = 0;
    bool hypopg = false;        // HypoPG installed in this database
    QStringList tablesCreated;  // by earlier statements of the plan (lower-case, as written)
    QStringList indexesCreated; // index names created by earlier statements of the plan
};

// Preflight of one CREATE INDEX: table and columns exist, the role owns the table, a dry
// run on an empty copy of the table (PostgreSQL's own verdict and normal form), an index
// of the same name or an equivalent one, INVALID leftovers, the predicate's functions,
// sizes, BRIN correlation and sessions holding conflicting locks.
class IndexCheck {
public:
    // shape: PostgreSQL's normal form of the index (for duplicates within one plan).
    static QCoro::Task<QList<Check>> run(pg::Connection *c, StatementInfo s, CheckContext ctx,
                                         QString *shape);

    // Function names called in an index predicate (lower case), and SQL value functions
    // such as current_date that are not IMMUTABLE by definition.
    static QStringList predicateFunctions(const QString &predicate, QStringList *valueFunctions = nullptr);
    // The CREATE INDEX rewritten for the dry run on pg_temp.pgdba_preflight_copy.
    static QString dryRunStatement(const IndexDefinition &d);
    // Expected size of a B-tree from row count and column widths (no HypoPG).
    static qint64 estimateBtreeBytes(double rows, int tupleDataBytes);
};

} // namespace migrate
