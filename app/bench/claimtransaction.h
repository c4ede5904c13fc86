#pragma once

#include "pg/error.h"

#include <QString>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace bench {

struct Statements;

// The ticket's claim on one connection: BEGIN; SELECT … FOR UPDATE SKIP LOCKED on the order;
// when it is still free, UPDATE … SET status = 'assigned', courier_id, assigned_at = now(),
// an 'assigned' row in order_events (payload tag = run id), COMMIT. With safe = false, the
// deliberately broken variant: the same read without a row lock, then an update by id.
// Whatever happens, the transaction is over when this returns.
class ClaimTransaction {
public:
    enum class Outcome { Claimed, NotAvailable, Failed };
    struct Result {
        Outcome outcome = Outcome::Failed;
        pg::Error error; // when Failed
    };

    static QCoro::Task<Result> run(pg::Connection *c, const Statements *sql, qint64 orderId, int courierId,
                                   QString tag, bool safe = true);
};

} // namespace bench
