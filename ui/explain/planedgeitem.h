#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QVector>

namespace ui {

// The links from one parent card down to all its visible children, drawn as an orthogonal bus:
// a trunk down from the parent's bottom centre, one horizontal bar, and a drop to each child's
// top centre. Thickness follows the rows that flow through a link (the drop: the child's rows;
// the bar and the trunk: the largest child beyond that point). One item per parent, painting
// only what lies in the exposed rectangle, so a parent with thousands of children (an Append
// over partitions) costs a pan or zoom frame only the few drops on screen.
class PlanEdgeItem : public QGraphicsItem {
public:
    struct Drop {
        double x = 0; // the child's top centre
        double top = 0;
        double weight = 0; // 0..1, as explain::PlanLayout::Edge::weight
        int child = -1;
    };
    // `from` is the parent's bottom centre; drops in any order (they are sorted by x).
    PlanEdgeItem(int parentId, const QPointF &from, QVector<Drop> drops, QGraphicsItem *parent = nullptr);

    static double penWidth(double weight) { return 1.0 + 9.0 * weight; }
    enum { Type = UserType + 71 };
    int type() const override { return Type; }
    int parentId() const { return m_parent; }
    const QVector<Drop> &drops() const { return m_drops; }
    double busY() const { return m_busY; }

    QRectF boundingRect() const override { return m_bounds; }
    // Links are not hit targets: the band under a parent with many children would otherwise be
    // "an item" to itemAt() and collision tests (the default shape is the bounding rectangle).
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_parent;
    QPointF m_from;
    double m_busY = 0;
    QVector<Drop> m_drops; // sorted by x
    QVector<double>
        m_reach; // m_reach[i]: the widest pen on the bar from drop i out to the end (away from the trunk)
    double m_trunkWeight = 0;
    QRectF m_bounds;
};

} // namespace ui
