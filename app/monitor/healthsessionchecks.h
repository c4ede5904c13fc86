#pragma once

#include "monitor/healthdata.h"
#include "monitor/healththresholds.h"
#include "monitor/healthtypes.h"

namespace monitor {

HealthCheck checkLongQueries(const QList<HealthSession> &sessions, const HealthThresholds &t);
HealthCheck checkLongTransactions(const QList<HealthSession> &sessions, const HealthThresholds &t);
HealthCheck checkIdleInTransaction(const QList<HealthSession> &sessions, const HealthThresholds &t);
// Connections used vs max_connections minus the superuser reserve (pool exhaustion).
HealthCheck checkConnections(const HealthConnections &c, const HealthThresholds &t);

} // namespace monitor
