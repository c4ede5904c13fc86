// libFuzzer target: the JSON plan parser and everything computed from a parsed plan.
#include "explain/analysis.h"
#include "explain/compare.h"
#include "explain/jsonparser.h"
#include "explain/layout.h"
#include "explain/planexport.h"
#include "explain/planstats.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    explain::ParseResult r =
        explain::parseJsonPlan(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!r.ok())
        return 0;
    explain::analyze(r.plan);
    explain::layoutPlan(r.plan);
    explain::computeStats(r.plan);
    explain::toText(r.plan);
    explain::toAnnotatedJson(r.plan);
    explain::compare(r.plan, r.plan);
    return 0;
}
