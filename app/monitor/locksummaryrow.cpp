#include "monitor/locksummaryrow.h"

#include "pg/result.h"

#include <QCoreApplication>

namespace monitor {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(monitor_LockSummaryRow)
};
} // namespace

QString LockSummaryRow::key() const {
    return database + QLatin1Char('\x1f') + QString::number(relationOid) + QLatin1Char('\x1f') + lockType +
           QLatin1Char('\x1f') + mode;
}

QString LockSummaryRow::objectText() const {
    if (!relation.isEmpty())
        return relation;
    if (relationOid != 0)
        return Tr::tr("relation %1 (in %2)")
            .arg(relationOid)
            .arg(database.isEmpty() ? Tr::tr("another database") : database);
    if (lockType == QLatin1String("transactionid"))
        return Tr::tr("transaction ids");
    if (lockType == QLatin1String("virtualxid"))
        return Tr::tr("virtual transaction ids");
    if (lockType == QLatin1String("advisory"))
        return Tr::tr("advisory locks");
    if (lockType == QLatin1String("object"))
        return Tr::tr("database objects");
    return lockType;
}

LockSummary LockSummary::fromResult(const pg::Result &r) {
    LockSummary s;
    if (!r.ok())
        return s;
    s.rows.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i) {
        LockSummaryRow x;
        x.database = r.text(i, "database");
        x.lockType = r.text(i, "locktype");
        x.mode = r.text(i, "mode");
        x.relation = r.text(i, "relation");
        x.relationOid = r.int64(i, "relation_oid");
        x.granted = r.int64(i, "granted");
        x.waiting = r.int64(i, "waiting");
        x.transactions = r.int64(i, "transactions");
        x.prepared = r.int64(i, "prepared");
        x.oldestXactMs = r.isNull(i, "oldest_xact_ms") ? -1 : r.int64(i, "oldest_xact_ms");
        x.pids = r.int64Array(i, "pids");
        x.applications = r.textArray(i, "applications");
        s.rows << x;
        if (i == 0) {
            s.groupsTotal = r.int64(i, "groups_total");
            s.locksTotal = r.int64(i, "locks_total");
        }
    }
    return s;
}

} // namespace monitor
