#pragma once

#include "explain/layout.h"
#include "explain/plan.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

namespace ui {

class PlanNodeItem;

// The graphical plan: a card per visible node and an edge per visible link, positioned by
// explain::layoutPlan. Collapsing a node hides its subtree and re-lays out the rest.
class PlanScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit PlanScene(QObject *parent = nullptr);
    ~PlanScene() override;

    // Shows a plan with a layout computed elsewhere (on a worker thread for big plans).
    void setPlan(explain::PlanPtr plan, explain::PlanLayout layout);
    const explain::PlanPtr &plan() const { return m_plan; }
    const explain::PlanLayout &layout() const { return m_layout; }
    void clearPlan();

    void setCollapsed(int nodeId, bool collapsed);
    void toggleCollapsed(int nodeId);
    void expandAll();
    void collapseBelowDepth(int depth);
    bool isCollapsed(int nodeId) const { return m_collapsed.contains(nodeId); }
    // Expands the ancestors so the node is visible; returns its card (null when none).
    PlanNodeItem *reveal(int nodeId);
    PlanNodeItem *item(int nodeId) const { return m_items.value(nodeId); }
    void selectNode(int nodeId);
    int selectedNode() const;
    // Highlights the nodes matching text (operation, relation, index, alias, conditions).
    QList<int> search(const QString &text);
    // Far zoomed out (cards a few pixels wide or less), the whole plan straight from the layout:
    // heat-coloured blocks, hairline links, and outlines for the selected card and search matches.
    // Painting thousands of sub-pixel items one by one through the scene costs more than a frame.
    void drawOverview(QPainter *painter, const QRectF &exposed);

Q_SIGNALS:
    void nodeClicked(int nodeId);
    void layoutChanged();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override; // the theme's, live

private:
    void rebuild();
    explain::PlanPtr m_plan;
    explain::PlanLayout m_layout;
    QSet<int> m_collapsed;
    QHash<int, PlanNodeItem *> m_items;
    QList<int> m_matches;
};

} // namespace ui
