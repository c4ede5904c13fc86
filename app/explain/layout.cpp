#include "explain/layout.h"

#include <algorithm>
#include <cmath>

namespace explain {

namespace {
double rowsOf(const PlanNode &n) { return n.hasActuals ? n.totalRows : n.planRows; }
} // namespace

PlanLayout layoutPlan(const Plan &plan, const QSet<int> &collapsed, const LayoutOptions &o)
{
    PlanLayout out;
    const auto &nodes = plan.nodes;
    const int n = int(nodes.size());
    out.cards.resize(n);
    out.visible.fill(false, n);
    if (n == 0)
        return out;
    for (int i = 0; i < n; ++i) {
        const int p = nodes[i].parent;
        out.visible[i] = p < 0 || (out.visible[p] && !collapsed.contains(p));
        out.visibleCount += out.visible[i] ? 1 : 0;
    }
    // Bottom-up: the width each visible subtree needs.
    QVector<double> width(n, 0.0);
    for (int i = n - 1; i >= 0; --i) {
        if (!out.visible[i])
            continue;
        double kids = 0;
        int count = 0;
        if (!collapsed.contains(i)) {
            for (int c : nodes[i].children) {
                kids += width[c];
                ++count;
            }
        }
        if (count > 1)
            kids += o.horizontalGap * (count - 1);
        width[i] = std::max(o.cardWidth, kids);
    }
    // Top-down: each subtree gets [left, left + width); children are centred inside it.
    QVector<double> left(n, 0.0);
    double maxRows = 1;
    for (const PlanNode &node : nodes)
        maxRows = std::max(maxRows, rowsOf(node));
    const double logMax = std::log10(maxRows + 1);
    for (int i = 0; i < n; ++i) {
        if (!out.visible[i])
            continue;
        const PlanNode &node = nodes[i];
        const double y = node.depth * (o.cardHeight + o.verticalGap);
        out.cards[i] = QRectF(left[i] + (width[i] - o.cardWidth) / 2, y, o.cardWidth, o.cardHeight);
        out.bounds = out.bounds.isNull() ? out.cards[i] : out.bounds.united(out.cards[i]);
        if (collapsed.contains(i))
            continue;
        double kids = 0;
        for (int c : node.children)
            kids += width[c];
        kids += o.horizontalGap * std::max<qsizetype>(0, node.children.size() - 1);
        double x = left[i] + (width[i] - kids) / 2;
        for (int c : node.children) {
            left[c] = x;
            x += width[c] + o.horizontalGap;
        }
    }
    out.edges.reserve(out.visibleCount);
    for (int i = 1; i < n; ++i) {
        if (!out.visible[i])
            continue;
        const int p = nodes[i].parent;
        PlanLayout::Edge e;
        e.parent = p;
        e.child = i;
        e.from = QPointF(out.cards[p].center().x(), out.cards[p].bottom());
        e.to = QPointF(out.cards[i].center().x(), out.cards[i].top());
        e.weight = logMax > 0 ? std::log10(rowsOf(nodes[i]) + 1) / logMax : 0;
        out.edges << e;
    }
    return out;
}

} // namespace explain
