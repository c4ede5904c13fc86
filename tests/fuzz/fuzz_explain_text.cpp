// libFuzzer target: format detection, psql unframing and the text plan parser (parsePlan),
// and everything computed from a parsed plan.
#include "explain/analysis.h"
#include "explain/layout.h"
#include "explain/planexport.h"
#include "explain/planparser.h"
#include "explain/planstats.h"
#include "explain/psqlframe.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    explain::unframePsql(QString::fromUtf8(bytes));
    explain::ParseResult r = explain::parsePlan(bytes);
    if (!r.ok())
        return 0;
    explain::analyze(r.plan);
    explain::layoutPlan(r.plan);
    explain::computeStats(r.plan);
    explain::toText(r.plan);
    return 0;
}
