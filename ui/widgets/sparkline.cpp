#include "widgets/sparkline.h"

#include "widgets/theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ui {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

Sparkline::~Sparkline() = default;

void Sparkline::setValues(const QList<double> &values) {
    m_values = values;
    update();
}

void Sparkline::setColor(const QColor &designed) {
    m_color = designed;
    update();
}

QSize Sparkline::sizeHint() const {
    return {240, fontMetrics().height() * 2 + 8};
}

QSize Sparkline::minimumSizeHint() const {
    return {80, fontMetrics().height() * 2 + 8};
}

void Sparkline::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF r = QRectF(rect()).adjusted(1.5, 2.5, -1.5, -2.5);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(r.bottomLeft(), r.bottomRight());
    if (m_values.size() < 2) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter, tr("collecting…"));
        return;
    }
    const double top = std::max(1e-9, *std::max_element(m_values.cbegin(), m_values.cend()));
    const double step = r.width() / double(m_values.size() - 1);
    QPainterPath line;
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const QPointF pt(r.left() + step * double(i),
                         r.bottom() - r.height() * std::max(0.0, m_values.at(i)) / top);
        if (i == 0)
            line.moveTo(pt);
        else
            line.lineTo(pt);
    }
    const QColor c = theme::series(m_color);
    QPainterPath area = line;
    area.lineTo(r.bottomRight());
    area.lineTo(r.bottomLeft());
    area.closeSubpath();
    QColor fill = c;
    fill.setAlpha(50);
    p.fillPath(area, fill);
    p.setPen(QPen(c, 1.6));
    p.drawPath(line);
}

} // namespace ui
