#include "timeline/timelinechart.h"

#include "widgets/theme.h"

#include <QDateTime>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <cmath>

namespace ui {

using sessionhistory::WaitClass;

TimelineChart::TimelineChart(QWidget *parent)
    : QWidget(parent) {
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr(
        "Wheel: zoom · drag: select a window · right-drag or Shift+drag: pan · click: replay that moment"));
}

QColor TimelineChart::classColor(WaitClass c) {
    switch (c) {
    case WaitClass::Cpu:
        return QColor(0x2e, 0xa0, 0x43);
    case WaitClass::Activity:
        return QColor(0x9e, 0x9e, 0x9e);
    case WaitClass::BufferPin:
        return QColor(0x8d, 0x6e, 0x63);
    case WaitClass::Client:
        return QColor(0x80, 0xde, 0xea);
    case WaitClass::Extension:
        return QColor(0xce, 0x93, 0xd8);
    case WaitClass::IO:
        return QColor(0x1e, 0x63, 0xc4);
    case WaitClass::IPC:
        return QColor(0xff, 0xb7, 0x4d);
    case WaitClass::Lock:
        return QColor(0xd3, 0x2f, 0x2f);
    case WaitClass::LWLock:
        return QColor(0xf0, 0x62, 0x92);
    case WaitClass::Timeout:
        return QColor(0xfd, 0xd8, 0x35);
    case WaitClass::Other:
    case WaitClass::Count:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

void TimelineChart::setData(const sessionhistory::TimelineData &data) {
    m_data = data;
    update();
}

void TimelineChart::setRange(qint64 fromMs, qint64 toMs) {
    m_from = fromMs;
    m_to = qMax(fromMs + 1000, toMs);
    update();
}

void TimelineChart::setSelection(qint64 fromMs, qint64 toMs) {
    m_selFrom = fromMs;
    m_selTo = toMs;
    update();
}

void TimelineChart::setMarker(qint64 tsMs) {
    m_marker = tsMs;
    update();
}

void TimelineChart::setReferenceLines(const QList<QPair<double, QString>> &lines) {
    m_refs = lines;
    update();
}

QRect TimelineChart::plotRect() const {
    return rect().adjusted(48, 26, -12, -24);
}

qint64 TimelineChart::timeAt(int x) const {
    const QRect p = plotRect();
    const double f = double(x - p.left()) / double(qMax(1, p.width()));
    return m_from + qint64(f * double(m_to - m_from));
}

int TimelineChart::xAt(qint64 ts) const {
    const QRect p = plotRect();
    return p.left() + int(double(ts - m_from) / double(m_to - m_from) * p.width());
}

double TimelineChart::yMax() const {
    double m = qMax(1.0, m_data.maxStacked());
    for (const auto &r : m_refs) // a reference line close above the data is shown, a far one is not
        if (r.first <= m * 3.0)
            m = qMax(m, r.first);
    // A round top: 1, 2, 5, 10, 20, ...
    const double p = std::pow(10.0, std::floor(std::log10(m)));
    for (double k : {1.0, 2.0, 5.0, 10.0})
        if (k * p >= m * 1.05)
            return k * p;
    return 10.0 * p;
}

void TimelineChart::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRect plot = plotRect();
    const double top = yMax();
    auto yAt = [&](double v) { return plot.bottom() - v / top * plot.height(); };
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(plot);
    // Grid and y labels.
    const QFontMetrics fm(font());
    p.setPen(palette().color(QPalette::Text));
    for (int i = 0; i <= 4; ++i) {
        const double v = top * i / 4.0;
        const int y = int(yAt(v));
        p.setPen(QPen(palette().color(QPalette::Midlight), 1, Qt::DotLine));
        if (i > 0 && i < 4)
            p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(0, y - fm.height() / 2, plot.left() - 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(v, 'g', 3));
    }
    // X labels: 5 evenly spaced times.
    const bool days = m_to - m_from > 2LL * 86400 * 1000;
    for (int i = 0; i <= 4; ++i) {
        const qint64 ts = m_from + (m_to - m_from) * i / 4;
        const QString label = QDateTime::fromMSecsSinceEpoch(ts).toString(days ? QStringLiteral("MM-dd HH:mm")
                                                                               : QStringLiteral("HH:mm:ss"));
        const int x = xAt(ts);
        const int w = fm.horizontalAdvance(label);
        const int left = qBound(0, x - w / 2, width() - w);
        p.drawText(QRect(left, plot.bottom() + 4, w + 2, fm.height()), Qt::AlignLeft, label);
    }
    // Stacked bands, CPU at the bottom.
    const auto &ts = m_data.ts;
    const int n = int(ts.size());
    p.save();
    p.setClipRect(plot.adjusted(1, 1, 0, 0));
    p.setRenderHint(QPainter::Antialiasing, false);
    QList<double> base(n, 0.0);
    const bool bars = n > 0 && n < plot.width() / 2;
    for (int c = 0; c < int(WaitClass::Count); ++c) {
        bool any = false;
        for (int i = 0; i < n && !any; ++i)
            any = m_data.aas.at(i)[c] > 0.f;
        if (!any)
            continue;
        QPainterPath path;
        QList<QPointF> upper, lower;
        upper.reserve(n * 2);
        for (int i = 0; i < n; ++i) {
            const double x0 = xAt(ts.at(i));
            const double x1 = bars ? xAt(ts.at(i) + m_data.bucketMs) : x0;
            const double lo = base.at(i);
            const double hi = lo + m_data.aas.at(i)[c];
            upper << QPointF(x0, yAt(hi));
            if (bars)
                upper << QPointF(x1, yAt(hi));
            lower << QPointF(x0, yAt(lo));
            if (bars)
                lower << QPointF(x1, yAt(lo));
            base[i] = hi;
        }
        path.moveTo(upper.first());
        for (qsizetype k = 1; k < upper.size(); ++k)
            path.lineTo(upper.at(k));
        for (qsizetype k = lower.size() - 1; k >= 0; --k)
            path.lineTo(lower.at(k));
        path.closeSubpath();
        const QColor col = classColor(WaitClass(c));
        p.fillPath(path, col);
    }
    // Reference lines.
    for (const auto &r : std::as_const(m_refs)) {
        if (r.first > top)
            continue;
        const int y = int(yAt(r.first));
        p.setPen(QPen(theme::text(QColor(0x55, 0x55, 0x55)), 1, Qt::DashLine));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.drawText(plot.left() + 4, y - 3, QStringLiteral("%1 (%2)").arg(r.second).arg(r.first));
    }
    // Selection and the replayed moment.
    if (m_selTo > m_selFrom) {
        const QRect sel(QPoint(xAt(m_selFrom), plot.top()), QPoint(xAt(m_selTo), plot.bottom()));
        QColor c = palette().color(QPalette::Highlight);
        c.setAlpha(50);
        p.fillRect(sel, c);
        p.setPen(palette().color(QPalette::Highlight));
        p.drawRect(sel);
    }
    if (m_marker > 0) {
        p.setPen(QPen(palette().color(QPalette::Text), 2));
        p.drawLine(xAt(m_marker), plot.top(), xAt(m_marker), plot.bottom());
    }
    p.restore();
    // Legend: the classes present.
    int x = plot.right();
    p.setPen(palette().color(QPalette::Text));
    for (int c = int(WaitClass::Count) - 1; c >= 0; --c) {
        bool any = false;
        for (int i = 0; i < n && !any; ++i)
            any = m_data.aas.at(i)[c] > 0.f;
        if (!any)
            continue;
        const QString name = sessionhistory::waitClassName(WaitClass(c));
        const int w = fm.horizontalAdvance(name);
        x -= w;
        p.drawText(x, 4 + fm.ascent(), name);
        x -= 14;
        p.fillRect(QRect(x, 4 + fm.ascent() - 10, 10, 10), classColor(WaitClass(c)));
        x -= 10;
    }
    p.drawText(plot.left(), 4 + fm.ascent(), tr("Average active sessions"));
    if (n == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No session history recorded in this range"));
    }
}

void TimelineChart::wheelEvent(QWheelEvent *e) {
    const double steps = e->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const qint64 at = timeAt(int(e->position().x()));
    const double factor = std::pow(0.8, steps); // wheel up: zoom in
    const qint64 span =
        qBound<qint64>(60 * 1000, qint64(double(m_to - m_from) * factor), 366LL * 86400 * 1000);
    const double f = double(at - m_from) / double(m_to - m_from);
    const qint64 from = at - qint64(f * double(span));
    Q_EMIT rangeRequested(from, from + span);
    e->accept();
}

void TimelineChart::mousePressEvent(QMouseEvent *e) {
    m_pressPos = e->position().toPoint();
    m_pressFrom = m_from;
    m_pressTo = m_to;
    m_moved = false;
    const bool pan = e->button() == Qt::RightButton || e->button() == Qt::MiddleButton ||
                     (e->button() == Qt::LeftButton && (e->modifiers() & Qt::ShiftModifier));
    m_drag = pan ? Drag::Pan : e->button() == Qt::LeftButton ? Drag::Select : Drag::None;
}

void TimelineChart::mouseMoveEvent(QMouseEvent *e) {
    const QPoint pos = e->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() > 4)
        m_moved = true;
    if (!m_moved)
        return;
    if (m_drag == Drag::Pan) {
        const qint64 dt = qint64(double(m_pressPos.x() - pos.x()) / qMax(1, plotRect().width()) *
                                 double(m_pressTo - m_pressFrom));
        Q_EMIT rangeRequested(m_pressFrom + dt, m_pressTo + dt);
    } else if (m_drag == Drag::Select) {
        const qint64 a = timeAt(m_pressPos.x()), b = timeAt(pos.x());
        setSelection(qMin(a, b), qMax(a, b));
    }
}

void TimelineChart::mouseReleaseEvent(QMouseEvent *e) {
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Select && m_moved) {
        const qint64 a = timeAt(m_pressPos.x()), b = timeAt(e->position().toPoint().x());
        setSelection(qMin(a, b), qMax(a, b));
        Q_EMIT windowSelected(qMin(a, b), qMax(a, b));
    } else if (drag == Drag::Select && !m_moved) {
        Q_EMIT momentClicked(timeAt(m_pressPos.x()));
    }
}

} // namespace ui
