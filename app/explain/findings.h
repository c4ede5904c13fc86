#pragma once

#include "explain/plan.h"

namespace explain {

// Thresholds of the automatic findings (documented in docs/guide/explain.md).
struct FindingRules {
    double seqScanRemovedShare = 0.8;   // a seq scan removing at least this share of the rows it read
    double seqScanMinRows = 10000;      // ... of a table at least this large (rows read)
    double misestimateFactor = 10;      // 10x info, 100x warning, 1000x critical
    double heapFetchRatio = 0.1;        // heap fetches per returned row of an index-only scan
    qint64 heapFetchMin = 100;
    double nestedLoopLoops = 10000;     // inner-side loops of a nested loop (100,000: critical)
    double jitShare = 0.1;              // JIT time / execution time
    double jitMinMs = 10;
};

// The findings of a plan whose metrics are computed (metrics.h), most severe first, then in
// plan order. Pure function.
QList<Finding> findFindings(const Plan &plan, const FindingRules &rules = {});

} // namespace explain
