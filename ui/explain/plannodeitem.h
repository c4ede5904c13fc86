#pragma once

#include "explain/plan.h"

#include <QGraphicsObject>

namespace ui {

// One plan node as a card: operation, relation/index, an exclusive-time bar in heat colour,
// actual/estimated rows with a misestimate badge, loops and buffers, a findings marker and a
// collapse toggle. Semantic zoom: where the card's text would be under about 8 pixels, the card
// draws one line instead (node type, relation, exclusive time) at a readable size; further out
// only the heat-coloured block.
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
    // Levels of detail: full text from kDetailScale (9-point text at 0.67 is 8 pixels),
    // the one-line label from kLabelScale, the heat block below.
    static constexpr double kDetailScale = 0.67;
    static constexpr double kLabelScale = 0.12;
    static constexpr double kLabelPixels = 11; // the label's size on screen
    QString label() const { return m_label; }

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
    QString m_label, m_name, m_time; // "Seq Scan on t · 12 ms"; "Seq Scan on t"; "12 ms · 40 %"
    // The label elided for the width it had on screen last time (zooming changes it).
    QString m_elided;
    int m_elidedFor = -1;
    int m_labelPixels = 11;
};

} // namespace ui
