#pragma once

#include "explain/buffers.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace explain {

// What a parallel worker reported for a node (EXPLAIN VERBOSE).
struct WorkerStats {
    int number = 0;
    double startupMs = 0, totalMs = 0, rows = 0, loops = 0;
    Buffers buffers;
    bool operator==(const WorkerStats &) const = default;
};

enum class MisestimateDirection { None, Under, Over }; // Under: more rows than estimated

// One plan node. The first block is what PostgreSQL printed (JSON and text formats fill the
// same fields); the second block is derived by computeMetrics() (metrics.h).
struct PlanNode {
    // --- tree -------------------------------------------------------------------------
    int id = 0;             // pre-order position in Plan::nodes
    int parent = -1;
    QList<int> children;    // in PostgreSQL's order: InitPlans, outer, inner/members, SubPlans
    int depth = 0;
    QString parentRelationship; // Outer, Inner, Member, Subquery, InitPlan, SubPlan, children
    QString subplanName;        // "InitPlan 1 (returns $0)", "SubPlan 2", "CTE busy"

    // --- what the node is ---------------------------------------------------------------
    QString nodeType;       // "Seq Scan", "Hash Join", "Aggregate", "ModifyTable", ...
    QString strategy;       // Aggregate/SetOp: Plain, Sorted, Hashed, Mixed
    QString partialMode;    // Aggregate: Simple, Partial, Finalize
    QString joinType;       // Inner, Left, Full, Right, Semi, Anti
    QString operation;      // ModifyTable: Insert, Update, Delete, Merge
    QString scanDirection;  // Forward, Backward, NoMovement
    QString command;        // SetOp: Intersect, Except, ...
    QString customProvider; // Custom Scan (name)
    bool parallelAware = false;
    bool asyncCapable = false;
    QString relation, schema, alias, index, cteName, functionName;

    // --- estimates ----------------------------------------------------------------------
    double startupCost = 0, totalCost = 0, planRows = 0;
    int planWidth = 0;

    // --- actuals (ANALYZE) --------------------------------------------------------------
    bool hasActuals = false;  // the node carries actual numbers (or "never executed")
    bool neverExecuted = false;
    bool hasTiming = false;   // TIMING on: actual times are present
    double actualStartupMs = 0, actualTotalMs = 0; // per loop, as printed
    double actualRows = 0, loops = 0;              // rows per loop
    double rowsRemovedByFilter = 0, rowsRemovedByJoinFilter = 0, rowsRemovedByIndexRecheck = 0; // per loop
    qint64 heapFetches = 0;
    qint64 exactHeapBlocks = 0, lossyHeapBlocks = 0;

    // --- sorts, hashes, aggregates, memoize --------------------------------------------
    QString sortMethod;      // quicksort, top-N heapsort, external merge, external sort
    QString sortSpaceType;   // Memory, Disk
    qint64 sortSpaceKb = 0;
    QStringList sortKey, groupKey, presortedKey;
    qint64 hashBuckets = 0, originalHashBuckets = 0, hashBatches = 0, originalHashBatches = 0;
    qint64 peakMemoryKb = 0;  // Hash "Memory Usage", HashAgg/Memoize "Memory Usage"
    qint64 hashAggBatches = 0, diskUsageKb = 0, plannedPartitions = 0;
    qint64 cacheHits = 0, cacheMisses = 0, cacheEvictions = 0, cacheOverflows = 0;
    int workersPlanned = -1, workersLaunched = -1; // -1: not a Gather node

    // --- conditions ---------------------------------------------------------------------
    QString filter, joinFilter, indexCond, recheckCond, hashCond, mergeCond, oneTimeFilter, cacheKey;
    QStringList output;

    // --- I/O ----------------------------------------------------------------------------
    Buffers buffers;   // inclusive, as printed
    IoTimings io;      // inclusive, as printed
    WalUsage wal;      // inclusive, as printed
    QList<WorkerStats> workers;

    // Every property as printed, in order, for the details panel ("Key", "value").
    QList<QPair<QString, QString>> properties;

    // --- derived (computeMetrics) -------------------------------------------------------
    double inclusiveMs = 0;   // actual total time x loops, divided by the parallel processes
    double exclusiveMs = 0;   // inclusive minus the time of the children it waited for
    double shareOfTotal = 0;  // exclusiveMs / plan total, 0..1
    double totalRows = 0;     // actualRows x loops
    double misestimate = 1;   // >= 1: how many times the estimate was off (per loop)
    MisestimateDirection misestimateDirection = MisestimateDirection::None;
    Buffers exclusiveBuffers;
    int parallelProcesses = 1; // processes sharing the node's loops (workers launched + leader)
    QList<int> timeChildren;   // nodes whose time was subtracted (see metrics.cpp)

    // "Hash Left Join", "Partial HashAggregate", "Index Scan Backward", "Insert", ...: the
    // operation as the text format prints it.
    QString operationName() const;
    // "on orders o", "using orders_pkey on orders o", "busy a": what the node works on.
    QString target() const;
    bool isScan() const;
    bool isJoin() const { return nodeType == QLatin1String("Nested Loop") || nodeType.endsWith(QLatin1String(" Join")); }
};

} // namespace explain
