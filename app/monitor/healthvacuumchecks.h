#pragma once

#include "monitor/healthreplchecks.h"

namespace monitor {

// The oldest holder of the xmin horizon, by age in transactions or in time.
HealthCheck checkXminHorizon(const vacuum::VacuumSnapshot &s, const ReplVacuumThresholds &t);
// Tables past their autovacuum threshold with no vacuum for longer than backlogWarnMin (a table
// never vacuumed counts as past), or past their anti-wraparound limit.
HealthCheck checkAutovacuumBacklog(const vacuum::VacuumSnapshot &s, const ReplVacuumThresholds &t);

} // namespace monitor
