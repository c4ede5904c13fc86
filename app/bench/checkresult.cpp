#include "bench/checkresult.h"

#include <QCoreApplication>

namespace bench {

QString CheckResult::summary() const {
    if (!performed)
        return QCoreApplication::translate("bench", "No claim check (this scenario claims nothing).");
    if (!error.isEmpty())
        return QCoreApplication::translate("bench", "The correctness check could not run: %1").arg(error);
    if (ok)
        return QCoreApplication::translate("bench",
                                           "Correct: %1 claims reported, %2 stored, no order claimed twice, "
                                           "no deadlocks.")
            .arg(reported)
            .arg(storedEvents);
    QStringList problems;
    if (doubleClaims)
        problems
            << QCoreApplication::translate("bench", "%1 orders claimed more than once").arg(doubleClaims);
    if (reported != reportedOrders)
        problems << QCoreApplication::translate("bench", "%1 claims reported for %2 orders")
                        .arg(reported)
                        .arg(reportedOrders);
    if (notInOrders)
        problems << QCoreApplication::translate("bench", "%1 reported claims not in orders").arg(notInOrders);
    if (notInEvents)
        problems << QCoreApplication::translate("bench", "%1 reported claims without their event")
                        .arg(notInEvents);
    if (unreportedEvents)
        problems << QCoreApplication::translate("bench", "%1 events nobody reported").arg(unreportedEvents);
    if (deadlocks)
        problems << QCoreApplication::translate("bench", "%1 deadlocks").arg(deadlocks);
    return QCoreApplication::translate("bench", "FAILED: %1.").arg(problems.join(QStringLiteral("; ")));
}

} // namespace bench
