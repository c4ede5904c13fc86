#include "statements/statementbarchart.h"

#include "monitor/statementmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QResizeEvent>
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
        if (m * p >= v * 1.02)
            return m * p;
    return 10 * p;
}
// Milliseconds in a unit that keeps axis labels short.
struct Unit {
    double divisor;
    QString name;
};
Unit unitFor(double maxMs) {
    if (maxMs >= 2 * 3600000.0)
        return {3600000.0, QObject::tr("h")};
    if (maxMs >= 2 * 60000.0)
        return {60000.0, QObject::tr("min")};
    if (maxMs >= 2000.0)
        return {1000.0, QObject::tr("s")};
    return {1.0, QObject::tr("ms")};
}
} // namespace

StatementBarChart::StatementBarChart(Mode mode, QWidget *parent)
    : QChartView(new QChart, parent) // QChartView(parent) + setChart() leaks the default chart
    , m_mode(mode)
    , m_series(new QHorizontalStackedBarSeries(this))
    , m_set(new QBarSet(mode == Mode::TotalTime ? tr("Total time") : tr("Mean time"), this))
    , m_alert(new QBarSet(tr("Above the threshold"), this))
    , m_axisY(new QBarCategoryAxis(this))
    , m_axisX(new QValueAxis(this)) {
    QChart *c = chart();
    c->setTitle(mode == Mode::TotalTime ? tr("Top by total time (share of all execution time)")
                                        : tr("Top by mean execution time"));
    QFont tf = c->titleFont();
    tf.setBold(true);
    c->setTitleFont(tf);
    c->setAnimationOptions(QChart::NoAnimation);
    c->setMargins(QMargins(4, 4, 8, 4));
    c->setBackgroundRoundness(0);
    c->legend()->setVisible(mode == Mode::MeanTime);
    c->legend()->setAlignment(Qt::AlignBottom);
    m_set->setColor(QColor(0x33, 0x6e, 0xa8));
    m_set->setBorderColor(QColor(0x33, 0x6e, 0xa8));
    m_alert->setColor(QColor(0xc6, 0x28, 0x28));
    m_alert->setBorderColor(QColor(0xc6, 0x28, 0x28));
    m_series->append(m_set);
    if (mode == Mode::MeanTime)
        m_series->append(m_alert);
    m_series->setBarWidth(0.7);
    c->addSeries(m_series);
    QFont lf = m_axisY->labelsFont();
    lf.setPointSizeF(lf.pointSizeF() * 0.85);
    m_axisY->setLabelsFont(lf);
    m_axisX->setLabelsFont(lf);
    m_axisX->setTickCount(5);
    m_axisX->setLabelFormat(QStringLiteral("%g"));
    c->addAxis(m_axisY, Qt::AlignLeft);
    c->addAxis(m_axisX, Qt::AlignBottom);
    m_series->attachAxis(m_axisY);
    m_series->attachAxis(m_axisX);
    setRenderHint(QPainter::Antialiasing, true);
    setMinimumHeight(200);
    auto clicked = [this](int index) {
        // Categories run bottom to top; m_bars is largest first.
        const int i = int(m_bars.size()) - 1 - index;
        if (i >= 0 && i < m_bars.size())
            Q_EMIT statementClicked(m_bars[i].key);
    };
    connect(m_set, &QBarSet::clicked, this, clicked);
    connect(m_alert, &QBarSet::clicked, this, clicked);
    rebuild();
}

StatementBarChart::~StatementBarChart() = default;

void StatementBarChart::setThresholdMs(double ms) {
    if (ms == m_thresholdMs)
        return;
    m_thresholdMs = ms;
    rebuild();
}

void StatementBarChart::setBars(const QList<monitor::chartdata::Bar> &bars) {
    bool same = bars.size() == m_bars.size();
    for (int i = 0; same && i < bars.size(); ++i)
        same = bars[i].key == m_bars[i].key && bars[i].value == m_bars[i].value &&
               bars[i].label == m_bars[i].label;
    if (same)
        return; // nothing moved: spare the relayout
    m_bars = bars;
    rebuild();
}

