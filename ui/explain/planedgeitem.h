#pragma once

#include <QGraphicsPathItem>

namespace ui {

// The link from a child card up to its parent; thicker the more rows flow through it.
class PlanEdgeItem : public QGraphicsPathItem {
public:
    PlanEdgeItem(const QPointF &from, const QPointF &to, double weight, QGraphicsItem *parent = nullptr);
    static double penWidth(double weight) { return 1.0 + 9.0 * weight; }
};

} // namespace ui
