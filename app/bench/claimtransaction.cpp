#include "bench/claimtransaction.h"

#include "bench/statements.h"
#include "pg/connection.h"

#include <QPointer>

namespace bench {

QCoro::Task<ClaimTransaction::Result> ClaimTransaction::run(pg::Connection *conn, const Statements *sql,
                                                            qint64 orderId, int courierId, QString tag,
                                                            bool safe) {
    QPointer<pg::Connection> c(conn);
    Result out;
    auto failed = [&out](const pg::Result &r) {
        out.outcome = Outcome::Failed;
        out.error = r.error().value_or(pg::Error::client(QStringLiteral("unknown error")));
        return out;
    };
    pg::Result r = co_await c->query(sql->begin);
    if (!c)
        co_return out;
    if (!r.ok())
        co_return failed(r);
    QVariantList idParam;
    idParam << orderId;
    r = co_await c->query(safe ? sql->claimLock : sql->unsafeRead, idParam);
    if (!c)
        co_return out;
    if (r.ok() && r.rows() == 1) {
        QVariantList assign;
        assign << courierId << orderId;
        r = co_await c->query(safe ? sql->claimUpdate : sql->unsafeUpdate, assign);
        if (!c)
            co_return out;
        if (r.ok()) {
            QVariantList event;
            event << orderId << courierId << tag;
            r = co_await c->query(sql->claimEvent, event);
            if (!c)
                co_return out;
        }
        if (r.ok()) {
            r = co_await c->query(sql->commit);
            if (!c)
                co_return out;
            if (r.ok()) {
                out.outcome = Outcome::Claimed;
                co_return out;
            }
            co_return failed(r); // the transaction is over either way
        }
    }
    // Not available (OrderNotAvailable in the ticket's words), or an error: roll back.
    if (r.ok())
        out.outcome = Outcome::NotAvailable;
    else
        failed(r);
    if (c->isReady()) {
        const pg::Result rb = co_await c->query(sql->rollback);
        if (!c)
            co_return out;
        if (!rb.ok() && out.outcome != Outcome::Failed)
            failed(rb);
    }
    co_return out;
}

} // namespace bench
