#pragma once

#include "monitor/healththresholds.h"
#include "monitor/healthtypes.h"

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace monitor {

// Reads everything the health checks need (sql/health/*.sql, read-only) and judges it with
// the thresholds. A query that fails marks the checks that depend on it with its error;
// the other checks still run. Index and table checks cover the connected database.
QCoro::Task<HealthReport> runHealthChecks(pg::Connection *c, HealthThresholds thresholds);

// The check ids in report order.
QStringList healthCheckIds();

} // namespace monitor
