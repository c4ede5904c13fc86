#include "bench/livechart.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <cmath>

namespace ui {

namespace {
// 1, 2, 5 × 10^n at or above v: axis ends that read well.
double niceCeil(double v) {
    if (v <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= v)
            return m * p;
    return 10 * p;
}
} // namespace

// The chart is given to the QChartView constructor: QChartView(parent) makes a default chart
// that a later setChart() releases and nobody deletes (LeakSanitizer).
LiveChart::LiveChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_throughput(new QLineSeries)
    , m_p95(new QLineSeries)
    , m_time(new QValueAxis)
    , m_rateAxis(new QValueAxis)
    , m_msAxis(new QValueAxis) {
    QChart *chart = this->chart();
    chart->setTitle(tr("Throughput and p95 latency, per second"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_throughput->setName(tr("Requests/s"));
    m_p95->setName(tr("p95 (ms)"));
    m_throughput->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
    m_p95->setPen(QPen(QColor(0xd6, 0x27, 0x28), 2));
    chart->addSeries(m_throughput);
    chart->addSeries(m_p95);
    m_time->setTitleText(tr("seconds"));
    m_time->setLabelFormat(QStringLiteral("%d"));
    m_rateAxis->setTitleText(tr("requests/s"));
    m_rateAxis->setLabelFormat(QStringLiteral("%d"));
    m_msAxis->setTitleText(tr("p95, ms"));
    m_msAxis->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_rateAxis, Qt::AlignLeft);
    chart->addAxis(m_msAxis, Qt::AlignRight);
    m_throughput->attachAxis(m_time);
    m_throughput->attachAxis(m_rateAxis);
    m_p95->attachAxis(m_time);
    m_p95->attachAxis(m_msAxis);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    clear();
}

LiveChart::~LiveChart() = default;

void LiveChart::clear() {
    m_throughput->clear();
    m_p95->clear();
    m_maxT = m_maxRate = m_maxMs = 0;
    rescale();
}

void LiveChart::setExpectedDuration(int seconds) {
    m_expectedS = qMax(1, seconds);
    rescale();
}

int LiveChart::pointCount() const {
    return int(m_throughput->count());
}

void LiveChart::addPoint(const bench::LivePoint &p) {
    m_throughput->append(p.tS, p.opsPerS);
    m_p95->append(p.tS, p.p95Ms);
    m_maxT = qMax(m_maxT, p.tS);
    m_maxRate = qMax(m_maxRate, p.opsPerS);
    m_maxMs = qMax(m_maxMs, p.p95Ms);
    rescale();
}

void LiveChart::setTimeline(const QList<bench::LivePoint> &points) {
    clear();
    QList<QPointF> rate, p95;
    for (const auto &p : points) {
        rate << QPointF(p.tS, p.opsPerS);
        p95 << QPointF(p.tS, p.p95Ms);
        m_maxT = qMax(m_maxT, p.tS);
        m_maxRate = qMax(m_maxRate, p.opsPerS);
        m_maxMs = qMax(m_maxMs, p.p95Ms);
    }
    m_throughput->replace(rate);
    m_p95->replace(p95);
    rescale();
}

void LiveChart::rescale() {
    const double end = qMax(double(m_expectedS), std::ceil(m_maxT));
    double step = 1;
    for (double s : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0})
        if (end / s <= 10) {
            step = s;
            break;
        }
    m_time->setRange(0, end);
    m_time->setTickType(QValueAxis::TicksDynamic);
    m_time->setTickAnchor(0);
    m_time->setTickInterval(step);
    m_rateAxis->setRange(0, niceCeil(m_maxRate * 1.1));
    m_msAxis->setRange(0, niceCeil(m_maxMs * 1.1));
}

} // namespace ui
