#include "explain/preparedplan.h"

#include "explain/analysis.h"
#include "explain/planfile.h"

namespace explain {

namespace {
PreparedPlan finish(ParseResult parsed, const LayoutOptions &layout) {
    PreparedPlan p;
    p.parsed = std::move(parsed);
    if (p.parsed.ok()) {
        p.layout = layoutPlan(p.parsed.plan, {}, layout);
        p.stats = computeStats(p.parsed.plan);
    }
    return p;
}
} // namespace

PreparedPlan preparePlan(const QByteArray &data, const LayoutOptions &layout) {
    return finish(loadPlan(data), layout);
}

PreparedPlan preparePlanFile(const QString &path, const LayoutOptions &layout) {
    return finish(loadPlanFile(path), layout);
}

} // namespace explain
