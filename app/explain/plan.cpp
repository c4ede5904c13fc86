#include "explain/plan.h"

#include <algorithm>
#include <numeric>

namespace explain {

void linkTree(Plan &plan)
{
    for (int i = 0; i < plan.nodes.size(); ++i) {
        PlanNode &n = plan.nodes[i];
        n.id = i;
        n.children.clear();
        n.depth = n.parent >= 0 ? plan.nodes[n.parent].depth + 1 : 0;
        if (n.parent >= 0)
            plan.nodes[n.parent].children << i;
    }
}

bool Plan::hasTiming() const
{
    return std::any_of(nodes.cbegin(), nodes.cend(), [](const PlanNode &n) { return n.hasTiming; });
}

double Plan::triggerMs() const
{
    return std::accumulate(triggers.cbegin(), triggers.cend(), 0.0,
                           [](double s, const TriggerStats &t) { return s + t.timeMs; });
}

double Plan::totalMs() const
{
    if (nodes.isEmpty() || !nodes.front().hasTiming)
        return executionMs > 0 ? executionMs : 0;
    return nodes.front().inclusiveMs + triggerMs();
}

QList<int> Plan::slowestNodes(int count) const
{
    QList<int> ids(nodes.size());
    std::iota(ids.begin(), ids.end(), 0);
    std::stable_sort(ids.begin(), ids.end(),
                     [this](int a, int b) { return nodes[a].exclusiveMs > nodes[b].exclusiveMs; });
    if (count >= 0 && ids.size() > count)
        ids.resize(count);
    return ids;
}

QList<Finding> Plan::findingsFor(int nodeId) const
{
    QList<Finding> out;
    for (const Finding &f : findings)
        if (f.nodeId == nodeId)
            out << f;
    return out;
}

QString Finding::kindKey(Kind k)
{
    switch (k) {
    case Kind::SeqScanIndexCandidate:
        return QStringLiteral("seq_scan_index");
    case Kind::Misestimate:
        return QStringLiteral("misestimate");
    case Kind::SortSpilled:
        return QStringLiteral("sort_spilled");
    case Kind::HashSpilled:
        return QStringLiteral("hash_spilled");
    case Kind::HeapFetches:
        return QStringLiteral("heap_fetches");
    case Kind::NestedLoopLoops:
        return QStringLiteral("nested_loop_loops");
    case Kind::WorkersNotLaunched:
        return QStringLiteral("workers_not_launched");
    case Kind::LossyBitmap:
        return QStringLiteral("lossy_bitmap");
    case Kind::JitSignificant:
        return QStringLiteral("jit");
    }
    return {};
}

QString Finding::severityKey(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

} // namespace explain
