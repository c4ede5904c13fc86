#include "bench/statements.h"

#include "pg/sqlfile.h"

namespace bench {

Statements Statements::load() {
    auto f = [](const char *name) { return pg::sqlFile(QStringLiteral("bench/") + QLatin1String(name)); };
    Statements s;
    s.begin = f("begin");
    s.commit = f("commit");
    s.rollback = f("rollback");
    s.listNew = f("list_new");
    s.listStatus = f("list_status");
    s.getOrder = f("get_order");
    s.createOrder = f("create_order");
    s.courierOrders = f("courier_orders");
    s.claimLock = f("claim_lock");
    s.claimUpdate = f("claim_update");
    s.claimEvent = f("claim_event");
    s.claimProbe = f("claim_probe");
    s.unsafeRead = f("unsafe_read");
    s.unsafeUpdate = f("unsafe_update");
    return s;
}

} // namespace bench
