#pragma once

#include "explain/plan.h"

#include <QList>
#include <QString>

namespace explain {

// One row of the statistics tables: all nodes of a node type, on a table, or using an index.
struct StatsRow {
    QString key;            // "Seq Scan", "public.orders", "orders_pkey"
    int nodes = 0;
    double exclusiveMs = 0;
    double share = 0;       // of Plan::totalMs()
    double rows = 0;        // actual rows (x loops) the nodes returned
    qint64 blocks = 0;      // exclusive shared hit + read blocks
    double worstMisestimate = 1;
};

struct PlanStats {
    QList<StatsRow> byNodeType, byTable, byIndex; // each sorted by exclusive time, descending
};

// Pure function; needs computeMetrics() first.
PlanStats computeStats(const Plan &plan);

} // namespace explain
