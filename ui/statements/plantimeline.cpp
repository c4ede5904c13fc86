#include "statements/plantimeline.h"

#include "widgets/theme.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace ui {

namespace {
const QColor kLanes[] = {QColor(0x3949ab), QColor(0xc62828), QColor(0x2e7d32),
                         QColor(0xef6c00), QColor(0x6a1b9a), QColor(0x00838f)};
}

PlanTimeline::PlanTimeline(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("planTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PlanTimeline::setShapes(const QList<plans::PlanShape> &shapes) {
    m_shapes = shapes;
    updateGeometry();
    update();
}

QSize PlanTimeline::sizeHint() const {
    const int lh = fontMetrics().height();
    return {400, int(std::max<qsizetype>(1, m_shapes.size())) * (lh + 6) + lh + 8};
}

QSize PlanTimeline::minimumSizeHint() const {
    return {200, sizeHint().height()};
}

void PlanTimeline::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.setPen(pal.color(QPalette::Text));
    if (m_shapes.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No plan captured yet"));
        return;
    }
    qint64 from = m_shapes.first().firstSeenMs, to = from;
    for (const auto &s : m_shapes) {
        from = std::min(from, s.firstSeenMs);
        to = std::max(to, s.lastSeenMs);
    }
    to = std::max(to, from + 60000); // at least a minute wide
    const QFontMetrics fm = fontMetrics();
    const int lh = fm.height(),
              labelW = fm.horizontalAdvance(QStringLiteral("0000000000000000  00000.00 ms")) + 8;
    const int left = labelW, right = width() - 8;
    auto x = [&](qint64 t) { return left + double(t - from) / double(to - from) * (right - left); };
    for (int i = 0; i < m_shapes.size(); ++i) {
        const auto &s = m_shapes[i];
        const int y = 4 + i * (lh + 6);
        const QColor c = theme::series(kLanes[i % int(std::size(kLanes))]);
        p.setPen(pal.color(QPalette::Text));
        const QString mean =
            s.meanMs ? tr("%1 ms").arg(QLocale().toString(*s.meanMs, 'f', 2)) : QStringLiteral("—");
        p.drawText(QRect(0, y, labelW - 6, lh), Qt::AlignVCenter | Qt::AlignLeft,
                   s.fingerprint.left(8) + QStringLiteral("  ") + mean);
        const double x0 = x(s.firstSeenMs), x1 = std::max(x0 + 4, x(s.lastSeenMs));
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(QRectF(x0, y + 3, x1 - x0, lh - 6), 3, 3);
    }
    // The time axis: start and end.
    const int ay = 4 + int(m_shapes.size()) * (lh + 6);
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawLine(left, ay, right, ay);
    const QString fmt = to - from > 86400000 ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm:ss");
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(left, ay + 2, 200, lh), Qt::AlignLeft,
               QDateTime::fromMSecsSinceEpoch(from).toString(fmt));
    p.drawText(QRect(right - 200, ay + 2, 200, lh), Qt::AlignRight,
               QDateTime::fromMSecsSinceEpoch(to).toString(fmt));
}

} // namespace ui
