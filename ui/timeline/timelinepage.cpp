#include "timeline/timelinepage.h"

#include "core/serversession.h"
#include "core/workspace.h"
#include "handover.h"
#include "monitor/poller.h"
#include "sessionhistory/historytime.h"
#include "sessionhistory/sampler.h"
#include "sessionhistory/toplistmodel.h"
#include "timeline/incidentdialog.h"
#include "timeline/timelinechart.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

using sessionhistory::Dim;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr int kBuckets = 600; // about two pixels each at 1280 px
} // namespace

TimelinePage::TimelinePage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_controller(new sessionhistory::TimelineController(this))
    , m_chart(new TimelineChart(this))
    , m_incidents(new sessionhistory::IncidentListModel(this))
    , m_liveTick(new QTimer(this)) {
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Range:"), this));
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("range"));
    m_range->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Custom: 1 h 20 min" is added later
    const QList<QPair<QString, qint64>> ranges{
        {tr("15 minutes"), 15 * kMinute},   {tr("1 hour"), 60 * kMinute},
        {tr("6 hours"), 360 * kMinute},     {tr("24 hours"), 1440 * kMinute},
        {tr("7 days"), 7 * 1440 * kMinute}, {tr("30 days"), 30 * 1440 * kMinute}};
    for (const auto &r : ranges)
        m_range->addItem(r.first, r.second);
    m_presetRanges = m_range->count();
    m_range->setCurrentIndex(1);
    bar->addWidget(m_range);
    m_now = new QPushButton(tr("Now"), this);
    m_now->setObjectName(QStringLiteral("now"));
    m_now->setToolTip(tr("Show the range up to now and follow it"));
    bar->addWidget(m_now);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Replay at:"), this));
    m_goTo = new QLineEdit(this);
    m_goTo->setObjectName(QStringLiteral("goTo"));
    m_goTo->setPlaceholderText(tr("03:12:05, 2026-12-06T03:12, -15m"));
    m_goTo->setMaximumWidth(220);
    bar->addWidget(m_goTo);
    bar->addSpacing(12);
    m_filterLabel = new QLabel(this);
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));
    bar->addWidget(m_filterLabel, 1);
    m_clearFilter = new QPushButton(tr("Show all"), this);
    m_clearFilter->setObjectName(QStringLiteral("clearFilter"));
    m_clearFilter->setVisible(false);
    bar->addWidget(m_clearFilter);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    bar->addWidget(m_status);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_chart->setObjectName(QStringLiteral("timelineChart"));
    split->addWidget(m_chart);
    auto *lower = new QWidget(split);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_windowLabel = new QLabel(lower);
    m_windowLabel->setObjectName(QStringLiteral("windowLabel"));
    lowerLayout->addWidget(m_windowLabel);
    m_tabs = new QTabWidget(lower);
    m_tabs->setObjectName(QStringLiteral("lists"));
    lowerLayout->addWidget(m_tabs, 1);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    addList(Dim::Wait, tr("Wait events"));
    addList(Dim::Query, tr("Queries"));
    addList(Dim::User, tr("Users"));
    addList(Dim::Application, tr("Applications"));
    addList(Dim::Database, tr("Databases"));
    addList(Dim::Client, tr("Clients"));
    m_incidentView = new QTableView(m_tabs);
    m_incidentView->setObjectName(QStringLiteral("incidents"));
    m_incidentView->setModel(m_incidents);
    m_incidentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_incidentView->verticalHeader()->hide();
    m_incidentView->horizontalHeader()->setStretchLastSection(true);
    m_incidentView->setToolTip(tr("Double-click: the lock forest as recorded at its worst"));
    m_tabs->addTab(m_incidentView, tr("Lock incidents"));
    connect(m_incidentView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &i) { showIncident(i.row()); });

    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this] { setRangeMs(m_range->currentData().toLongLong()); });
    connect(m_now, &QPushButton::clicked, this, [this] { setRangeMs(m_range->currentData().toLongLong()); });
    connect(m_goTo, &QLineEdit::returnPressed, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::optional<qint64> at = sessionhistory::parseHistoryTime(m_goTo->text(), now);
        if (!at) { // a time of day: today's (or yesterday's, when it is still to come)
            const QTime t = QTime::fromString(m_goTo->text().trimmed(), Qt::ISODate);
            if (t.isValid()) {
                QDateTime dt(QDate::currentDate(), t);
                if (dt.toMSecsSinceEpoch() > now)
                    dt = dt.addDays(-1);
                at = dt.toMSecsSinceEpoch();
            }
        }
        if (!at) {
            m_status->setText(tr("Not a time: %1").arg(m_goTo->text()));
            return;
        }
        replayAt(*at);
    });
    connect(m_clearFilter, &QPushButton::clicked, this, [this] { setFilter(std::nullopt); });
    connect(m_chart, &TimelineChart::rangeRequested, this,
            [this](qint64 from, qint64 to) { setRange(from, to, false); });
    connect(m_chart, &TimelineChart::windowSelected, this, &TimelinePage::selectWindow);
    connect(m_chart, &TimelineChart::momentClicked, this, &TimelinePage::replayAt);
    connect(m_controller, &sessionhistory::TimelineController::timelineReady, this,
            [this](const sessionhistory::TimelineData &d) {
                m_chart->setData(d);
                ++m_timelinesShown;
                if (d.samples > 0)
                    markDataArrived();
                updateStatus();
            });
    connect(m_controller, &sessionhistory::TimelineController::windowReady, this,
            [this](const sessionhistory::WindowData &w) {
                for (auto it = m_tops.cbegin(); it != m_tops.cend(); ++it)
                    it.value()->setEntries(w.tops.value(it.key()));
                m_incidents->setIncidents(w.incidents);
                m_tabs->setTabText(m_tabs->indexOf(m_incidentView),
                                   tr("Lock incidents (%1)").arg(w.incidents.size()));
                const QString fmt = w.toMs - w.fromMs > 86400 * 1000 ? QStringLiteral("yyyy-MM-dd HH:mm")
                                                                     : QStringLiteral("HH:mm:ss");
                m_windowLabel->setText(
                    tr("Window %1 – %2: %n sample(s)", nullptr, int(w.samples))
                        .arg(QDateTime::fromMSecsSinceEpoch(w.fromMs).toString(fmt),
                             QDateTime::fromMSecsSinceEpoch(w.toMs).toString(fmt)) +
                    (w.level == sessionhistory::Level::Raw      ? QString()
                     : w.level == sessionhistory::Level::Minute ? tr(" (one-minute aggregates)")
                                                                : tr(" (one-hour aggregates)")) +
                    (w.rawOnly.isEmpty() ? QString()
                                         : tr("; under this filter the empty lists need the raw samples "
                                              "(a window within the last 48 hours, up to 6 hours long)")));
                ++m_windowsShown;
            });
    connect(m_controller, &sessionhistory::TimelineController::samplingChanged, this,
            &TimelinePage::updateStatus);
    connect(m_controller->sampler(), &sessionhistory::Sampler::sampled, this, [this] {
        if (m_controller->sampler()->samplesWritten() % 10 == 1)
            updateStatus();
    });
    m_liveTick->setInterval(5000);
    connect(m_liveTick, &QTimer::timeout, this, [this] {
        if (m_live && isActive())
            setRangeMs(m_to - m_from);
    });
    connect(workspace, &core::Workspace::currentChanged, this, &TimelinePage::followServer);
    followServer();
    setRangeMs(m_range->currentData().toLongLong());
}

