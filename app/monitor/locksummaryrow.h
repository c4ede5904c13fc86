#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pg {
class Result;
}

namespace monitor {

// One group of the all-locks view: every lock of one mode on one relation (or of one
// non-relation lock type) in one database (sql/monitor/locks_summary.sql).
struct LockSummaryRow {
    QString database;
    QString lockType;
    QString mode;
    QString relation; // empty when not a relation lock or not resolvable from this database
    qint64 relationOid = 0;
    qint64 granted = 0;
    qint64 waiting = 0;
    qint64 transactions = 0;
    qint64 prepared = 0; // held by prepared transactions
    qint64 oldestXactMs = -1;
    QList<qint64> pids; // a few of the holders/waiters
    QStringList applications;

    QString key() const;        // identity across refreshes
    QString objectText() const; // "orders", "relation 16390 (other database)", "advisory locks", ...
};

struct LockSummary {
    QList<LockSummaryRow> rows;
    qint64 groupsTotal = 0; // before the row limit
    qint64 locksTotal = 0;

    static LockSummary fromResult(const pg::Result &r);
    bool truncated() const { return groupsTotal > rows.size(); }
};

} // namespace monitor
