#pragma once

#include "explain/indexcandidate.h"

#include <QString>

namespace explain {

// A problem spotted in a plan, tied to one node and explained in one sentence.
struct Finding {
    enum class Kind {
        SeqScanIndexCandidate, // sequential scan removing most rows of a large table
        Misestimate,           // estimated vs actual rows off by 10x / 100x / 1000x
        SortSpilled,           // sort went to disk (work_mem)
        HashSpilled,           // hash join / hash aggregate used batches on disk (work_mem)
        HeapFetches,           // index-only scan visiting the heap (vacuum)
        NestedLoopLoops,       // nested loop with a huge number of inner loops
        WorkersNotLaunched,    // parallel workers planned but not launched
        LossyBitmap,           // bitmap heap scan went lossy (work_mem)
        JitSignificant,        // JIT compilation took a significant share of the time
    };
    enum class Severity { Info, Warning, Critical };

    Kind kind = Kind::Misestimate;
    Severity severity = Severity::Warning;
    int nodeId = -1;      // -1: the statement as a whole (never for the kinds above but JIT)
    QString message;      // one translated sentence
    double value = 0;     // the number behind it (factor, kB, fetch ratio, loops, ms)
    IndexCandidate index; // SeqScanIndexCandidate only

    static QString kindKey(Kind k); // stable name for JSON: "seq_scan_index", "misestimate", ...
    static QString severityKey(Severity s); // "info", "warning", "critical"
};

} // namespace explain
