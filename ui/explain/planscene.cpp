#include "explain/planscene.h"

#include "explain/heatcolor.h"
#include "explain/planedgeitem.h"
#include "explain/plannodeitem.h"
#include "widgets/theme.h"

#include <QPainter>

namespace ui {

PlanScene::PlanScene(QObject *parent)
    : QGraphicsScene(parent) {}

PlanScene::~PlanScene() = default;

void PlanScene::drawBackground(QPainter *painter, const QRectF &rect) {
    painter->fillRect(rect, theme::color(theme::Role::PlanBackground));
}

void PlanScene::setPlan(explain::PlanPtr plan, explain::PlanLayout layout) {
    m_plan = std::move(plan);
    m_layout = std::move(layout);
    m_collapsed.clear();
    m_matches.clear();
    rebuild();
}

void PlanScene::clearPlan() {
    m_plan.reset();
    m_layout = {};
    m_collapsed.clear();
    m_matches.clear();
    rebuild();
}

void PlanScene::rebuild() {
    const int selected = selectedNode();
    clear();
    m_items.clear();
    if (!m_plan || m_plan->isEmpty()) {
        setSceneRect(QRectF(0, 0, 10, 10));
        Q_EMIT layoutChanged();
        return;
    }
    // One bus item per parent carries the links to all its visible children.
    QVector<QVector<PlanEdgeItem::Drop>> drops(m_layout.cards.size());
    QVector<QPointF> from(m_layout.cards.size());
    for (const auto &e : std::as_const(m_layout.edges)) {
        drops[e.parent].append(PlanEdgeItem::Drop{e.to.x(), e.to.y(), e.weight, e.child});
        from[e.parent] = e.from;
    }
    for (int i = 0; i < drops.size(); ++i)
        if (!drops[i].isEmpty())
            addItem(new PlanEdgeItem(i, from[i], std::move(drops[i])));
    for (int i = 0; i < m_layout.cards.size(); ++i) {
        if (!m_layout.visible[i])
            continue;
        auto *item = new PlanNodeItem(m_plan, i, m_layout.cards[i], m_collapsed.contains(i));
        connect(item, &PlanNodeItem::clicked, this, &PlanScene::nodeClicked);
        connect(item, &PlanNodeItem::toggleRequested, this, &PlanScene::toggleCollapsed);
        addItem(item);
        m_items.insert(i, item);
        if (m_matches.contains(i))
            item->setHighlighted(true);
    }
    setSceneRect(m_layout.bounds.adjusted(-40, -40, 40, 40));
    if (selected >= 0)
        selectNode(selected);
    Q_EMIT layoutChanged();
}

void PlanScene::setCollapsed(int nodeId, bool collapsed) {
    if (!m_plan || nodeId < 0 || nodeId >= m_plan->nodes.size() || isCollapsed(nodeId) == collapsed)
        return;
    if (collapsed)
        m_collapsed.insert(nodeId);
    else
        m_collapsed.remove(nodeId);
    // Re-laying out is O(nodes) and takes milliseconds even for 10,000 nodes.
    m_layout = explain::layoutPlan(*m_plan, m_collapsed);
    rebuild();
}

void PlanScene::toggleCollapsed(int nodeId) {
    setCollapsed(nodeId, !isCollapsed(nodeId));
}

void PlanScene::expandAll() {
    if (!m_plan || m_collapsed.isEmpty())
        return;
    m_collapsed.clear();
    m_layout = explain::layoutPlan(*m_plan, m_collapsed);
    rebuild();
}

void PlanScene::collapseBelowDepth(int depth) {
    if (!m_plan)
        return;
    m_collapsed.clear();
    for (const auto &n : m_plan->nodes)
        if (n.depth == depth && !n.children.isEmpty())
            m_collapsed.insert(n.id);
    m_layout = explain::layoutPlan(*m_plan, m_collapsed);
    rebuild();
}

PlanNodeItem *PlanScene::reveal(int nodeId) {
    if (!m_plan || nodeId < 0 || nodeId >= m_plan->nodes.size())
        return nullptr;
    bool changed = false;
    for (int p = m_plan->nodes[nodeId].parent; p >= 0; p = m_plan->nodes[p].parent)
        changed = m_collapsed.remove(p) || changed;
    if (changed) {
        m_layout = explain::layoutPlan(*m_plan, m_collapsed);
        rebuild();
    }
    return m_items.value(nodeId);
}

void PlanScene::selectNode(int nodeId) {
    clearSelection();
    if (PlanNodeItem *item = m_items.value(nodeId))
        item->setSelected(true);
}

int PlanScene::selectedNode() const {
    const QList<QGraphicsItem *> sel = selectedItems();
    for (QGraphicsItem *i : sel)
        if (auto *n = dynamic_cast<PlanNodeItem *>(i))
            return n->nodeId();
    return -1;
}

QList<int> PlanScene::search(const QString &text) {
    m_matches.clear();
    const QString needle = text.trimmed();
    if (m_plan && !needle.isEmpty()) {
        for (const auto &n : m_plan->nodes) {
            const QStringList hay = {n.operationName(), n.relation,     n.index,       n.alias,
                                     n.cteName,         n.functionName, n.filter,      n.indexCond,
                                     n.joinFilter,      n.hashCond,     n.recheckCond, n.subplanName};
            for (const QString &h : hay) {
                if (h.contains(needle, Qt::CaseInsensitive)) {
                    m_matches << n.id;
                    break;
                }
            }
        }
    }
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setHighlighted(m_matches.contains(it.key()));
    return m_matches;
}

void PlanScene::drawOverview(QPainter *p, const QRectF &exposed) {
    p->fillRect(exposed, theme::color(theme::Role::PlanBackground));
    if (!m_plan || m_plan->isEmpty())
        return;
    p->setRenderHint(QPainter::Antialiasing, false);
    // Links as the bus the cards show up close (PlanEdgeItem), one cosmetic pixel wide: at this
    // scale even the thickest link is well under a pixel.
    QVector<QLineF> lines;
    lines.reserve(m_layout.edges.size() * 2);
    int lastParent = -1;
    for (const auto &e : std::as_const(m_layout.edges)) {
        const double busY = (e.from.y() + e.to.y()) / 2;
        if (std::max(e.from.x(), e.to.x()) < exposed.left() ||
            std::min(e.from.x(), e.to.x()) > exposed.right())
            continue;
        if (e.parent != lastParent) {
            lines << QLineF(e.from, QPointF(e.from.x(), busY));
            lastParent = e.parent;
        }
        lines << QLineF(e.from.x(), busY, e.to.x(), busY) << QLineF(e.to.x(), busY, e.to.x(), e.to.y());
    }
    p->setPen(QPen(theme::color(theme::Role::PlanEdge), 0));
    p->drawLines(lines);
    // Cards as heat-coloured blocks, as PlanNodeItem draws them far away.
    const QColor untimed = theme::color(theme::Role::PlanTrack);
    for (int i = 0; i < m_layout.cards.size(); ++i) {
        const QRectF &r = m_layout.cards[i];
        if (!m_layout.visible[i] || r.right() < exposed.left() || r.left() > exposed.right())
            continue;
        const explain::PlanNode &n = m_plan->nodes[i];
        p->fillRect(r, n.hasTiming ? heatColor(n.shareOfTotal) : untimed);
    }
    // The selected card and the search matches stay findable: outlines at least a few pixels big.
    const double px = 1.0 / std::max(1e-9, p->worldTransform().m11());
    const auto outline = [&](int id) {
        if (id < 0 || id >= m_layout.cards.size() || !m_layout.visible[id])
            return;
        const QRectF r = m_layout.cards[id];
        const double growX = std::max(0.0, 3 * px - r.width() / 2),
                     growY = std::max(0.0, 3 * px - r.height() / 2);
        p->drawRect(r.adjusted(-growX, -growY, growX, growY));
    };
    p->setBrush(Qt::NoBrush);
    QPen pen(theme::color(theme::Role::PlanMatch), 2); // PlanNodeItem's match and selection colours
    pen.setCosmetic(true);
    p->setPen(pen);
    for (int id : std::as_const(m_matches))
        outline(id);
    pen.setColor(theme::color(theme::Role::PlanSelected));
    p->setPen(pen);
    outline(selectedNode());
}

} // namespace ui
