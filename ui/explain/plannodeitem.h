#pragma once

#include "explain/plan.h"

#include <QGraphicsObject>

namespace ui {

// One plan node as a card: operation, relation/index, an exclusive-time bar in heat colour,
// actual/estimated rows with a misestimate badge, loops and buffers, a findings marker and a
// collapse toggle. Far zoomed out only the heat-coloured outline is drawn (level of detail).
class PlanNodeItem : public QGraphicsObject {
    Q_OBJECT
public:
    PlanNodeItem(explain::PlanPtr plan, int nodeId, const QRectF &rect, bool collapsed,
                 QGraphicsItem *parent = nullptr);

    int nodeId() const { return m_id; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    QRectF toggleRect() const; // the collapse button, in item coordinates
    // Level of detail below which only the outline is drawn.
    static constexpr double kDetailScale = 0.35;

Q_SIGNALS:
    void clicked(int nodeId);
    void toggleRequested(int nodeId);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    explain::PlanPtr m_plan;
    int m_id;
    QRectF m_rect;
    bool m_collapsed;
    bool m_highlighted = false;
};

} // namespace ui
