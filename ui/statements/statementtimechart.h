#pragma once

#include "monitor/statementchartdata.h"

#include <QChartView>

#include <functional>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace ui {

// Charts over the window, on a time axis:
//  - Trend: the selected statement's mean execution time (left axis) and calls per second
//    (right axis), one point per interval;
//  - Stack: execution ms per second of the top statements as stacked areas, plus "others".
class StatementTimeChart : public QChartView {
    Q_OBJECT
public:
    enum class Mode { Trend, Stack };
    static constexpr int StackSize = 5;
    StatementTimeChart(Mode mode, QWidget *parent = nullptr);
    ~StatementTimeChart() override;

    // label(key) names a statement in the legend.
    void setTrend(const monitor::chartdata::Trend &t, const QString &title, qint64 fromMs, qint64 toMs);
    void setStack(const monitor::chartdata::Stack &s, const QStringList &labels, qint64 fromMs, qint64 toMs);

    int pointCount(int series) const;
    int seriesCount() const;
    QString seriesName(int series) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    // A hidden chart (another tab) keeps the latest data and applies it when shown (or read):
    // a refresh costs the GUI thread one visible chart.
    void defer(std::function<void()> apply);
    void flush() const;
    void applyTrend(const monitor::chartdata::Trend &t, const QString &title, qint64 fromMs, qint64 toMs);
    void applyStack(const monitor::chartdata::Stack &s, const QStringList &labels, qint64 fromMs,
                    qint64 toMs);
    void setTimeRange(qint64 fromMs, qint64 toMs);
    std::function<void()> m_pending;
    Mode m_mode;
    QDateTimeAxis *m_time;
    QValueAxis *m_left;
    QValueAxis *m_right = nullptr;
    QLineSeries *m_mean = nullptr;
    QLineSeries *m_calls = nullptr;
    QList<QLineSeries *> m_upper; // stacked areas' upper lines; last one is "others"
    QList<QLineSeries *> m_lower;
    QList<QAreaSeries *> m_areas;
};

} // namespace ui
