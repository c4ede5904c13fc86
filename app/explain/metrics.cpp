#include "explain/metrics.h"

#include <QRegularExpression>

#include <algorithm>

namespace explain {

namespace {

bool isGather(const PlanNode &n) {
    return n.nodeType == QLatin1String("Gather") || n.nodeType == QLatin1String("Gather Merge");
}

// "$1" must not match "$10".
bool mentions(const QString &text, const QString &token) {
    qsizetype from = 0;
    while ((from = text.indexOf(token, from)) >= 0) {
        const qsizetype end = from + token.size();
        if (end >= text.size() || !text[end].isDigit())
            return true;
        from = end;
    }
    return false;
}

bool nodeMentions(const PlanNode &n, const QStringList &tokens) {
    for (const QString &t : tokens) {
        for (const QString *field : {&n.filter, &n.joinFilter, &n.indexCond, &n.recheckCond, &n.hashCond,
                                     &n.mergeCond, &n.oneTimeFilter, &n.cacheKey})
            if (!field->isEmpty() && mentions(*field, t))
                return true;
        for (const QString &o : n.output)
            if (mentions(o, t))
                return true;
    }
    return false;
}

// "InitPlan 2 (returns $1,$2)" -> {"$1", "$2", "(InitPlan 2)"}.
QStringList initPlanTokens(const QString &name) {
    QStringList out;
    static const QRegularExpression param(QStringLiteral(R"(\$\d+)"));
    const qsizetype ret = name.indexOf(QLatin1String("returns"));
    if (ret >= 0) {
        auto it = param.globalMatch(name.mid(ret));
        while (it.hasNext())
            out << it.next().captured();
    }
    const QString label = name.section(QLatin1Char(' '), 0, 1);
    if (!label.isEmpty())
        out << QLatin1Char('(') + label + QLatin1Char(')');
    return out;
}

} // namespace

void computeMetrics(Plan &plan) {
    auto &nodes = plan.nodes;
    const int n = int(nodes.size());
    if (n == 0)
        return;
    QList<int> subtreeEnd(n); // pre-order: node i's subtree is [i, subtreeEnd[i])
    for (int i = n - 1; i >= 0; --i) {
        int end = i + 1;
        for (int c : std::as_const(nodes[i].children))
            end = std::max(end, subtreeEnd[c]);
        subtreeEnd[i] = end;
    }
    QList<int> gatherProcesses(n, 1); // processes of the nearest Gather above (1: none)
    for (int i = 0; i < n; ++i) {
        PlanNode &node = nodes[i];
        if (node.parent >= 0) {
            const PlanNode &p = nodes[node.parent];
            gatherProcesses[i] =
                isGather(p) ? std::clamp(p.workersLaunched, 0, 100000) + 1 : gatherProcesses[node.parent];
        }
        const int loops = node.loops >= 1 ? int(std::min(node.loops, 1e9)) : 1;
        node.parallelProcesses = std::max(1, std::min(gatherProcesses[i], loops));
        node.inclusiveMs = node.hasTiming && !node.neverExecuted
                               ? node.actualTotalMs * node.loops / node.parallelProcesses
                               : 0;
        node.totalRows = node.actualRows * node.loops;
        node.timeChildren.clear();
        node.misestimate = 1;
        node.misestimateDirection = MisestimateDirection::None;
        const bool bitmapSet =
            node.nodeType == QLatin1String("BitmapAnd") || node.nodeType == QLatin1String("BitmapOr");
        if (node.hasActuals && !node.neverExecuted && !bitmapSet) { // BitmapAnd/Or always report 0 rows
            const double a = node.actualRows, e = node.planRows;
            node.misestimate = std::max(a, e) / std::max(std::min(a, e), 1.0);
            if (node.misestimate > 1)
                node.misestimateDirection = a > e ? MisestimateDirection::Under : MisestimateDirection::Over;
            else
                node.misestimate = 1;
        }
    }

    QList<double> subtract(n, 0.0);
    QList<Buffers> subtractBuffers(n);
    QList<int> ctes;
    for (int c = 1; c < n; ++c) {
        const PlanNode &child = nodes[c];
        int target = child.parent;
        if (child.parentRelationship == QLatin1String("InitPlan")) {
            if (child.subplanName.startsWith(QLatin1String("CTE "))) {
                ctes << c;
                continue;
            }
            const QStringList tokens = initPlanTokens(child.subplanName);
            int best = -1;
            for (int i = child.parent; i < subtreeEnd[child.parent]; ++i) {
                if (i >= c && i < subtreeEnd[c]) {
                    i = subtreeEnd[c] - 1; // skip the InitPlan itself
                    continue;
                }
                if (nodeMentions(nodes[i], tokens) && (best < 0 || nodes[i].depth > nodes[best].depth))
                    best = i;
            }
            if (best >= 0)
                target = best;
        }
        subtract[target] += child.inclusiveMs;
        subtractBuffers[target] += child.buffers;
        nodes[target].timeChildren << c;
    }
    for (int cte : std::as_const(ctes)) {
        const PlanNode &c = nodes[cte];
        const QString name = c.subplanName.mid(4);
        double remaining = c.inclusiveMs;
        Buffers remainingBuffers = c.buffers;
        const int owner = c.parent;
        for (int i = owner; i < subtreeEnd[owner]; ++i) {
            if (i >= cte && i < subtreeEnd[cte]) {
                i = subtreeEnd[cte] - 1;
                continue;
            }
            PlanNode &scan = nodes[i];
            if (scan.nodeType != QLatin1String("CTE Scan") || scan.cteName != name)
                continue;
            const double take = std::min(remaining, std::max(0.0, scan.inclusiveMs - subtract[i]));
            subtract[i] += take;
            remaining -= take;
            const Buffers room = scan.buffers.minusClamped(subtractBuffers[i]);
            const Buffers given =
                remainingBuffers.minusClamped(remainingBuffers.minusClamped(room)); // min per field
            subtractBuffers[i] += given;
            remainingBuffers = remainingBuffers.minusClamped(given);
            scan.timeChildren << cte;
        }
    }
    // Never below zero, never above the plan's total: a child whose reported time exceeds its
    // parent's (a Limit that stopped early, clocks read per process) must not claim more than
    // the whole statement took.
    const double total = plan.totalMs();
    for (int i = 0; i < n; ++i) {
        PlanNode &node = nodes[i];
        node.exclusiveMs = std::max(0.0, node.inclusiveMs - subtract[i]);
        if (total > 0)
            node.exclusiveMs = std::min(node.exclusiveMs, total);
        node.exclusiveBuffers = node.buffers.minusClamped(subtractBuffers[i]);
    }
    for (PlanNode &node : nodes)
        node.shareOfTotal = total > 0 ? std::min(1.0, node.exclusiveMs / total) : 0;
}

} // namespace explain
