#pragma once

#include "bench/histogram.h"

#include <QChartView>

class QBarSeries;
class QBarCategoryAxis;
class QValueAxis;

namespace ui {

// A latency histogram as bars: one bar per bucket from the fastest to the slowest sample,
// labelled with the bucket's upper edge in ms.
class HistogramChart : public QChartView {
    Q_OBJECT
public:
    explicit HistogramChart(QWidget *parent = nullptr);
    ~HistogramChart() override;

    void setHistogram(const QString &title, const bench::Histogram &h);
    void clear();
    int barCount() const;

private:
    QBarSeries *m_series;
    QBarCategoryAxis *m_buckets;
    QValueAxis *m_counts;
};

} // namespace ui
