#pragma once

#include <QString>

class QGraphicsScene;

namespace ui {

// Renders the whole plan scene to a file. PNG is capped at 16,000 px on its longer side
// (huge plans are scaled down); SVG keeps every card as vectors. Empty string on success,
// else the reason.
QString exportPlanPng(QGraphicsScene *scene, const QString &path);
QString exportPlanSvg(QGraphicsScene *scene, const QString &path, const QString &title = {});

} // namespace ui
