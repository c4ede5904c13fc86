#pragma once

#include "plans/planstore.h"

#include <QWidget>

namespace ui {

// A statement's plan shapes on a time axis: one lane per shape from first to last seen, labelled
// with its fingerprint and the statement's mean time while it was used; the change of plan is
// where one lane ends and the next begins.
class PlanTimeline : public QWidget {
    Q_OBJECT
public:
    explicit PlanTimeline(QWidget *parent = nullptr);
    void setShapes(const QList<plans::PlanShape> &shapes);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *e) override;

private:
    QList<plans::PlanShape> m_shapes;
};

} // namespace ui
