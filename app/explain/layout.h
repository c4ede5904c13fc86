#pragma once

#include "explain/plan.h"

#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QVector>

namespace explain {

struct LayoutOptions {
    // Compact cards (issue 16): five tight lines, and a short drop to the next level.
    double cardWidth = 250, cardHeight = 86, horizontalGap = 24, verticalGap = 36;
};

// Geometry of the graphical plan: the root on top, children side by side below their parent,
// each parent centred over its children. Nodes inside a collapsed subtree are hidden.
struct PlanLayout {
    struct Edge {
        int parent = -1, child = -1;
        QPointF from, to;  // parent's bottom centre, child's top centre
        double weight = 0; // 0..1: the child's rows on a log scale against the plan's largest
    };
    QVector<QRectF> cards; // by node id; empty rect for a hidden node
    QVector<bool> visible;
    QVector<Edge> edges; // visible edges only
    QRectF bounds;
    int visibleCount = 0;
};

// Pure and O(nodes) (no recursion): safe on a worker thread for plans of any size.
PlanLayout layoutPlan(const Plan &plan, const QSet<int> &collapsed = {}, const LayoutOptions &options = {});

} // namespace explain
