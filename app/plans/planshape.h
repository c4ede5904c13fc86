#pragma once

#include "explain/plan.h"

#include <QString>

namespace plans {

// A plan's shape: what it does, not what it costs. Node types with their join type, strategy and
// scan direction, the relations and indexes they read, CTE and subplan names, in PostgreSQL's
// child order (so the join order counts). Costs, row estimates, widths, timings, filters' constants
// and workers are left out: two captures of the same plan with other statistics have one shape.
QString shapeText(const explain::Plan &plan);   // "Limit(Index Scan orders_status_idx on orders)"
QString fingerprint(const explain::Plan &plan); // 16 hex digits of shapeText's SHA-1

} // namespace plans
