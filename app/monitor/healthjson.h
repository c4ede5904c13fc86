#pragma once

#include "monitor/healthtypes.h"

#include <QJsonObject>

namespace monitor {

// The report with stable field names for scripts (`pgdba health --json`):
// {"status", "checked_at", "database", "server_version", "counts": {ok, warning, critical},
//  "checks": [{"id", "title", "status", "summary", "error", "findings":
//   [{"status", "object", "evidence", "fix_sql", "values": {...}}]}]}
QJsonObject healthReportToJson(const HealthReport &report);

} // namespace monitor
