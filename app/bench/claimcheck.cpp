#include "bench/claimcheck.h"

#include "pg/connection.h"
#include "pg/sqlfile.h"

namespace bench {

QString ClaimCheck::orderIdArray(const QList<ReportedClaim> &reported) {
    QStringList parts;
    parts.reserve(reported.size());
    for (const auto &c : reported)
        parts << QString::number(c.orderId);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString ClaimCheck::courierIdArray(const QList<ReportedClaim> &reported) {
    QStringList parts;
    parts.reserve(reported.size());
    for (const auto &c : reported)
        parts << QString::number(c.courierId);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

bool ClaimCheck::judge(const CheckResult &r) {
    return r.performed && r.error.isEmpty() && r.doubleClaims == 0 && r.reported == r.reportedOrders &&
           r.reported == r.storedEvents && r.notInOrders == 0 && r.notInEvents == 0 &&
           r.unreportedEvents == 0 && r.deadlocks == 0;
}

QCoro::Task<CheckResult> ClaimCheck::run(QPointer<pg::Connection> c, QString runId,
                                         QList<ReportedClaim> reported, qint64 deadlocksBefore,
                                         qint64 clientDeadlocks) {
    CheckResult out;
    out.performed = true;
    if (!c || !c->isReady()) {
        out.error = QStringLiteral("no connection");
        co_return out;
    }
    QVariantList byRun;
    byRun << runId;
    const pg::Result doubles =
        co_await c->query(pg::sqlFile(QStringLiteral("bench/check_double_claims")), byRun);
    if (!c)
        co_return out;
    if (!doubles.ok()) {
        out.error = doubles.error()->toString();
        co_return out;
    }
    out.doubleClaims = doubles.rows();
    for (int row = 0; row < doubles.rows() && out.examples.size() < 5; ++row)
        out.examples
            << QStringLiteral("order %1: couriers %2")
                   .arg(doubles.text(row, "order_id"),
                        doubles.text(row, "couriers").replace(QLatin1Char(','), QStringLiteral(", ")));

    QVariantList params;
    params << runId << orderIdArray(reported) << courierIdArray(reported);
    const pg::Result counts =
        co_await c->query(pg::sqlFile(QStringLiteral("bench/check_reported_claims")), params);
    if (!c)
        co_return out;
    if (!counts.ok() || counts.rows() != 1) {
        out.error = counts.ok() ? QStringLiteral("no result") : counts.error()->toString();
        co_return out;
    }
    out.reported = counts.int64(0, "reported");
    out.reportedOrders = counts.int64(0, "reported_orders");
    out.storedEvents = counts.int64(0, "stored_events");
    out.notInOrders = counts.int64(0, "not_in_orders");
    out.notInEvents = counts.int64(0, "not_in_events");
    out.unreportedEvents = counts.int64(0, "unreported_events");

    const pg::Result dl = co_await c->query(pg::sqlFile(QStringLiteral("bench/deadlocks")));
    if (!c)
        co_return out;
    if (dl.ok() && dl.rows() == 1)
        out.deadlocks = qMax(dl.int64(0, "deadlocks") - deadlocksBefore, clientDeadlocks);
    else
        out.deadlocks = clientDeadlocks;
    out.ok = judge(out);
    co_return out;
}

} // namespace bench
