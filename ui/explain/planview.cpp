#include "explain/planview.h"

#include "explain/plannodeitem.h"
#include "explain/planscene.h"

#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ui {

PlanView::PlanView(PlanScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene) {
    setObjectName(QStringLiteral("planView"));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setRenderHint(QPainter::Antialiasing, true);
    setRenderHint(QPainter::TextAntialiasing, true);
    // Cards repaint only where the view changed; the scene index finds visible cards fast.
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontSavePainterState, true);
    setFocusPolicy(Qt::StrongFocus);
}

double PlanView::fitZoom() const {
    const QRectF r = sceneRect();
    if (r.isEmpty() || viewport()->width() <= 0 || viewport()->height() <= 0)
        return 1.0;
    return std::min(viewport()->width() / r.width(), viewport()->height() / r.height());
}

void PlanView::setZoom(double factor) {
    // A plan of thousands of nodes fits only far below 2 %: zooming from there must not jump.
    const double z = std::clamp(factor, std::min(0.02, fitZoom() * 0.9), 4.0);
    setTransform(QTransform::fromScale(z, z));
    Q_EMIT zoomChanged(z);
}

void PlanView::zoomBy(double factor) {
    setZoom(zoom() * factor);
}

void PlanView::fit() {
    m_initialPending = false;
    if (!scene())
        return;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    // A small plan is not blown up beyond its natural size.
    if (zoom() > 1.0)
        setZoom(1.0);
    Q_EMIT zoomChanged(zoom());
}

void PlanView::centerOnNode(int nodeId) {
    m_initialPending = false;
    PlanNodeItem *item = m_scene->reveal(nodeId);
    if (!item)
        return;
    if (zoom() < 0.6)
        setZoom(0.8);
    m_scene->selectNode(nodeId);
    centerOn(item);
}

void PlanView::showInitialView() {
    const explain::PlanPtr &plan = m_scene->plan();
    if (!plan || plan->isEmpty())
        return;
    m_initialPending = true;
    const QRectF all = sceneRect();
    const double vw = viewport()->width(), vh = viewport()->height();
    if (vw <= 0 || vh <= 0 || all.isEmpty())
        return;
    const double fitAll = std::min(vw / all.width(), vh / all.height());
    if (fitAll >= PlanNodeItem::kDetailScale) {
        setTransform(QTransform::fromScale(std::min(1.0, fitAll), std::min(1.0, fitAll)));
        centerOn(all.center());
        Q_EMIT zoomChanged(zoom());
        return;
    }
    const QList<int> slowest = plan->slowestNodes(1);
    int target = slowest.isEmpty() ? 0 : slowest.first();
    if (!m_scene->reveal(target))
        target = 0;
    QRectF path;
    for (int id = target; id >= 0; id = plan->nodes[id].parent) {
        const QRectF card = m_scene->layout().cards.value(id);
        if (!card.isEmpty())
            path = path.isNull() ? card : path.united(card);
    }
    const QRectF slow = m_scene->layout().cards.value(target);
    const QRectF margin = path.adjusted(-20, -20, 20, 20);
    const double pathZoom = std::min({1.0, vw / margin.width(), vh / margin.height()});
    // The whole path when it fits at a zoom where cards carry at least a useful label
    // (about 0.3: two lines, name and time); otherwise full-text cards around the slowest node,
    // its card a third from the bottom so its parents show above it.
    if (pathZoom >= 0.3) {
        setTransform(QTransform::fromScale(pathZoom, pathZoom));
        centerOn(margin.center());
    } else {
        const double z = 0.8; // 9-point card text at about 10 pixels
        setTransform(QTransform::fromScale(z, z));
        centerOn(QPointF(slow.center().x(), slow.center().y() - vh / z / 6));
    }
    Q_EMIT zoomChanged(zoom());
}

void PlanView::resizeEvent(QResizeEvent *event) {
    QGraphicsView::resizeEvent(event);
    if (m_initialPending)
        showInitialView();
}

void PlanView::mousePressEvent(QMouseEvent *event) {
    m_initialPending = false;
    QGraphicsView::mousePressEvent(event);
}

void PlanView::paintEvent(QPaintEvent *event) {
    if (!isOverview()) {
        QGraphicsView::paintEvent(event);
        return;
    }
    QPainter p(viewport());
    p.setTransform(viewportTransform());
    m_scene->drawOverview(&p, mapToScene(event->rect()).boundingRect());
}

void PlanView::wheelEvent(QWheelEvent *event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_initialPending = false;
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void PlanView::keyPressEvent(QKeyEvent *event) {
    m_initialPending = false;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_0:
        fit();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

} // namespace ui
