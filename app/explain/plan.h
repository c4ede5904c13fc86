#pragma once

#include "explain/finding.h"
#include "explain/plannode.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVector>

#include <memory>

namespace explain {

struct TriggerStats {
    QString name, relation, constraintName;
    double timeMs = 0;
    qint64 calls = 0;
    bool operator==(const TriggerStats &) const = default;
};

struct JitStats {
    bool present = false;
    qint64 functions = 0;
    bool inlining = false, optimization = false, expressions = false, deforming = false;
    double generationMs = 0, inliningMs = 0, optimizationMs = 0, emissionMs = 0, totalMs = 0;
    bool operator==(const JitStats &) const = default;
};

// A parsed EXPLAIN: the node tree (pre-order, root first) and the statement-level facts.
struct Plan {
    enum class Source { Json, Text };

    QVector<PlanNode> nodes;
    Source source = Source::Json;
    QString queryText;
    QString queryIdentifier;
    double planningMs = -1;  // -1: not reported
    double executionMs = -1; // -1: not reported (no ANALYZE or SUMMARY off)
    Buffers planningBuffers;
    qint64 planningMemoryUsedKb = -1, planningMemoryAllocatedKb = -1; // 17's MEMORY; -1: none
    // 17's SERIALIZE: time and volume of turning the result into its output format.
    double serializationMs = -1;
    qint64 serializationKb = -1;
    QString serializationFormat;
    QList<TriggerStats> triggers;
    JitStats jit;
    QList<QPair<QString, QString>> settings; // SETTINGS: name, value

    // Filled by analyze() (analysis.h).
    QList<Finding> findings;

    bool isEmpty() const { return nodes.isEmpty(); }
    const PlanNode &root() const { return nodes.front(); }
    bool hasActuals() const { return !nodes.isEmpty() && nodes.front().hasActuals; }
    bool hasTiming() const;
    // The time the nodes' shares are measured against: the root's inclusive time plus the
    // trigger time (the same for the JSON and text forms of a plan); Execution Time when the
    // plan has no timing.
    double totalMs() const;
    double triggerMs() const;
    // The node indexes in descending exclusive time (ties: tree order).
    QList<int> slowestNodes(int count) const;
    QList<Finding> findingsFor(int nodeId) const;
};

// Plans are shared read-only between the page's views and models (10,000-node plans are big).
using PlanPtr = std::shared_ptr<const Plan>;

// Links children/depth/id after a parser appended nodes with only `parent` set. Nodes must be
// in pre-order already.
void linkTree(Plan &plan);

} // namespace explain
