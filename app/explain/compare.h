#pragma once

#include "explain/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace explain {

// What changed for one node between plan A ("before") and plan B ("after").
struct NodeChange {
    enum class Kind { Same, Changed, Added, Removed };
    enum Field { NodeType = 1, Relation = 2, Index = 4, Rows = 8, Time = 16 };
    Kind kind = Kind::Same;
    int fields = 0;        // Field bits that changed
    int nodeA = -1;        // -1 when added
    int nodeB = -1;        // -1 when removed
    int depth = 0;         // in the merged tree
    double timeRatio = 0;  // B / A exclusive time (0 when not comparable)
    double rowsRatio = 0;  // B / A actual rows
    QStringList details;   // translated: "node type: Seq Scan -> Index Scan", "time: 40 -> 2 ms (0.05x)"
};

struct PlanComparison {
    double totalMsA = 0, totalMsB = 0;
    double executionMsA = -1, executionMsB = -1;
    double planningMsA = -1, planningMsB = -1;
    Buffers buffersA, buffersB; // the roots' inclusive buffers
    QList<NodeChange> nodes;    // merged tree, pre-order
    int changedCount = 0, addedCount = 0, removedCount = 0;

    static double ratio(double a, double b) { return a > 0 ? b / a : 0; }
    double timeRatio() const { return ratio(totalMsA, totalMsB); }
    double blocksRatio() const { return ratio(double(buffersA.total()), double(buffersB.total())); }
    // "Total 40.1 -> 2.3 ms (0.06x), buffers 3,073 -> 12 (0.004x), 3 nodes changed": one line for a report.
    QString summary() const;
};

// Aligns the two trees (children matched by relation, node type, index and the tables under
// them; unmatched nodes are Added/Removed) and lists per node what changed. Both plans need
// their metrics computed. Pure function: the index-migration wizard uses it for before/after.
PlanComparison compare(const Plan &a, const Plan &b);

} // namespace explain
