#include "bench/histogramchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>

#include "widgets/theme.h"
#include <QChart>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace ui {

namespace {
QString edgeLabel(double ms) {
    const QLocale loc;
    if (ms >= 1000)
        return loc.toString(ms / 1000, 'g', 2) + QStringLiteral(" s");
    return loc.toString(ms, 'g', ms >= 10 ? 3 : 2);
}
} // namespace

// The chart is given to the QChartView constructor: QChartView(parent) makes a default chart
// that a later setChart() releases and nobody deletes (LeakSanitizer).
HistogramChart::HistogramChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_series(new QBarSeries)
    , m_buckets(new QBarCategoryAxis)
    , m_counts(new QValueAxis) {
    QChart *chart = this->chart();
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->addSeries(m_series);
    m_buckets->setTitleText(tr("latency up to, ms"));
    QFont small = m_buckets->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_buckets->setLabelsFont(small);
    m_counts->setTitleText(tr("requests"));
    m_counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_buckets, Qt::AlignBottom);
    chart->addAxis(m_counts, Qt::AlignLeft);
    m_series->attachAxis(m_buckets);
    m_series->attachAxis(m_counts);
    m_series->setBarWidth(0.9);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    clear();
}

HistogramChart::~HistogramChart() = default;

void HistogramChart::clear() {
    m_series->clear();
    m_buckets->clear();
    m_counts->setRange(0, 1);
    chart()->setTitle(tr("Latency histogram"));
}

int HistogramChart::barCount() const {
    return m_series->count() ? int(m_series->barSets().first()->count()) : 0;
}

void HistogramChart::setHistogram(const QString &title, const bench::Histogram &h) {
    clear();
    chart()->setTitle(tr("Latency histogram: %1").arg(title));
    const int first = h.firstNonEmpty(), last = h.lastNonEmpty();
    if (first < 0)
        return;
    // Merge neighbouring buckets when the range is wide, so labels stay readable.
    const int span = last - first + 1;
    const int step = (span + 11) / 12; // at most 12 bars, so every label fits under its bar
    auto *set = new QBarSet(tr("requests"));
    set->setColor(theme::series(QColor(0x1f, 0x77, 0xb4)));
    QStringList labels;
    qint64 top = 0;
    for (int b = first; b <= last; b += step) {
        qint64 n = 0;
        for (int i = b; i < b + step && i < bench::Histogram::Buckets; ++i)
            n += h.count(i);
        *set << double(n);
        top = qMax(top, n);
        labels << edgeLabel(bench::Histogram::upperEdge(qMin(b + step - 1, bench::Histogram::Buckets - 1)));
    }
    m_series->append(set);
    m_buckets->append(labels);
    m_counts->setRange(0, double(top) * 1.1 + 1);
    m_counts->applyNiceNumbers();
}

} // namespace ui
