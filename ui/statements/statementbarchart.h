#pragma once

#include "monitor/statementchartdata.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QAbstractBarSeries;
class QValueAxis;

namespace ui {

// Top statements as horizontal bars, largest on top; each label starts with the statement's
// share of all execution time. Clicking a bar selects that statement.
class StatementBarChart : public QChartView {
    Q_OBJECT
public:
    enum class Mode { TotalTime, MeanTime };
    StatementBarChart(Mode mode, QWidget *parent = nullptr);
    ~StatementBarChart() override;

    void setBars(const QList<monitor::chartdata::Bar> &bars);
    const QList<monitor::chartdata::Bar> &bars() const { return m_bars; }
    QStringList categories() const;
    double threshold() const { return m_thresholdMs; }
    void setThresholdMs(double ms); // mean chart: bars above it are drawn in the alert colour

Q_SIGNALS:
    void statementClicked(const monitor::StatementKey &key);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // A hidden chart (another tab) only keeps its bars; the Qt Charts series are rebuilt when
    // it is shown (or read), so a refresh costs the GUI thread one visible chart.
    void rebuild();
    void rebuildNow();
    void flush() const;
    double labelBudget() const; // pixels for a category label, from the chart's width
    bool m_dirty = false;
    double m_labelBudget = 0;
    Mode m_mode;
    double m_thresholdMs = 100;
    QList<monitor::chartdata::Bar> m_bars;
    QAbstractBarSeries *m_series;
    QBarSet *m_set;
    QBarSet *m_alert; // mean chart: the part of bars above the threshold
    QBarCategoryAxis *m_axisY;
    QValueAxis *m_axisX;
};

} // namespace ui
