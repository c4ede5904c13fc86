#include "statements/statementtimechart.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QShowEvent>
#include <QValueAxis>

#include <cmath>

namespace ui {

namespace {
double niceCeil(double v) {
    if (v <= 0 || !std::isfinite(v))
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * p >= v * 1.05)
            return m * p;
    return 10 * p;
}
// Enough decimals for the axis maximum, no more.
QString labelFormat(double max) {
    if (max >= 10)
        return QStringLiteral("%.0f");
    if (max >= 1)
        return QStringLiteral("%.1f");
    if (max >= 0.01)
        return QStringLiteral("%.3f");
    return QStringLiteral("%.5f");
}
const QList<QColor> &seriesColors() {
    static const QList<QColor> colors{QColor(0x33, 0x6e, 0xa8), QColor(0xe0, 0x7b, 0x39),
                                      QColor(0x4c, 0xa1, 0x5a), QColor(0x9c, 0x5b, 0xb5),
                                      QColor(0xd6, 0x4e, 0x5b), QColor(0x9e, 0x9e, 0x9e)};
    return colors;
}
} // namespace

StatementTimeChart::StatementTimeChart(Mode mode, QWidget *parent)
    : QChartView(new QChart, parent) // QChartView(parent) + setChart() leaks the default chart
    , m_mode(mode)
    , m_time(new QDateTimeAxis(this))
    , m_left(new QValueAxis(this)) {
    QChart *c = chart();
    QFont tf = c->titleFont();
    tf.setBold(true);
    c->setTitleFont(tf);
    c->setAnimationOptions(QChart::NoAnimation);
    c->setMargins(QMargins(4, 4, 8, 4));
    c->setBackgroundRoundness(0);
    c->legend()->setAlignment(Qt::AlignBottom);
    QFont lf = m_time->labelsFont();
    lf.setPointSizeF(lf.pointSizeF() * 0.85);
    m_time->setLabelsFont(lf);
    m_left->setLabelsFont(lf);
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTickCount(5);
    m_left->setLabelFormat(QStringLiteral("%g"));
    m_left->setTickCount(5);
    m_left->setRange(0, 1);
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_left, Qt::AlignLeft);
    if (mode == Mode::Trend) {
        c->setTitle(tr("Selected statement over time"));
        m_right = new QValueAxis(this);
        m_right->setLabelsFont(lf);
        m_right->setLabelFormat(QStringLiteral("%g"));
        m_right->setTickCount(5);
        m_right->setRange(0, 1);
        c->addAxis(m_right, Qt::AlignRight);
        m_left->setTitleText(tr("mean, ms"));
        m_right->setTitleText(tr("calls/s"));
        m_mean = new QLineSeries(this);
        m_mean->setName(tr("mean execution time (ms)"));
        m_mean->setPen(QPen(seriesColors()[0], 2));
        m_mean->setPointsVisible(true);
        m_calls = new QLineSeries(this);
        m_calls->setName(tr("calls per second"));
        m_calls->setPen(QPen(seriesColors()[1], 2));
        c->addSeries(m_mean);
        c->addSeries(m_calls);
        m_mean->attachAxis(m_time);
        m_mean->attachAxis(m_left);
        m_calls->attachAxis(m_time);
        m_calls->attachAxis(m_right);
    } else {
        c->setTitle(tr("Execution time by top statements (ms/s; 1000 = one busy backend)"));
        c->legend()->setAlignment(Qt::AlignRight);
        m_left->setTitleText(tr("ms/s"));
        for (int i = 0; i <= StackSize; ++i) {
            auto *upper = new QLineSeries(this);
            auto *lower = new QLineSeries(this);
            auto *area = new QAreaSeries(upper, lower);
            area->setParent(this);
            const QColor col = seriesColors()[i];
            area->setColor(QColor(col.red(), col.green(), col.blue(), 200));
            area->setBorderColor(col.darker(120));
            c->addSeries(area);
            area->attachAxis(m_time);
            area->attachAxis(m_left);
            m_upper << upper;
            m_lower << lower;
            m_areas << area;
        }
    }
    setRenderHint(QPainter::Antialiasing, true);
    setMinimumHeight(200);
}

