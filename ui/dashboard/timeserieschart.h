#pragma once

#include <QChartView>
#include <QColor>
#include <QList>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace ui {

// A rolling time-series chart: named series on a time axis, optionally stacked as areas,
// optionally one series on a right-hand axis (e.g. a ratio in %). Hovering shows the values
// of the nearest sample. setData() replaces every series at once (one repaint per refresh).
class TimeSeriesChart : public QChartView {
    Q_OBJECT
public:
    enum class Side { Left, Right };
    TimeSeriesChart(const QString &title, const QString &unit, QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    int addSeries(const QString &name, const QColor &color, Side side = Side::Left);
    void setStacked(bool stacked); // before addSeries: draw series as stacked areas
    void setRightAxis(const QString &title, double min, double max, const QString &format);
    // ts: sample times (epoch ms), values[series][i]; NaN = no value. Shows [fromMs, toMs].
    void setData(const QList<qint64> &ts, const QList<QList<double>> &values, qint64 fromMs, qint64 toMs);

    int seriesCount() const { return int(m_names.size()); }
    int pointCount(int series) const;
    QString seriesName(int series) const { return m_names.value(series); }
    double lastValue(int series) const;   // NaN when there is none
    QString tooltipAt(qint64 tsMs) const; // the values of the sample nearest to tsMs
    QString valueText(int series, double v) const;

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QString m_unit;
    bool m_stacked = false;
    QDateTimeAxis *m_time;
    QValueAxis *m_left;
    QValueAxis *m_right = nullptr;
    QString m_rightFormat;
    QStringList m_names;
    QList<Side> m_sides;
    QList<QLineSeries *> m_lines; // plain lines, or the stacked areas' upper lines
    QList<QAreaSeries *> m_areas;
    QList<qint64> m_ts;
    QList<QList<double>> m_values;
};

} // namespace ui