QStringList StatementBarChart::categories() const {
    flush();
    return m_axisY->categories();
}

double StatementBarChart::labelBudget() const {
    return std::floor(std::max(120, width()) * 0.34);
}

void StatementBarChart::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    if (std::abs(labelBudget() - m_labelBudget) >= 16)
        rebuild();
}

void StatementBarChart::showEvent(QShowEvent *event) {
    flush();
    QChartView::showEvent(event);
}

void StatementBarChart::flush() const {
    if (m_dirty)
        const_cast<StatementBarChart *>(this)->rebuildNow();
}

void StatementBarChart::rebuild() {
    if (isVisible())
        rebuildNow();
    else
        m_dirty = true;
}

void StatementBarChart::rebuildNow() {
    m_dirty = false;
    double maxMs = 0;
    for (const auto &b : std::as_const(m_bars))
        maxMs = std::max(maxMs, b.value);
    const Unit unit = unitFor(maxMs);
    const QLocale loc;
    QStringList cats;
    QList<qreal> normal, alert;
    // Labels are elided here, to a width Qt Charts never needs to shorten: its own truncation
    // measures the label again for every character it drops (3.5 ms a refresh for ten labels).
    m_labelBudget = labelBudget();
    const QFontMetricsF fm(m_axisY->labelsFont());
    for (int i = int(m_bars.size()) - 1; i >= 0; --i) {
        const auto &b = m_bars[i];
        QString label = b.label;
        if (label.size() > 40)
            label = label.left(39) + QChar(0x2026);
        const QString prefix = m_mode == Mode::TotalTime
                                   ? QStringLiteral("%1 %").arg(loc.toString(b.share * 100.0, 'f', 1))
                                   : monitor::StatementModel::formatMs(b.value);
        const QString head = prefix + QStringLiteral(" · ");
        label =
            fm.elidedText(label, Qt::ElideRight, std::max(20.0, m_labelBudget - fm.horizontalAdvance(head)));
        // Categories must be unique: a zero-width space count keeps equal labels apart.
        cats << head + label + QString(i, QChar(0x200B));
        const double v = b.value / unit.divisor;
        const bool slow = m_mode == Mode::MeanTime && b.value > m_thresholdMs;
        normal << (slow ? 0.0 : v);
        alert << (slow ? v : 0.0);
    }
    // Each refresh moves the values a little: change what changed in place. Clearing and
    // refilling the sets and the category axis makes Qt Charts lay the whole chart out again.
    auto sameValues = [](const QBarSet *set, const QList<qreal> &v) {
        if (set->count() != v.size())
            return false;
        for (int i = 0; i < v.size(); ++i)
            if (set->at(i) != v[i])
                return false;
        return true;
    };
    auto update = [&](QBarSet *set, const QList<qreal> &v) {
        if (sameValues(set, v))
            return;
        if (set->count() == v.size()) {
            for (int i = 0; i < v.size(); ++i)
                if (set->at(i) != v[i])
                    set->replace(i, v[i]);
        } else {
            set->remove(0, set->count());
            set->append(v);
        }
    };
    update(m_set, normal);
    if (m_mode == Mode::MeanTime)
        update(m_alert, alert);
    const QStringList wanted = cats.isEmpty() ? QStringList{tr("(no statements yet)")} : cats;
    if (m_axisY->categories() != wanted) {
        m_axisY->clear();
        m_axisY->append(wanted);
    }
    const double top = niceCeil(maxMs / unit.divisor);
    if (m_axisX->min() != 0 || m_axisX->max() != top)
        m_axisX->setRange(0, top);
    const QString title = m_mode == Mode::TotalTime ? tr("total execution time, %1").arg(unit.name)
                                                    : tr("mean execution time, %1").arg(unit.name);
    if (m_axisX->titleText() != title)
        m_axisX->setTitleText(title);
}

} // namespace ui
