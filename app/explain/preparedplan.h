#pragma once

#include "explain/layout.h"
#include "explain/parseresult.h"
#include "explain/planstats.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace explain {

// Everything the Explain page needs to show a plan, computed off the GUI thread in one go:
// parse + metrics + findings + statistics + the graphical layout.
struct PreparedPlan {
    ParseResult parsed;
    PlanLayout layout;
    PlanStats stats;
    bool ok() const { return parsed.ok(); }
};

PreparedPlan preparePlan(const QByteArray &data, const LayoutOptions &layout = {});
PreparedPlan preparePlanFile(const QString &path, const LayoutOptions &layout = {});
// The same on the thread pool (the page awaits the future; the GUI thread never parses).
QFuture<PreparedPlan> preparePlanAsync(const QByteArray &data);
QFuture<PreparedPlan> preparePlanFileAsync(const QString &path);

} // namespace explain
