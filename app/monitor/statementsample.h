#pragma once

#include "monitor/statementcounters.h"

#include <QList>

namespace pg {
class Result;
}

namespace monitor {

// One refresh of pg_stat_statements: every entry's cumulative counters at tsMs, plus what
// pg_stat_statements_info says (14+) about evictions and the last full reset.
struct StatementSample {
    qint64 tsMs = 0;
    QList<StatementCounters> rows;
    qint64 dealloc = -1;      // entries evicted since the last reset; -1 unknown (< 14)
    qint64 statsResetMs = 0;  // last pg_stat_statements_reset() of everything; 0 unknown
    int hiddenStatements = 0; // entries whose query id and text this role may not see

    // Parses the rows of statements*.sql and statements_info*.sql. Entries without a query
    // id (other roles' statements without pg_read_all_stats) are folded per (user, database).
    // Pure CPU work: safe on a worker thread.
    static StatementSample fromResults(const pg::Result &counters, const pg::Result &info, qint64 tsMs);
};

} // namespace monitor