TimelinePage::~TimelinePage() = default;

QTableView *TimelinePage::addList(Dim dim, const QString &title) {
    auto *model = new sessionhistory::TopListModel(dim, this);
    m_tops.insert(int(dim), model);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(sessionhistory::TopListModel::SortRole);
    auto *view = new QTableView(m_tabs);
    view->setObjectName(QStringLiteral("top_") + sessionhistory::dimName(dim));
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(sessionhistory::TopListModel::AvgActive, Qt::DescendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->setToolTip(tr("Double-click: show only this in the chart and the other lists"));
    m_tabs->addTab(view, title);
    connect(view, &QTableView::doubleClicked, this, [this, dim](const QModelIndex &i) {
        drillDown(dim, i.data(sessionhistory::TopListModel::KeyRole).toString());
    });
    return view;
}

void TimelinePage::followServer() {
    core::ServerSession *s = session();
    m_controller->setHistory(s ? workspace()->history() : nullptr);
    m_controller->setServer(s ? s->monitor() : nullptr, s ? s->historyKey() : QString());
    m_filter.reset();
    setFilter(std::nullopt);
}

void TimelinePage::setActive(bool active) {
    Page::setActive(active); // sampling goes on while hidden: the history must have no holes
    if (active) {
        m_liveTick->start();
        reload();
    } else {
        m_liveTick->stop();
    }
}

void TimelinePage::refresh() {
    reload();
}

void TimelinePage::setRangeMs(qint64 spanMs) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setRange(now - spanMs, now, true);
}

