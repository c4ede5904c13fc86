#pragma once

#include "bench/checkresult.h"
#include "bench/runcontext.h"

#include <QList>
#include <QPointer>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace bench {

// After a claim run: proves from the database itself that no order was claimed twice,
// that every claim a courier reported is in orders and order_events, and that there were
// no deadlocks.
class ClaimCheck {
public:
    static QCoro::Task<CheckResult> run(QPointer<pg::Connection> c, QString runId,
                                        QList<ReportedClaim> reported, qint64 deadlocksBefore,
                                        qint64 clientDeadlocks);
    // Decides ok from the counts (also used by the tests on hand-made results).
    static bool judge(const CheckResult &r);
    // PostgreSQL array literals for the reported claims ({1,2,3}).
    static QString orderIdArray(const QList<ReportedClaim> &reported);
    static QString courierIdArray(const QList<ReportedClaim> &reported);
};

} // namespace bench
