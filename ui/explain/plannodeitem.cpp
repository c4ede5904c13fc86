#include "explain/plannodeitem.h"

#include "explain/format.h"
#include "explain/heatcolor.h"
#include "widgets/theme.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace ui {

PlanNodeItem::PlanNodeItem(explain::PlanPtr plan, int nodeId, const QRectF &rect, bool collapsed,
                           QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_plan(std::move(plan))
    , m_id(nodeId)
    , m_rect(rect)
    , m_collapsed(collapsed) {
    setFlag(ItemIsSelectable);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::PointingHandCursor);
    const explain::PlanNode &n = m_plan->nodes[m_id];
    setToolTip(n.operationName() + (n.target().isEmpty() ? QString() : QLatin1Char(' ') + n.target()));
    m_name = n.operationName();
    if (!n.target().isEmpty())
        m_name += QLatin1Char(' ') + n.target();
    if (n.hasTiming)
        m_time = explain::format::ms(n.exclusiveMs) + QStringLiteral(" \u00b7 ") +
                 explain::format::share(n.shareOfTotal);
    m_label =
        m_time.isEmpty() ? m_name : m_name + QStringLiteral(" \u00b7 ") + explain::format::ms(n.exclusiveMs);
}

QRectF PlanNodeItem::boundingRect() const {
    return m_rect.adjusted(-3, -3, 3, 14);
}

QRectF PlanNodeItem::toggleRect() const {
    return QRectF(m_rect.center().x() - 8, m_rect.bottom() - 2, 16, 14);
}

void PlanNodeItem::setHighlighted(bool on) {
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    update();
}

void PlanNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event) {
    const explain::PlanNode &n = m_plan->nodes[m_id];
    if (!n.children.isEmpty() && toggleRect().contains(event->pos())) {
        Q_EMIT toggleRequested(m_id);
        event->accept();
        return;
    }
    QGraphicsObject::mousePressEvent(event);
    Q_EMIT clicked(m_id);
}

void PlanNodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) {
    const explain::PlanNode &n = m_plan->nodes[m_id];
    const QColor heat = heatColor(n.shareOfTotal);
    using theme::Role;
    const QColor kInk = theme::color(Role::PlanInk), kMuted = theme::color(Role::PlanMuted),
                 kBorder = theme::color(Role::PlanBorder), kSelected = theme::color(Role::PlanSelected),
                 kMatch = theme::color(Role::PlanMatch), card = theme::color(Role::PlanCard),
                 idle = theme::color(Role::PlanCardIdle);
    const double lod = option->levelOfDetailFromTransform(p->worldTransform());
    const bool selected = isSelected();
    QPen border(selected ? kSelected : m_highlighted ? kMatch : kBorder, selected || m_highlighted ? 3 : 1);
    if (n.neverExecuted)
        border.setStyle(Qt::DashLine);
    if (lod < kLabelScale) {
        // Far away: a heat-coloured block, cheap to draw for ten thousand nodes.
        p->setRenderHint(QPainter::Antialiasing, false);
        p->setPen(lod < 0.08 ? Qt::NoPen : border);
        p->setBrush(n.hasTiming ? heat : theme::color(Role::PlanTrack));
        p->drawRect(m_rect);
        return;
    }
    if (lod < kDetailScale) {
        // Semantic zoom: the card's own text would be unreadable; one line at a readable size
        // says what the node is and how long it took, on a light tint of its heat colour.
        p->setRenderHint(QPainter::Antialiasing, false);
        p->setPen(border);
        p->setBrush(n.neverExecuted ? idle : card);
        p->drawRect(m_rect);
        const double stripe = std::max(6.0, 4 / lod);
        if (n.hasTiming) {
            p->setPen(Qt::NoPen);
            p->setBrush(heat);
            p->drawRect(QRectF(m_rect.left(), m_rect.top(), stripe, m_rect.height()));
        }
        const int widthPx = int((m_rect.width() - stripe) * lod) - 6;
        if (widthPx < 12)
            return;
        QFont f = p->font();
        f.setPixelSize(int(kLabelPixels));
        f.setBold(true);
        const double heightPx = m_rect.height() * lod;
        const bool twoLines = heightPx >= 2.6 * kLabelPixels && !m_time.isEmpty();
        if (widthPx != m_elidedFor) {
            m_labelPixels = int(kLabelPixels);
            if (twoLines) {
                m_elided = QFontMetrics(f).elidedText(m_name, Qt::ElideRight, widthPx);
            } else {
                // One line, the same size on every card of this zoom: from 11 pixels down to 8
                // on narrow cards, so a few more letters of the node type show.
                m_labelPixels = std::clamp(widthPx / 6, 8, int(kLabelPixels));
                QFont g = f;
                g.setPixelSize(m_labelPixels);
                m_elided = QFontMetrics(g).elidedText(m_label, Qt::ElideRight, widthPx);
            }
            m_elidedFor = widthPx;
        }
        if (!twoLines)
            f.setPixelSize(m_labelPixels);
        // Drawn unscaled, in device pixels, so the text stays sharp and its size fixed.
        const QPointF topLeft = p->worldTransform().map(QPointF(m_rect.left() + stripe, m_rect.top()));
        p->save();
        p->resetTransform();
        p->setFont(f);
        p->setPen(kInk);
        if (twoLines) {
            const double top = topLeft.y() + (heightPx - 2.4 * kLabelPixels) / 2;
            p->drawText(QRectF(topLeft.x() + 4, top, widthPx + 2, 1.2 * kLabelPixels),
                        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_elided);
            f.setBold(false);
            p->setFont(f);
            p->drawText(QRectF(topLeft.x() + 4, top + 1.2 * kLabelPixels, widthPx + 2, 1.2 * kLabelPixels),
                        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_time);
        } else {
            p->drawText(
                QRectF(topLeft.x() + 4, topLeft.y(), widthPx + 2, std::min(heightPx, 2.2 * kLabelPixels)),
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_elided);
        }
        p->restore();
        return;
    }
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setPen(border);
    p->setBrush(n.neverExecuted ? idle : card);
    p->drawRoundedRect(m_rect, 6, 6);
    // Heat stripe on the left edge.
    if (n.hasTiming) {
        p->setPen(Qt::NoPen);
        p->setBrush(heat);
        p->drawRoundedRect(QRectF(m_rect.left() + 1, m_rect.top() + 1, 6, m_rect.height() - 2), 3, 3);
    }
    const double x = m_rect.left() + 14, w = m_rect.width() - 22;
    double y = m_rect.top() + 3;
    QFont f = p->font();
    f.setPointSizeF(9);
    QFont bold = f;
    bold.setBold(true);
    bold.setPointSizeF(10);
    QFont small = f;
    small.setPointSizeF(8);
    const QLocale loc;

    // Line 1: operation and exclusive time.
    p->setFont(bold);
    p->setPen(kInk);
    const QString time = n.hasTiming ? explain::format::ms(n.exclusiveMs) : QString();
    const double timeW = QFontMetricsF(bold).horizontalAdvance(time) + 6;
    const QString op = QFontMetricsF(bold).elidedText(n.operationName(), Qt::ElideRight, w - timeW);
    p->drawText(QRectF(x, y, w - timeW, 18), Qt::AlignLeft | Qt::AlignVCenter, op);
    p->drawText(QRectF(x, y, w, 18), Qt::AlignRight | Qt::AlignVCenter, time);
    y += 17;
    // Line 2: what it works on, or the subplan label.
    p->setFont(f);
    p->setPen(kMuted);
    QString target = n.target();
    if (!n.subplanName.isEmpty())
        target = target.isEmpty() ? n.subplanName : n.subplanName + QStringLiteral(" \u00b7 ") + target;
    p->drawText(
        QRectF(x, y, w, 16), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(f).elidedText(target.isEmpty() ? QStringLiteral(" ") : target, Qt::ElideMiddle, w));
    y += 16;
    // Line 3: exclusive-time bar with its share.
    const QString share = n.hasTiming ? explain::format::share(n.shareOfTotal) : tr("no timing");
    const double shareW = QFontMetricsF(small).horizontalAdvance(QStringLiteral("100.0 %")) + 6;
    const QRectF track(x, y + 3, w - shareW, 9);
    p->setPen(Qt::NoPen);
    p->setBrush(theme::color(Role::PlanTrack));
    p->drawRoundedRect(track, 3, 3);
    if (n.hasTiming && n.shareOfTotal > 0) {
        p->setBrush(heat);
        p->drawRoundedRect(
            QRectF(track.left(), track.top(), std::max(2.0, track.width() * n.shareOfTotal), track.height()),
            3, 3);
    }
    p->setFont(small);
    p->setPen(kInk);
    p->drawText(QRectF(x, y, w, 15), Qt::AlignRight | Qt::AlignVCenter, share);
    y += 15;
    // Line 4: rows actual / estimated and the misestimate badge.
    p->setFont(f);
    QString rows;
    if (n.neverExecuted)
        rows = tr("never executed");
    else if (n.hasActuals)
        rows =
            tr("%1 of %2 rows").arg(explain::format::count(n.actualRows), explain::format::count(n.planRows));
    else
        rows = tr("%1 rows (estimate)").arg(explain::format::count(n.planRows));
    QString badge;
    if (n.misestimate >= 2) {
        badge = QStringLiteral("%1x %2").arg(loc.toString(n.misestimate, 'f', n.misestimate < 10 ? 1 : 0),
                                             n.misestimateDirection == explain::MisestimateDirection::Under
                                                 ? QStringLiteral("\u2193")
                                                 : QStringLiteral("\u2191"));
    }
    const double badgeW = badge.isEmpty() ? 0 : QFontMetricsF(small).horizontalAdvance(badge) + 12;
    p->setPen(n.neverExecuted ? kMuted : kInk);
    p->drawText(QRectF(x, y, w - badgeW, 16), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(f).elidedText(rows, Qt::ElideRight, w - badgeW));
    if (!badge.isEmpty()) {
        const QRectF b(x + w - badgeW + 2, y + 1, badgeW - 2, 14);
        p->setPen(Qt::NoPen);
        const QColor badgeColor = misestimateColor(n.misestimate);
        p->setBrush(badgeColor);
        p->drawRoundedRect(b, 7, 7);
        p->setFont(small);
        p->setPen(theme::onColor(badgeColor));
        p->drawText(b, Qt::AlignCenter, badge);
    }
    y += 16;
    // Line 5: loops and exclusive buffers.
    p->setFont(small);
    p->setPen(kMuted);
    QStringList facts;
    if (n.hasActuals && n.loops > 1)
        facts << tr("loops %1").arg(explain::format::count(n.loops));
    if (!n.exclusiveBuffers.isZero())
        facts << tr("buffers %1").arg(explain::format::count(double(n.exclusiveBuffers.total())));
    if (n.workersPlanned >= 0)
        facts << tr("workers %1/%2").arg(n.workersLaunched).arg(n.workersPlanned);
    p->drawText(QRectF(x, y, w, 15), Qt::AlignLeft | Qt::AlignVCenter,
                facts.join(QStringLiteral(" \u00b7 ")));
    // Findings marker.
    const int findings = int(m_plan->findingsFor(m_id).size());
    if (findings > 0) {
        const QRectF dot(m_rect.right() - 18, m_rect.bottom() - 17, 14, 14);
        p->setPen(Qt::NoPen);
        p->setBrush(theme::findingBadge());
        p->drawEllipse(dot);
        p->setPen(theme::onColor(theme::findingBadge()));
        p->setFont(small);
        p->drawText(dot, Qt::AlignCenter, QString::number(findings));
    }
    // Collapse toggle under the card.
    if (!n.children.isEmpty()) {
        const QRectF t = toggleRect();
        p->setPen(QPen(kBorder, 1));
        p->setBrush(card);
        p->drawRoundedRect(t, 3, 3);
        p->setPen(kInk);
        p->setFont(small);
        p->drawText(t, Qt::AlignCenter,
                    m_collapsed ? QStringLiteral("+%1").arg(n.children.size()) : QStringLiteral("\u2212"));
    }
}

} // namespace ui
