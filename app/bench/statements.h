#pragma once

#include <QString>

namespace bench {

// The SQL texts of the benchmark (sql/bench/*.sql), read from the resources once per run
// instead of once per request.
struct Statements {
    QString begin, commit, rollback;
    QString listNew, listStatus, getOrder, createOrder, courierOrders;
    QString claimLock, claimUpdate, claimEvent, claimProbe;
    QString unsafeRead, unsafeUpdate;

    static Statements load();
};

} // namespace bench
