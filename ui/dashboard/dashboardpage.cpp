#include "dashboard/dashboardpage.h"

#include "core/workspace.h"
#include "dashboard/dashboardsummary.h"
#include "dashboard/timeserieschart.h"
#include "monitor/poller.h"
#include "monitor/serverstatscollector.h"
#include "pg/error.h"
#include "widgets/errorbanner.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace ui {

namespace {
// At most this many points per series on screen: a 6 h window at 1 s is averaged into buckets.
constexpr int MaxPlotted = 900;
} // namespace

DashboardPage::DashboardPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_collector(new monitor::ServerStatsCollector(this))
    , m_banner(new ErrorBanner(this))
    , m_database(new QComboBox(this))
    , m_window(new QComboBox(this))
    , m_interval(new QComboBox(this))
    , m_pause(new QToolButton(this))
    , m_retention(new QSpinBox(this))
    , m_summary(new DashboardSummary(this))
    , m_sessions(new TimeSeriesChart(tr("Sessions by state"), QString(), this))
    , m_xacts(new TimeSeriesChart(tr("Transactions per second"), tr("/s"), this))
    , m_tuplesIn(new TimeSeriesChart(tr("Tuples in per second"), tr("/s"), this))
    , m_tuplesOut(new TimeSeriesChart(tr("Tuples out per second"), tr("/s"), this))
    , m_blocks(new TimeSeriesChart(tr("Block I/O per second and cache hit ratio"), tr("/s"), this)) {
    m_sessions->setObjectName(QStringLiteral("chartSessions"));
    m_xacts->setObjectName(QStringLiteral("chartTransactions"));
    m_tuplesIn->setObjectName(QStringLiteral("chartTuplesIn"));
    m_tuplesOut->setObjectName(QStringLiteral("chartTuplesOut"));
    m_blocks->setObjectName(QStringLiteral("chartBlocks"));
    m_sessions->setStacked(true);
    m_sessions->addSeries(tr("active"), QColor(0x2e, 0x7d, 0x32));
    m_sessions->addSeries(tr("waiting on lock"), QColor(0xc6, 0x28, 0x28));
    m_sessions->addSeries(tr("idle in transaction"), QColor(0xef, 0x8f, 0x00));
    m_sessions->addSeries(tr("idle"), QColor(0x90, 0xa4, 0xae));
    m_sessions->addSeries(tr("other"), QColor(0x6a, 0x1b, 0x9a));
    m_xacts->addSeries(tr("commits"), QColor(0x2e, 0x7d, 0x32));
    m_xacts->addSeries(tr("rollbacks"), QColor(0xc6, 0x28, 0x28));
    m_tuplesIn->addSeries(tr("inserted"), QColor(0x15, 0x65, 0xc0));
    m_tuplesIn->addSeries(tr("updated"), QColor(0xef, 0x8f, 0x00));
    m_tuplesIn->addSeries(tr("deleted"), QColor(0xc6, 0x28, 0x28));
    m_tuplesOut->addSeries(tr("fetched"), QColor(0x00, 0x83, 0x8f));
    m_tuplesOut->addSeries(tr("returned"), QColor(0x6a, 0x1b, 0x9a));
    m_blocks->setRightAxis(tr("hit ratio %"), 0, 100, QStringLiteral("%.1f %%"));
    m_blocks->addSeries(tr("read from disk"), QColor(0xc6, 0x28, 0x28));
    m_blocks->addSeries(tr("hit in cache"), QColor(0x2e, 0x7d, 0x32));
    m_blocks->addSeries(tr("cache hit ratio"), QColor(0x1a, 0x23, 0x7e), TimeSeriesChart::Side::Right);

    QSettings settings;
    m_database->setObjectName(QStringLiteral("dashboardDatabase"));
    m_database->addItem(tr("All databases"), QString());
    m_database->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_window->setObjectName(QStringLiteral("dashboardWindow"));
    for (int m : {5, 10, 30, 60, 180, 360, 720, 1440})
        m_window->addItem(m < 60 ? tr("last %1 min").arg(m) : tr("last %1 h").arg(m / 60), m);
    m_interval->setObjectName(QStringLiteral("dashboardInterval"));
    for (int s : {1, 2, 5, 10})
        m_interval->addItem(tr("every %1 s").arg(s), s * 1000);
    m_pause->setObjectName(QStringLiteral("dashboardPause"));
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_retention->setObjectName(QStringLiteral("retentionDays"));
    m_retention->setRange(1, 3650);
    m_retention->setValue(7);
    m_retention->setSuffix(tr(" days"));
    m_retention->setToolTip(
        tr("How long the history store keeps dashboard samples (older ones are deleted)"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_database);
    bar->addWidget(m_window);
    bar->addWidget(m_interval);
    bar->addWidget(m_pause);
    bar->addStretch();
    bar->addWidget(new QLabel(tr("Keep history for"), this));
    bar->addWidget(m_retention);
    auto *grid = new QGridLayout;
    grid->addWidget(m_sessions, 0, 0);
    grid->addWidget(m_xacts, 0, 1);
    grid->addWidget(m_tuplesIn, 1, 0);
    grid->addWidget(m_tuplesOut, 1, 1);
    grid->addWidget(m_blocks, 2, 0);
    grid->addWidget(m_summary, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addLayout(grid, 1);

    m_collector->setWindowMs(qint64(settings.value(QStringLiteral("dashboard/windowMin"), 10).toInt()) *
                             60000);
    m_window->setCurrentIndex(qMax(0, m_window->findData(int(m_collector->windowMs() / 60000))));
    m_collector->poller()->setInterval(settings.value(QStringLiteral("dashboard/intervalMs"), 1000).toInt());
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(m_collector->poller()->interval())));

    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { setWindowMinutes(m_window->currentData().toInt()); });
    connect(m_interval, &QComboBox::currentIndexChanged, this,
            [this] { setIntervalMs(m_interval->currentData().toInt()); });
    connect(m_database, &QComboBox::currentIndexChanged, this,
            [this] { m_collector->setDatabase(m_database->currentData().toString()); });
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        m_collector->poller()->setPaused(paused);
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    });
    connect(m_retention, &QSpinBox::valueChanged, this,
            [this](int days) { m_collector->setRetentionDays(days); });
    connect(m_collector, &monitor::ServerStatsCollector::pointsReset, this, &DashboardPage::redraw);
    connect(m_collector, &monitor::ServerStatsCollector::pointAdded, this, &DashboardPage::redraw);
    connect(m_collector, &monitor::ServerStatsCollector::sampled, this, [this] {
        m_banner->clear();
        updateDatabases();
        if (m_collector->points().isEmpty())
            updateSummary(nullptr);
    });
    connect(m_collector, &monitor::ServerStatsCollector::sampleFailed, this, [this](const pg::Error &e) {
        m_banner->showError(e, session() ? session()->facts().role : QString());
    });
    connect(workspace, &core::Workspace::currentChanged, this, &DashboardPage::followServer);
    followServer();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::followServer() {
    core::ServerSession *s = session();
    m_collector->setHistory(s ? workspace()->history() : nullptr); // no store opened for nothing
    if (m_collector->retentionDays() > 0) {
        const QSignalBlocker block(m_retention);
        m_retention->setValue(m_collector->retentionDays());
    }
    m_retention->setEnabled(m_collector->retentionDays() > 0);
    {
        const QSignalBlocker block(m_database);
        m_database->setCurrentIndex(0);
        while (m_database->count() > 1)
            m_database->removeItem(1);
    }
    m_collector->setDatabase({});
    m_collector->setServer(s ? s->monitor() : nullptr, s ? s->historyKey() : QString());
    m_banner->clear();
    if (s && isActive() && !m_collector->poller()->isPaused())
        m_collector->poller()->refreshNow();
}

