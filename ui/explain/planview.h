#pragma once

#include <QGraphicsView>

namespace ui {

class PlanScene;

// The graphical plan's viewport: wheel zooms around the cursor, dragging pans, + - 0 keys,
// fit to window, and centring on a node.
class PlanView : public QGraphicsView {
    Q_OBJECT
public:
    explicit PlanView(PlanScene *scene, QWidget *parent = nullptr);

    PlanScene *planScene() const { return m_scene; }
    double zoom() const { return transform().m11(); }
    void setZoom(double factor); // absolute, clamped to [min(0.02, fit), 4]
    void zoomBy(double factor);
    void fit();
    void centerOnNode(int nodeId);
    // The first view of a plan: the whole plan when it fits at a zoom where card text is
    // readable; otherwise the most readable zoom that shows the path from the root to the
    // slowest node (never below the zoom where cards still carry a label), scrolled to it.
    // Recomputed when the view is resized until the user zooms or scrolls. The levels of detail
    // are PlanNodeItem's (kDetailScale, kLabelScale).
    void showInitialView();
    // Below this zoom the view paints PlanScene::drawOverview instead of the items.
    static constexpr double kOverviewZoom = 0.01;
    bool isOverview() const { return zoom() < kOverviewZoom; }

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    double fitZoom() const;
    PlanScene *m_scene;
    bool m_initialPending = false;
};

} // namespace ui
