#include "explain/planedgeitem.h"

#include "widgets/theme.h"

#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace ui {

namespace {}

PlanEdgeItem::PlanEdgeItem(int parentId, const QPointF &from, QVector<Drop> drops, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_parent(parentId)
    , m_from(from)
    , m_drops(std::move(drops)) {
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-1);
    std::sort(m_drops.begin(), m_drops.end(), [](const Drop &a, const Drop &b) { return a.x < b.x; });
    if (m_drops.isEmpty())
        return;
    double top = m_drops.first().top, left = m_from.x(), right = m_from.x(), bottom = m_from.y();
    for (const Drop &d : std::as_const(m_drops)) {
        top = std::min(top, d.top);
        bottom = std::max(bottom, d.top);
        left = std::min(left, d.x);
        right = std::max(right, d.x);
        m_trunkWeight = std::max(m_trunkWeight, d.weight);
    }
    m_busY = (m_from.y() + top) / 2;
    // The bar between drop i and i + 1 carries the rows of every drop beyond it, seen from the
    // trunk: on the trunk's left the largest of drops 0..i, on its right of drops i+1..end.
    const int n = int(m_drops.size());
    m_reach.resize(n);
    double acc = 0;
    for (int i = 0; i < n && m_drops[i].x <= m_from.x(); ++i)
        m_reach[i] = acc = std::max(acc, m_drops[i].weight);
    acc = 0;
    for (int i = n - 1; i >= 0 && m_drops[i].x > m_from.x(); --i)
        m_reach[i] = acc = std::max(acc, m_drops[i].weight);
    const double margin = penWidth(1) / 2 + 1;
    m_bounds =
        QRectF(QPointF(left, m_from.y()), QPointF(right, bottom)).adjusted(-margin, -margin, margin, margin);
}

void PlanEdgeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) {
    if (m_drops.isEmpty())
        return;
    // Axis-aligned straight lines: crisp and cheap without antialiasing. Square caps close the
    // corners where a drop meets the bar. The view does not save painter state between items,
    // so every item sets the hints it needs.
    p->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(theme::color(theme::Role::PlanEdge), 1, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin);
    // Never thinner than a device pixel, or far zoomed out the links vanish.
    const double scale = std::max(1e-9, std::abs(p->worldTransform().m11()));
    double current = -1;
    auto line = [&](double weight, const QPointF &a, const QPointF &b) {
        if (weight != current) {
            current = weight;
            pen.setWidthF(std::max(penWidth(weight), 1.0 / scale));
            p->setPen(pen);
        }
        p->drawLine(a, b);
    };
    // The part on the paint device (the view's viewport, or an export's image), in item
    // coordinates, widened by the thickest pen so a half-visible line is drawn whole. Asking the
    // painter is cheaper than ItemUsesExtendedStyleOption, which makes the scene map its exposed
    // region for the item on every frame.
    QRectF exposed = m_bounds;
    if (const QPaintDevice *device = p->device()) {
        bool invertible = false;
        const QTransform toItem = p->combinedTransform().inverted(&invertible);
        if (invertible)
            exposed &= toItem.mapRect(QRectF(0, 0, device->width(), device->height()));
    }
    if (p->hasClipping())
        exposed &= p->clipBoundingRect();
    const double margin = penWidth(1) / 2 + 1;
    exposed.adjust(-margin, -margin, margin, margin);
    const double tx = m_from.x();
    if (exposed.left() <= tx && tx <= exposed.right() && exposed.top() <= m_busY)
        line(m_trunkWeight, m_from, QPointF(tx, m_busY));
    const auto byX = [](const Drop &d, double x) { return d.x < x; };
    const int n = int(m_drops.size());
    // Drops [first, last) are inside; bar pieces reaching into the exposed part start one before.
    const int first =
        int(std::lower_bound(m_drops.cbegin(), m_drops.cend(), exposed.left(), byX) - m_drops.cbegin());
    const int last = int(std::upper_bound(m_drops.cbegin(), m_drops.cend(), exposed.right(),
                                          [](double x, const Drop &d) { return x < d.x; }) -
                         m_drops.cbegin());
    const bool barVisible = exposed.top() <= m_busY && m_busY <= exposed.bottom();
    if (barVisible) {
        // The piece between the trunk and its nearest drop on each side.
        const int rightOfTrunk = int(std::upper_bound(m_drops.cbegin(), m_drops.cend(), tx,
                                                      [](double x, const Drop &d) { return x < d.x; }) -
                                     m_drops.cbegin());
        for (int i = std::max(0, first - 1); i < std::min(n, last + 1); ++i) {
            const Drop &d = m_drops[i];
            if (d.x <= tx) {
                // Towards the trunk: to the next drop, or to the trunk if this is the nearest one.
                const double to = (i + 1 < n && m_drops[i + 1].x <= tx) ? m_drops[i + 1].x : tx;
                if (to > d.x)
                    line(m_reach[i], QPointF(d.x, m_busY), QPointF(to, m_busY));
            } else {
                const double to = i == rightOfTrunk ? tx : m_drops[i - 1].x;
                if (to < d.x)
                    line(m_reach[i], QPointF(to, m_busY), QPointF(d.x, m_busY));
            }
        }
    }
    for (int i = first; i < last; ++i) {
        const Drop &d = m_drops[i];
        if (d.top >= exposed.top() && m_busY <= exposed.bottom())
            line(d.weight, QPointF(d.x, m_busY), QPointF(d.x, d.top));
    }
}

} // namespace ui
