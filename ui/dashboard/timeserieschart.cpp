#include "dashboard/timeserieschart.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ui {

namespace {
// A readable axis: the maximum is 1, 2 or 5 x 10^n at or above v, with ticks on round steps.
struct NiceAxis {
    double max;
    int ticks;
    int decimals;
};
NiceAxis niceAxis(double v) {
    if (v <= 0 || !std::isfinite(v))
        v = 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    double m = 10;
    for (double c : {1.0, 2.0, 5.0, 10.0})
        if (c * p >= v * (1 - 1e-9)) {
            m = c;
            break;
        }
    const int ticks = m == 2.0 ? 5 : 6; // steps of 0.2p, 0.5p, 1p, 2p
    const double step = m * p / (ticks - 1);
    return {m * p, ticks, step < 1 ? int(std::ceil(-std::log10(step))) : 0};
}
} // namespace

TimeSeriesChart::TimeSeriesChart(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(new QChart, parent) // QChartView(parent) + setChart() leaks the default chart
    , m_unit(unit)
    , m_time(new QDateTimeAxis(this))
    , m_left(new QValueAxis(this)) {
    QChart *c = chart();
    c->setTitle(title);
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    QFont tf = c->titleFont();
    tf.setBold(true);
    c->setTitleFont(tf);
    setRenderHint(QPainter::Antialiasing, true);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(6);
    m_left->setLabelFormat(QStringLiteral("%.0f"));
    m_left->setRange(0, 1);
    m_left->setTickCount(5);
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_left, Qt::AlignLeft);
    setMinimumHeight(180);
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::setStacked(bool stacked) {
    m_stacked = stacked;
}

void TimeSeriesChart::setRightAxis(const QString &title, double min, double max, const QString &format) {
    m_right = new QValueAxis(this);
    m_right->setTitleText(title);
    m_right->setRange(min, max);
    m_right->setLabelFormat(format);
    m_right->setTickCount(5);
    m_rightFormat = format;
    chart()->addAxis(m_right, Qt::AlignRight);
}

int TimeSeriesChart::addSeries(const QString &name, const QColor &color, Side side) {
    auto *line = new QLineSeries(this);
    line->setName(name);
    QPen pen(color);
    pen.setWidthF(1.6);
    line->setPen(pen);
    if (m_stacked) {
        auto *area = new QAreaSeries(line, m_lines.isEmpty() ? nullptr : m_lines.last());
        area->setName(name);
        QColor fill = color;
        fill.setAlpha(170);
        area->setBrush(fill);
        area->setPen(Qt::NoPen); // an empty layer on top would otherwise draw its colour over the total
        chart()->addSeries(area);
        area->attachAxis(m_time);
        area->attachAxis(m_left);
        m_areas << area;
    } else {
        chart()->addSeries(line);
        line->attachAxis(m_time);
        line->attachAxis(side == Side::Right && m_right ? m_right : m_left);
    }
    m_lines << line;
    m_names << name;
    m_sides << side;
    m_values << QList<double>();
    return int(m_lines.size()) - 1;
}

void TimeSeriesChart::setData(const QList<qint64> &ts, const QList<QList<double>> &values, qint64 fromMs,
                              qint64 toMs) {
    m_ts = ts;
    m_values = values;
    m_values.resize(m_lines.size());
    QList<double> running(ts.size(), 0.0); // stacked: cumulative sums
    double maxLeft = 0;
    for (int s = 0; s < m_lines.size(); ++s) {
        const QList<double> &v = m_values.at(s);
        QList<QPointF> pts;
        pts.reserve(ts.size());
        for (int i = 0; i < ts.size() && i < v.size(); ++i) {
            if (std::isnan(v.at(i)))
                continue;
            double y = v.at(i);
            if (m_stacked) {
                running[i] += y;
                y = running.at(i);
            }
            if (m_sides.at(s) == Side::Left)
                maxLeft = qMax(maxLeft, y);
            pts << QPointF(double(ts.at(i)), y);
        }
        m_lines.at(s)->setPointsVisible(pts.size() < 10); // a lone sample still shows
        m_lines.at(s)->replace(pts);
    }
    // Axis changes re-lay out their labels (text documents): only when something changed.
    const NiceAxis axis = niceAxis(maxLeft * 1.05);
    if (m_left->max() != axis.max || m_left->min() != 0)
        m_left->setRange(0, axis.max);
    if (m_left->tickCount() != axis.ticks)
        m_left->setTickCount(axis.ticks);
    const QString format = QStringLiteral("%.") + QString::number(axis.decimals) + QStringLiteral("f");
    if (m_left->labelFormat() != format)
        m_left->setLabelFormat(format);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs), to = QDateTime::fromMSecsSinceEpoch(toMs);
    if (m_time->min() != from || m_time->max() != to)
        m_time->setRange(from, to);
    const QString timeFormat =
        toMs - fromMs > 2 * 3600 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss");
    if (m_time->format() != timeFormat)
        m_time->setFormat(timeFormat);
}

int TimeSeriesChart::pointCount(int series) const {
    return series >= 0 && series < m_lines.size() ? int(m_lines.at(series)->count()) : 0;
}

double TimeSeriesChart::lastValue(int series) const {
    if (series < 0 || series >= m_values.size() || m_values.at(series).isEmpty())
        return std::nan("");
    return m_values.at(series).last();
}

QString TimeSeriesChart::valueText(int series, double v) const {
    if (std::isnan(v))
        return tr("n/a");
    if (m_sides.value(series) == Side::Right && m_right)
        return QString::asprintf(qPrintable(m_rightFormat), v);
    return QStringLiteral("%1%2").arg(QLocale().toString(v, 'f', v < 10 ? 2 : 1), m_unit);
}

QString TimeSeriesChart::tooltipAt(qint64 tsMs) const {
    if (m_ts.isEmpty())
        return {};
    auto it = std::lower_bound(m_ts.begin(), m_ts.end(), tsMs);
    int i = int(it - m_ts.begin());
    if (i >= m_ts.size() || (i > 0 && tsMs - m_ts.at(i - 1) < m_ts.at(i) - tsMs))
        i = qMax(0, i - 1);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>")
                 .arg(QDateTime::fromMSecsSinceEpoch(m_ts.at(i)).toString(QStringLiteral("HH:mm:ss")));
    for (int s = 0; s < m_names.size(); ++s)
        lines << QStringLiteral("%1: %2").arg(m_names.at(s),
                                              valueText(s, m_values.at(s).value(i, std::nan(""))));
    return lines.join(QStringLiteral("<br>"));
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent *event) {
    QChartView::mouseMoveEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    if (!chart()->plotArea().contains(chartPos) || m_ts.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QAbstractSeries *ref = m_stacked && !m_areas.isEmpty() ? static_cast<QAbstractSeries *>(m_areas.first())
                           : m_lines.isEmpty()             ? nullptr
                                                           : m_lines.first();
    const QPointF value = chart()->mapToValue(chartPos, ref);
    QToolTip::showText(event->globalPosition().toPoint(), tooltipAt(qint64(value.x())), this);
}

void TimeSeriesChart::leaveEvent(QEvent *event) {
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

} // namespace ui