void TimelinePage::setRange(qint64 fromMs, qint64 toMs, bool live) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (toMs > now) { // nothing to see in the future
        fromMs -= toMs - now;
        toMs = now;
    }
    const bool followSelection = m_selFrom == m_from && m_selTo == m_to; // the whole range was selected
    m_from = fromMs;
    m_to = toMs;
    m_live = live;
    m_chart->setRange(fromMs, toMs);
    syncRangeBox();
    if (followSelection || m_selTo <= m_selFrom || m_selTo < fromMs || m_selFrom > toMs) {
        m_selFrom = fromMs;
        m_selTo = toMs;
        m_chart->setSelection(0, 0);
    }
    reload();
}

void TimelinePage::syncRangeBox() {
    const qint64 span = m_to - m_from;
    const QSignalBlocker block(m_range);
    if (m_range->count() > m_presetRanges)
        m_range->removeItem(m_presetRanges);
    for (int i = 0; i < m_presetRanges; ++i) {
        if (qAbs(m_range->itemData(i).toLongLong() - span) < 1000) {
            m_range->setCurrentIndex(i);
            return;
        }
    }
    const qint64 minutes = std::max<qint64>(1, (span + kMinute / 2) / kMinute);
    QString text;
    if (minutes < 60)
        text = tr("%n min", nullptr, int(minutes));
    else if (minutes < 48 * 60)
        text = minutes % 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                            : tr("%n hour(s)", nullptr, int(minutes / 60));
    else
        text = tr("%n day(s)", nullptr, int((minutes + 720) / 1440));
    m_range->addItem(tr("Custom: %1").arg(text), span);
    m_range->setCurrentIndex(m_presetRanges);
}

void TimelinePage::selectWindow(qint64 fromMs, qint64 toMs) {
    if (toMs - fromMs < 1000) {
        fromMs = m_from;
        toMs = m_to;
    }
    m_selFrom = fromMs;
    m_selTo = toMs;
    m_chart->setSelection(fromMs == m_from && toMs == m_to ? 0 : fromMs,
                          fromMs == m_from && toMs == m_to ? 0 : toMs);
    reloadWindow();
}

void TimelinePage::setFilter(const std::optional<sessionhistory::Filter> &filter) {
    m_filter = filter;
    if (filter) {
        m_filterLabel->setText(
            tr("Only %1: %2")
                .arg(sessionhistory::dimName(filter->dim),
                     filter->key.isEmpty() ? tr("(none)") : filter->key.simplified().left(80)));
        m_filterLabel->setToolTip(filter->key);
    } else {
        m_filterLabel->clear();
    }
    m_clearFilter->setVisible(filter.has_value());
    reload();
}

void TimelinePage::drillDown(Dim dim, const QString &key) {
    setFilter(sessionhistory::Filter{dim, key});
    // Pick a query → its wait events; pick a wait event → its queries.
    const Dim next = dim == Dim::Wait ? Dim::Query : Dim::Wait;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->objectName() == QStringLiteral("top_") + sessionhistory::dimName(next))
            m_tabs->setCurrentIndex(i);
}

void TimelinePage::reload() {
    if (m_controller->serverKey().isEmpty())
        return;
    m_controller->requestTimeline(m_from, m_to, kBuckets, m_filter);
    reloadWindow();
    // Reference lines: max_connections, and the CPU count when the server runs on this machine.
    QList<QPair<double, QString>> refs;
    if (const int mc = m_controller->sampler()->last().maxConnections; mc > 0)
        refs << qMakePair(double(mc), tr("max_connections"));
    const QString host = session() ? session()->connInfo().get("host") : QString();
    if (session() && (host.isEmpty() || host.startsWith(QLatin1Char('/')) ||
                      host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")))
        refs << qMakePair(double(QThread::idealThreadCount()), tr("CPUs"));
    m_chart->setReferenceLines(refs);
}

void TimelinePage::reloadWindow() {
    if (m_controller->serverKey().isEmpty())
        return;
    m_controller->requestWindow(m_selFrom, m_selTo, m_filter);
}

void TimelinePage::updateStatus() {
    QString s;
    if (m_controller->recorderActive())
        s = tr("pgdba record writes this server");
    else if (m_controller->isSampling())
        s = tr("sampling every %1 s").arg(m_controller->sampler()->poller()->interval() / 1000.0);
    else
        s = tr("not sampling");
    m_status->setText(s);
}

void TimelinePage::replayAt(qint64 tsMs) {
    m_chart->setMarker(tsMs);
    handOver(this, ReplayActivityRequest(tsMs));
}

void TimelinePage::showIncident(int row) {
    if (row < 0 || row >= m_incidents->incidents().size())
        return;
    auto *dialog = new IncidentDialog(m_incidents->incidents().at(row), this);
    connect(dialog, &IncidentDialog::replayRequested, this, [this](qint64 ts) {
        m_chart->setMarker(ts);
        handOver(this, ReplayLocksRequest(ts));
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace ui