void DashboardPage::setActive(bool active) {
    Page::setActive(active);
    m_collector->poller()->setActive(active);
}

void DashboardPage::refresh() {
    m_collector->poller()->refreshNow();
}

void DashboardPage::setWindowMinutes(int minutes) {
    QSettings().setValue(QStringLiteral("dashboard/windowMin"), minutes);
    m_collector->setWindowMs(qint64(minutes) * 60000);
    const int i = m_window->findData(minutes);
    if (i >= 0 && i != m_window->currentIndex())
        m_window->setCurrentIndex(i);
}

void DashboardPage::setIntervalMs(int ms) {
    QSettings().setValue(QStringLiteral("dashboard/intervalMs"), ms);
    m_collector->poller()->setInterval(ms);
    const int i = m_interval->findData(ms);
    if (i >= 0 && i != m_interval->currentIndex())
        m_interval->setCurrentIndex(i);
}

QList<TimeSeriesChart *> DashboardPage::charts() const {
    return {m_sessions, m_xacts, m_tuplesIn, m_tuplesOut, m_blocks};
}

TimeSeriesChart *DashboardPage::chart(const QString &objectName) const {
    for (auto *c : charts())
        if (c->objectName() == objectName)
            return c;
    return nullptr;
}

void DashboardPage::updateDatabases() {
    const QStringList names = m_collector->lastSample().databaseNames();
    QStringList shown;
    for (int i = 1; i < m_database->count(); ++i)
        shown << m_database->itemData(i).toString();
    if (names == shown)
        return;
    const QString current = m_database->currentData().toString();
    const QSignalBlocker block(m_database);
    while (m_database->count() > 1)
        m_database->removeItem(1);
    for (const QString &n : names)
        m_database->addItem(n, n);
    m_database->setCurrentIndex(qMax(0, m_database->findData(current)));
}

