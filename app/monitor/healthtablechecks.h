#pragma once

#include "monitor/healthdata.h"
#include "monitor/healththresholds.h"
#include "monitor/healthtypes.h"

namespace monitor {

HealthCheck checkCacheHit(const HealthCache &cache, const HealthThresholds &t);
HealthCheck checkVacuum(const QList<HealthTable> &tables, const HealthThresholds &t);
HealthCheck checkAnalyze(const QList<HealthTable> &tables, const HealthThresholds &t);
HealthCheck checkWraparound(const QList<HealthDatabaseAge> &databases, const HealthThresholds &t);
HealthCheck checkSequences(const QList<HealthSequence> &sequences, const HealthThresholds &t);

} // namespace monitor
