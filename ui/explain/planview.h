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
    // Below this zoom the view paints PlanScene::drawOverview instead of the items.
    static constexpr double kOverviewZoom = 0.01;
    bool isOverview() const { return zoom() < kOverviewZoom; }

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    double fitZoom() const;
    PlanScene *m_scene;
};

} // namespace ui
