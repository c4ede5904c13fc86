#pragma once

#include "monitor/healthdata.h"
#include "monitor/healththresholds.h"
#include "monitor/healthtypes.h"

namespace monitor {

// An index that another index on the same table makes unnecessary: identical, or its key
// columns are a leading prefix of the other's (same method, operator classes, collations,
// predicate and expressions).
struct IndexRedundancy {
    HealthIndex redundant;
    HealthIndex covering;
    bool identical = false;
};

QList<IndexRedundancy> findRedundantIndexes(const QList<HealthIndex> &indexes);

HealthCheck checkUnusedIndexes(const QList<HealthIndex> &indexes, const QDateTime &statsReset,
                               const HealthThresholds &t);
HealthCheck checkDuplicateIndexes(const QList<HealthIndex> &indexes);
HealthCheck checkInvalidIndexes(const QList<HealthIndex> &indexes);
// Share of sequential scans on large tables (the ticket: alert above 10%) and each large
// table's index usage (OK findings carry the ratio).
HealthCheck checkSeqScans(const QList<HealthTable> &tables, const HealthThresholds &t);

} // namespace monitor
