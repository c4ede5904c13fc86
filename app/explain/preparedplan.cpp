#include "explain/preparedplan.h"

#include "explain/analysis.h"
#include "explain/planfile.h"

#include <QtConcurrent>

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

QFuture<PreparedPlan> preparePlanAsync(const QByteArray &data) {
    return QtConcurrent::run([data] { return preparePlan(data); });
}

QFuture<PreparedPlan> preparePlanFileAsync(const QString &path) {
    return QtConcurrent::run([path] { return preparePlanFile(path); });
}

} // namespace explain
