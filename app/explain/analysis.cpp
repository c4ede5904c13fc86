#include "explain/analysis.h"

#include "explain/findings.h"
#include "explain/metrics.h"
#include "explain/planparser.h"

namespace explain {

void analyze(Plan &plan)
{
    computeMetrics(plan);
    plan.findings = findFindings(plan);
}

ParseResult loadPlan(const QByteArray &data)
{
    ParseResult r = parsePlan(data);
    if (r.ok())
        analyze(r.plan);
    return r;
}

} // namespace explain
