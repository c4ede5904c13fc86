#pragma once

#include "explain/plan.h"

namespace explain {

// Fills the derived fields of every node (PlanNode's second block). Pure, O(nodes).
//
// Inclusive time = actual total time x loops / parallel processes. Below a Gather (Merge) a
// node's loops count every process that ran it (workers launched + the leader) and its time
// is the average per process, so dividing gives the node's wall-clock share; elsewhere the
// divisor is 1. Never-executed nodes and plans without TIMING have 0.
//
// Exclusive time = inclusive minus the inclusive time of the nodes it waited for:
//  - ordinary children (Outer, Inner, Member, Subquery) and SubPlans (correlated subqueries run
//    while the parent evaluates its expressions, so their time is inside the parent's);
//  - an InitPlan runs once, inside the first node that needs its parameter: its time is taken
//    from the deepest node of the attached subtree whose conditions reference the parameter
//    ($N, or "(InitPlan N)"), or from the node it is attached to when none does;
//  - a CTE runs lazily inside the CTE Scans that read it: its time is taken from those scans,
//    in plan order, each giving up at most its own remaining time.
// Results are clamped at 0 (PostgreSQL rounds each figure separately). Exclusive buffers
// follow the same rules. The share is exclusive time / Plan::totalMs().
// Misestimate = max(actual, estimate) / max(min(actual, estimate), 1), per loop, with the
// direction Under (more rows than estimated) or Over.
void computeMetrics(Plan &plan);

} // namespace explain