StatementTimeChart::~StatementTimeChart() = default;

void StatementTimeChart::setTimeRange(qint64 fromMs, qint64 toMs) {
    if (toMs <= fromMs)
        toMs = fromMs + 60000;
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    m_time->setFormat(toMs - fromMs > 2 * 3600000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
}

void StatementTimeChart::defer(std::function<void()> apply) {
    if (isVisible()) {
        m_pending = {};
        apply();
    } else {
        m_pending = std::move(apply);
    }
}

void StatementTimeChart::flush() const {
    if (m_pending) {
        auto *self = const_cast<StatementTimeChart *>(this);
        const std::function<void()> apply = std::move(self->m_pending);
        self->m_pending = {};
        apply();
    }
}

void StatementTimeChart::showEvent(QShowEvent *event) {
    flush();
    QChartView::showEvent(event);
}

void StatementTimeChart::setTrend(const monitor::chartdata::Trend &t, const QString &title, qint64 fromMs,
                                  qint64 toMs) {
    if (m_mode != Mode::Trend)
        return;
    defer([this, t, title, fromMs, toMs] { applyTrend(t, title, fromMs, toMs); });
}

void StatementTimeChart::setStack(const monitor::chartdata::Stack &s, const QStringList &labels,
                                  qint64 fromMs, qint64 toMs) {
    if (m_mode != Mode::Stack)
        return;
    defer([this, s, labels, fromMs, toMs] { applyStack(s, labels, fromMs, toMs); });
}

void StatementTimeChart::applyTrend(const monitor::chartdata::Trend &t, const QString &title, qint64 fromMs,
                                    qint64 toMs) {
    chart()->setTitle(title);
    m_mean->replace(t.meanMs);
    m_calls->replace(t.callsPerSec);
    m_left->setRange(0, niceCeil(t.maxMean));
    m_left->setLabelFormat(labelFormat(m_left->max()));
    m_right->setRange(0, niceCeil(t.maxCalls));
    m_right->setLabelFormat(labelFormat(m_right->max()));
    setTimeRange(fromMs, toMs);
}

void StatementTimeChart::applyStack(const monitor::chartdata::Stack &s, const QStringList &labels,
                                    qint64 fromMs, qint64 toMs) {
    // Cumulative lines: each area sits on the previous one; "others" on top.
    QList<QPointF> base;
    const qsizetype n = s.others.size();
    base.reserve(n);
    for (const auto &p : s.others)
        base.append({p.x(), 0.0});
    for (int i = 0; i <= StackSize; ++i) {
        const bool others = i == StackSize;
        const bool used = others ? n > 0 : i < s.perKey.size();
        QList<QPointF> top;
        if (used) {
            const QList<QPointF> &values = others ? s.others : s.perKey[i];
            top.reserve(n);
            for (qsizetype j = 0; j < n; ++j)
                top.append({base[j].x(), base[j].y() + values.value(j).y()});
        }
        m_lower[i]->replace(used ? base : QList<QPointF>{});
        m_upper[i]->replace(top);
        m_areas[i]->setName(others ? tr("all other statements") : labels.value(i));
        const auto markers = chart()->legend()->markers(m_areas[i]);
        for (auto *m : markers)
            m->setVisible(used);
        if (used)
            base = top;
    }
    m_left->setRange(0, niceCeil(s.maxTotal));
    m_left->setLabelFormat(labelFormat(m_left->max()));
    setTimeRange(fromMs, toMs);
}

int StatementTimeChart::seriesCount() const {
    flush();
    return m_mode == Mode::Trend ? 2 : int(m_areas.size());
}

int StatementTimeChart::pointCount(int series) const {
    flush();
    if (m_mode == Mode::Trend)
        return series == 0 ? int(m_mean->count()) : int(m_calls->count());
    return int(m_upper.value(series) ? m_upper[series]->count() : 0);
}

QString StatementTimeChart::seriesName(int series) const {
    flush();
    if (m_mode == Mode::Trend)
        return series == 0 ? m_mean->name() : m_calls->name();
    return m_areas.value(series) ? m_areas[series]->name() : QString();
}

} // namespace ui
