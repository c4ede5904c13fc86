#include "explain/planscene.h"

#include "explain/planedgeitem.h"
#include "explain/plannodeitem.h"

namespace ui {

PlanScene::PlanScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
}

PlanScene::~PlanScene() = default;

void PlanScene::setPlan(explain::PlanPtr plan, explain::PlanLayout layout)
{
    m_plan = std::move(plan);
    m_layout = std::move(layout);
    m_collapsed.clear();
    m_matches.clear();
    rebuild();
}

void PlanScene::clearPlan()
{
    m_plan.reset();
    m_layout = {};
    m_collapsed.clear();
    m_matches.clear();
    rebuild();
}

void PlanScene::rebuild()
{
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

void PlanScene::setCollapsed(int nodeId, bool collapsed)
{
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

void PlanScene::toggleCollapsed(int nodeId) { setCollapsed(nodeId, !isCollapsed(nodeId)); }

void PlanScene::expandAll()
{
    if (!m_plan || m_collapsed.isEmpty())
        return;
    m_collapsed.clear();
    m_layout = explain::layoutPlan(*m_plan, m_collapsed);
    rebuild();
}

void PlanScene::collapseBelowDepth(int depth)
{
    if (!m_plan)
        return;
    m_collapsed.clear();
    for (const auto &n : m_plan->nodes)
        if (n.depth == depth && !n.children.isEmpty())
            m_collapsed.insert(n.id);
    m_layout = explain::layoutPlan(*m_plan, m_collapsed);
    rebuild();
}

PlanNodeItem *PlanScene::reveal(int nodeId)
{
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

void PlanScene::selectNode(int nodeId)
{
    clearSelection();
    if (PlanNodeItem *item = m_items.value(nodeId))
        item->setSelected(true);
}

int PlanScene::selectedNode() const
{
    const QList<QGraphicsItem *> sel = selectedItems();
    for (QGraphicsItem *i : sel)
        if (auto *n = dynamic_cast<PlanNodeItem *>(i))
            return n->nodeId();
    return -1;
}

QList<int> PlanScene::search(const QString &text)
{
    m_matches.clear();
    const QString needle = text.trimmed();
    if (m_plan && !needle.isEmpty()) {
        for (const auto &n : m_plan->nodes) {
            const QStringList hay = {n.operationName(), n.relation, n.index,      n.alias,     n.cteName,
                                     n.functionName,    n.filter,   n.indexCond, n.joinFilter, n.hashCond,
                                     n.recheckCond,     n.subplanName};
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

} // namespace ui
