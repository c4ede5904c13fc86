#pragma once

#include "bench/livepoint.h"

#include <QChartView>
#include <QList>

class QLineSeries;
class QValueAxis;

namespace ui {

// Throughput (requests per second, left axis) and p95 latency (ms, right axis) per second
// of a benchmark run: live while it runs, or a saved run's timeline.
class LiveChart : public QChartView {
    Q_OBJECT
public:
    explicit LiveChart(QWidget *parent = nullptr);
    ~LiveChart() override;

    void clear();
    void addPoint(const bench::LivePoint &p);
    void setTimeline(const QList<bench::LivePoint> &points);
    int pointCount() const;
    // The time axis spans the run's configured duration from the start.
    void setExpectedDuration(int seconds);

private:
    void rescale();
    QLineSeries *m_throughput;
    QLineSeries *m_p95;
    QValueAxis *m_time;
    QValueAxis *m_rateAxis;
    QValueAxis *m_msAxis;
    double m_maxT = 0, m_maxRate = 0, m_maxMs = 0;
    int m_expectedS = 10;
};

} // namespace ui
