#include "explain/planimage.h"

#include "widgets/theme.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>

namespace ui {

QString exportPlanPng(QGraphicsScene *scene, const QString &path) {
    const QRectF src = scene->sceneRect();
    const double scale = std::min(1.0, 16000.0 / std::max(src.width(), src.height()));
    QImage image(QSize(int(src.width() * scale) + 1, int(src.height() * scale) + 1),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return QCoreApplication::translate("explain",
                                           "The plan is too large for an image; export SVG instead.");
    image.fill(theme::color(theme::Role::PlanBackground));
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        scene->render(&p, QRectF(QPointF(0, 0), QSizeF(image.size())), src);
    }
    if (!image.save(path, "PNG"))
        return QCoreApplication::translate("explain", "Could not write %1.").arg(path);
    return {};
}

QString exportPlanSvg(QGraphicsScene *scene, const QString &path, const QString &title) {
    const QRectF src = scene->sceneRect();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(src.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), src.size()));
    svg.setTitle(title.isEmpty() ? QStringLiteral("pgdba plan") : title);
    svg.setDescription(QCoreApplication::translate("explain", "Query plan rendered by pgdba"));
    QPainter p;
    if (!p.begin(&svg))
        return QCoreApplication::translate("explain", "Could not write %1.").arg(path);
    scene->render(&p, QRectF(QPointF(0, 0), src.size()), src);
    p.end();
    return {};
}

} // namespace ui
