#pragma once

#include <QString>
#include <QStringList>

namespace bench {

// The correctness check after a claim run, read from the database itself.
struct CheckResult {
    bool performed = false;
    bool ok = false;
    qint64 reported = 0;         // claims the couriers reported as committed
    qint64 reportedOrders = 0;   // distinct orders among them
    qint64 storedEvents = 0;     // 'assigned' events of this run in order_events
    qint64 doubleClaims = 0;     // orders of this run with more than one assignment
    qint64 notInOrders = 0;      // reported claims whose order does not belong to that courier
    qint64 notInEvents = 0;      // reported claims without their event
    qint64 unreportedEvents = 0; // events of this run no courier reported
    qint64 deadlocks = 0;        // pg_stat_database.deadlocks during the run
    QStringList examples;        // a few double claims: "order 123: couriers 4, 17"
    QString error;               // the check itself failed

    QString summary() const; // one translated sentence
};

} // namespace bench
