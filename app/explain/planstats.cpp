#include "explain/planstats.h"

#include <QHash>

#include <algorithm>

namespace explain {

namespace {

void add(QHash<QString, StatsRow> &rows, const QString &key, const PlanNode &n)
{
    if (key.isEmpty())
        return;
    StatsRow &r = rows[key];
    r.key = key;
    ++r.nodes;
    r.exclusiveMs += n.exclusiveMs;
    r.rows += n.totalRows;
    r.blocks += n.exclusiveBuffers.sharedTotal();
    r.worstMisestimate = std::max(r.worstMisestimate, n.misestimate);
}

QList<StatsRow> sorted(const QHash<QString, StatsRow> &rows, double total)
{
    QList<StatsRow> out = rows.values();
    for (StatsRow &r : out)
        r.share = total > 0 ? std::min(1.0, r.exclusiveMs / total) : 0;
    std::sort(out.begin(), out.end(), [](const StatsRow &a, const StatsRow &b) {
        return a.exclusiveMs != b.exclusiveMs ? a.exclusiveMs > b.exclusiveMs : a.key < b.key;
    });
    return out;
}

} // namespace

PlanStats computeStats(const Plan &plan)
{
    QHash<QString, StatsRow> types, tables, indexes;
    for (const PlanNode &n : plan.nodes) {
        add(types, n.operationName(), n);
        if (!n.relation.isEmpty())
            add(tables, n.schema.isEmpty() ? n.relation : n.schema + QLatin1Char('.') + n.relation, n);
        add(indexes, n.index, n);
    }
    const double total = plan.totalMs();
    return {sorted(types, total), sorted(tables, total), sorted(indexes, total)};
}

} // namespace explain
