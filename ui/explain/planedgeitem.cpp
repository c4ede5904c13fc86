#include "explain/planedgeitem.h"

#include <QPainterPath>
#include <QPen>

namespace ui {

PlanEdgeItem::PlanEdgeItem(const QPointF &from, const QPointF &to, double weight, QGraphicsItem *parent)
    : QGraphicsPathItem(parent)
{
    QPainterPath path(from);
    const double midY = (from.y() + to.y()) / 2;
    path.cubicTo(QPointF(from.x(), midY), QPointF(to.x(), midY), to);
    setPath(path);
    QPen pen(QColor(0x90, 0xa4, 0xae), penWidth(weight));
    pen.setCapStyle(Qt::FlatCap);
    setPen(pen);
    setZValue(-1);
}

} // namespace ui