void DashboardPage::redraw() {
    const auto &points = m_collector->points();
    // The time axis moves in steps of a tenth of the window (at least 10 s), not every sample:
    // its labels are re-laid out only then, which is most of the cost of a redraw.
    const qint64 window = m_collector->windowMs();
    const qint64 axisStep = qMax<qint64>(10'000, window / 10);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 to = (now / axisStep + 1) * axisStep;
    // The whole window once it is filled; until then the span the points cover (at least a minute).
    qint64 from = to - window;
    if (!points.isEmpty())
        from = qMax(from, qMin(points.first().tsMs / axisStep * axisStep, to - 60 * 1000));
    // Average into buckets when the window holds more points than the chart has pixels for.
    const int n = int(points.size());
    const int step = qMax(1, (n + MaxPlotted - 1) / MaxPlotted);
    QList<qint64> ts;
    QList<QList<double>> sessions(5), xacts(2), in(3), out(2), blocks(3);
    for (int b = 0; b < n; b += step) {
        const int e = qMin(n, b + step);
        double acc[15] = {};
        int ratioN = 0;
        for (int i = b; i < e; ++i) {
            const auto &p = points.at(i);
            const double v[15] = {double(p.active), double(p.waiting), double(p.idleInTransaction),
                                  double(p.idle),   double(p.other),   p.commits,
                                  p.rollbacks,      p.inserted,        p.updated,
                                  p.deleted,        p.fetched,         p.returned,
                                  p.blksRead,       p.blksHit,         p.hitRatio * 100};
            for (int k = 0; k < 14; ++k)
                acc[k] += v[k];
            if (p.hitRatio >= 0) {
                acc[14] += v[14];
                ++ratioN;
            }
        }
        const double c = e - b;
        ts << points.at(e - 1).tsMs;
        for (int k = 0; k < 5; ++k)
            sessions[k] << acc[k] / c;
        xacts[0] << acc[5] / c;
        xacts[1] << acc[6] / c;
        for (int k = 0; k < 3; ++k)
            in[k] << acc[7 + k] / c;
        out[0] << acc[10] / c;
        out[1] << acc[11] / c;
        blocks[0] << acc[12] / c;
        blocks[1] << acc[13] / c;
        blocks[2] << (ratioN > 0 ? acc[14] / ratioN : std::nan(""));
    }
    m_sessions->setData(ts, sessions, from, to);
    m_xacts->setData(ts, xacts, from, to);
    m_tuplesIn->setData(ts, in, from, to);
    m_tuplesOut->setData(ts, out, from, to);
    m_blocks->setData(ts, blocks, from, to);
    updateSummary(points.isEmpty() ? nullptr : &points.last());
    if (!points.isEmpty())
        markDataArrived(); // charts with something to show (for --screenshot)
}

void DashboardPage::updateSummary(const monitor::ServerStatsPoint *p) {
    m_summary->setPoint(p, m_database->currentIndex() > 0 ? m_database->currentText() : tr("all databases"));
    const QString location = m_collector->historyLocation();
    m_summary->setFootnote(
        tr("%n point(s) in the window (%1 min). History: %2", nullptr, int(m_collector->points().size()))
            .arg(m_collector->windowMs() / 60000)
            .arg(location.isEmpty() ? tr("not available") : location));
}

QString DashboardPage::summaryText() const {
    return m_summary->text();
}

} // namespace ui
