#include "activity/activitypage.h"

#include "widgets/theme.h"

#include "activity/activityactions.h"
#include "activity/activitydelegate.h"
#include "activity/activitydetails.h"
#include "activity/activityfilterbar.h"
#include "activity/activitytable.h"
#include "activity/activitythresholdsdialog.h"
#include "core/workspace.h"
#include "handover.h"
#include "monitor/activitycollector.h"
#include "monitor/activityfilter.h"
#include "monitor/activitymodel.h"
#include "monitor/poller.h"
#include "sessionhistory/replay.h"
#include "widgets/errorbanner.h"
#include "widgets/replaybanner.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

using monitor::ActivityModel;

ActivityPage::ActivityPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_collector(new monitor::ActivityCollector(this))
    , m_model(new ActivityModel(this))
    , m_filter(new monitor::ActivityFilter(this))
    , m_actions(new ActivityActions(workspace, this))
    , m_banner(new ErrorBanner(this))
    , m_filterBar(nullptr)
    , m_view(new ActivityTable(this))
    , m_details(new ActivityDetails(this))
    , m_splitter(new QSplitter(Qt::Vertical, this)) {
    m_filter->setSourceModel(m_model);
    m_model->setThresholds(ActivityThresholdsDialog::load());
    m_filterBar = new ActivityFilterBar(m_filter, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    m_replay = new ReplayBanner(this);
    layout->addWidget(m_replay);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_filterBar);

    m_view->setModel(m_filter);

    // The table with a line under it: what the colours mean, and the last refresh.
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(2);
    tableLayout->addWidget(m_view, 1);
    auto *info = new QHBoxLayout;
    info->addWidget(m_legend);
    info->addStretch();
    info->addWidget(m_status);
    tableLayout->addLayout(info);
    m_splitter->setObjectName(QStringLiteral("activitySplitter"));
    m_splitter->addWidget(tablePane);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);

    connect(m_view, &QTableView::customContextMenuRequested, this, &ActivityPage::contextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) {
                if (m_applying) // a refresh removed the current row: keep showing that session, marked ended
                    return;
                const QModelIndex src = m_filter->mapToSource(cur);
                m_details->showSession(m_model->sessionAt(src.row()), m_model);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivityPage::updateActions);
    connect(m_details, &ActivityDetails::explainRequested, this,
            [this](const QString &sql) { handOver(this, ExplainRequest(sql)); });
    connect(m_actions, &ActivityActions::finished, this, [this] { poller()->refreshNow(); });

    poller()->setInterval(QSettings().value(QStringLiteral("activity/intervalMs"), 2000).toInt());
    connect(m_collector, &monitor::ActivityCollector::snapshotReady, this,
            [this](const monitor::ActivitySnapshot &snap) {
                if (m_replay->isReplaying())
                    return; // a refresh that was under way when the replay began
                m_banner->clear();
                applySnapshot(snap);
            });
    connect(m_collector, &monitor::ActivityCollector::failed, this, [this](const pg::Error &e) {
        m_banner->showError(e, session() ? session()->facts().role : QString());
    });
    connect(m_replay, &ReplayBanner::momentShown, this, [this](const sessionhistory::SessionSample &s) {
        poller()->setPaused(true);
        applySnapshot(sessionhistory::toActivitySnapshot(s));
    });
    connect(m_replay, &ReplayBanner::liveRequested, this, [this] {
        poller()->setPaused(false);
        poller()->refreshNow();
    });
    connect(workspace, &core::Workspace::currentChanged, this, &ActivityPage::followServer);
    followServer();
    updateActions();
}

void ActivityPage::followServer() {
    m_replay->stop();
    core::ServerSession *s = session();
    m_collector->setHistory(s ? workspace()->history() : nullptr); // no store opened for nothing
    m_collector->setServer(s ? s->monitor() : nullptr, s ? s->historyKey() : QString());
    m_actions->reset();
    m_model->clear();
    m_details->showSession(nullptr, nullptr);
    m_banner->clear();
    if (isActive())
        poller()->refreshNow();
}

monitor::Poller *ActivityPage::poller() const {
    return m_collector->poller();
}

ActivityPage::~ActivityPage() = default;

QWidget *ActivityPage::buildToolbar() {
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_interval = new QComboBox(bar);
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    for (int s : {1, 2, 5, 10})
        m_interval->addItem(tr("every %1 s").arg(s), s * 1000);
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(poller()->interval())));
    m_pause = new QToolButton(bar);
    m_pause->setObjectName(QStringLiteral("pause"));
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    auto *now = new QToolButton(bar);
    now->setText(tr("Refresh"));
    now->setObjectName(QStringLiteral("refreshNow"));
    m_durationMode = new QComboBox(bar);
    m_durationMode->setObjectName(QStringLiteral("durationMode"));
    m_durationMode->addItem(tr("Duration: query"), int(ActivityModel::DurationMode::Query));
    m_durationMode->addItem(tr("Duration: transaction"), int(ActivityModel::DurationMode::Transaction));
    m_durationMode->addItem(tr("Duration: backend"), int(ActivityModel::DurationMode::Backend));
    m_durationMode->setToolTip(tr("What the Duration column (and the minimum duration filter) measures"));
    auto *colours = new QToolButton(bar);
    colours->setObjectName(QStringLiteral("thresholds"));
    colours->setText(tr("Highlights…"));
    auto *audit = new QToolButton(bar);
    audit->setObjectName(QStringLiteral("auditLog"));
    audit->setText(tr("Audit log"));
    audit->setToolTip(tr("Every cancel and terminate attempt, with who, when and the outcome"));
    m_cancel = new QPushButton(tr("Cancel…"), bar);
    m_cancel->setObjectName(QStringLiteral("cancelSessions"));
    m_cancel->setToolTip(tr("Cancel the running statement of the selected sessions"));
    m_terminate = new QPushButton(tr("Terminate…"), bar);
    m_terminate->setObjectName(QStringLiteral("terminateSessions"));
    m_terminate->setToolTip(tr("Close the connection of the selected sessions"));
    m_explain = new QPushButton(tr("Explain"), bar);
    m_explain->setObjectName(QStringLiteral("explainQuery"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("activityStatus"));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("legend"));

    row->addWidget(m_interval);
    row->addWidget(m_pause);
    row->addWidget(now);
    row->addWidget(m_durationMode);
    row->addWidget(colours);
    row->addSpacing(12);
    row->addWidget(m_cancel);
    row->addWidget(m_terminate);
    row->addWidget(m_explain);
    row->addWidget(audit);
    row->addStretch();

    updateLegend();
    if (Theme *t = Theme::instance()) // the chips' tints follow a light/dark switch
        connect(t, &Theme::changed, this, &ActivityPage::updateLegend);
    connect(m_interval, &QComboBox::currentIndexChanged, this,
            [this] { setIntervalMs(m_interval->currentData().toInt()); });
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        poller()->setPaused(paused);
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        m_status->setText(statusText());
    });
    connect(now, &QToolButton::clicked, this, &ActivityPage::refresh);
    connect(m_durationMode, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setDurationMode(ActivityModel::DurationMode(m_durationMode->currentData().toInt()));
    });
    connect(colours, &QToolButton::clicked, this, &ActivityPage::openThresholds);
    connect(audit, &QToolButton::clicked, this,
            [this] { Q_EMIT navigate(QString::fromLatin1(pageid::Audit), {}); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { requestAction(monitor::SessionAction::Cancel); });
    connect(m_terminate, &QPushButton::clicked, this,
            [this] { requestAction(monitor::SessionAction::Terminate); });
    connect(m_explain, &QPushButton::clicked, this, &ActivityPage::explainSelected);
    return bar;
}

void ActivityPage::updateLegend() {
    using H = ActivityModel::Highlight;
    const auto &t = m_model->thresholds();
    auto chip = [](H h, const QString &text) {
        return QStringLiteral("<span style='background:%1'>&nbsp;%2&nbsp;</span>")
            .arg(ActivityDelegate::color(h).name(), text);
    };
    m_legend->setText(chip(H::LongRunning, tr("running ≥ %1 s").arg(t.longRunningS)) + QLatin1Char(' ') +
                      chip(H::IdleInTransaction, tr("idle in transaction ≥ %1 s").arg(t.idleInTransactionS)) +
                      QLatin1Char(' ') + chip(H::Waiting, tr("waiting ≥ %1 s").arg(t.waitingS)) +
                      QLatin1Char(' ') + chip(H::Blocking, tr("blocking")));
}

void ActivityPage::setActive(bool active) {
    Page::setActive(active);
    poller()->setActive(active);
}

void ActivityPage::refresh() {
    poller()->refreshNow();
}

void ActivityPage::setIntervalMs(int ms) {
    poller()->setInterval(ms);
    QSettings().setValue(QStringLiteral("activity/intervalMs"), ms);
    const int i = m_interval->findData(ms);
    if (i >= 0 && i != m_interval->currentIndex())
        m_interval->setCurrentIndex(i);
}

QString ActivityPage::statusText() const {
    if (m_model->nowMs() == 0)
        return poller()->isPaused() ? tr("paused") : QString();
    QString s = tr("%1 sessions, %2 shown · server %3 ms")
                    .arg(m_model->rowCount())
                    .arg(m_filter->rowCount())
                    .arg(QLocale().toString(m_model->serverMs(), 'f', 1));
    s += QStringLiteral(" · ") + ActivityModel::formatTime(m_model->nowMs());
    if (poller()->isPaused())
        s += QStringLiteral(" · ") + tr("paused");
    return s;
}

void ActivityPage::applySnapshot(const monitor::ActivitySnapshot &snap) {
    m_applying = true;
    m_model->setSnapshot(snap);
    m_applying = false;
    m_filterBar->updateChoices(m_model);
    showCurrentDetails();
    updateActions();
    m_status->setText(statusText());
    m_status->setToolTip(tr("Server time of the activity query: %1 ms; round trip: %2 ms")
                             .arg(QLocale().toString(snap.serverMs, 'f', 2))
                             .arg(QLocale().toString(snap.roundTripMs, 'f', 2)));
    markDataArrived();
}

void ActivityPage::showCurrentDetails() {
    const int pid = m_details->pid();
    if (pid == 0)
        return;
    if (const auto *s = m_model->sessionByPid(pid))
        m_details->showSession(s, m_model);
    else
        m_details->markEnded();
}

QList<int> ActivityPage::selectedPids() const {
    QList<int> pids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        pids << i.data(ActivityModel::PidRole).toInt();
    std::sort(pids.begin(), pids.end());
    return pids;
}

void ActivityPage::selectPids(const QList<int> &pids) {
    QItemSelection sel;
    for (int pid : pids) {
        const QModelIndex i = m_filter->mapFromSource(m_model->index(m_model->rowOfPid(pid), 0));
        if (i.isValid())
            sel.select(i, i);
    }
    auto *sm = m_view->selectionModel();
    sm->select(sel, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!sel.isEmpty())
        sm->setCurrentIndex(sel.first().topLeft(), QItemSelectionModel::NoUpdate);
}

QList<monitor::SessionTarget> ActivityPage::selectedTargets() const {
    QList<monitor::SessionTarget> out;
    for (int pid : selectedPids()) {
        const auto *s = m_model->sessionByPid(pid);
        if (!s)
            continue;
        monitor::SessionTarget t;
        t.pid = s->pid;
        t.user = s->user;
        t.application = s->application;
        t.state = s->state;
        t.database = s->database;
        t.queryHead = s->query.left(200);
        t.durationMs = qMax<qint64>(0, m_model->durationMs(*s));
        t.backendStart = QDateTime::fromMSecsSinceEpoch(s->backendStartMs);
        out << t;
    }
    return out;
}

SessionActionDialog *ActivityPage::requestAction(monitor::SessionAction action) {
    const auto targets = selectedTargets();
    if (targets.isEmpty())
        return nullptr;
    return m_actions->request(targets, action);
}

void ActivityPage::updateActions() {
    const QList<int> pids = selectedPids();
    const bool connected = session() != nullptr;
    m_cancel->setEnabled(connected && !pids.isEmpty());
    m_terminate->setEnabled(connected && !pids.isEmpty());
    const auto *s = pids.size() == 1 ? m_model->sessionByPid(pids.first()) : nullptr;
    m_explain->setEnabled(s && !s->query.trimmed().isEmpty() && !s->query.startsWith(QLatin1Char('<')));
    m_cancel->setText(pids.size() > 1 ? tr("Cancel %1…").arg(pids.size()) : tr("Cancel…"));
    m_terminate->setText(pids.size() > 1 ? tr("Terminate %1…").arg(pids.size()) : tr("Terminate…"));
    if (m_replay && m_replay->isReplaying()) { // recorded sessions: look, do not touch
        m_cancel->setEnabled(false);
        m_terminate->setEnabled(false);
    }
}

void ActivityPage::openWith(const QVariantMap &request) {
    if (auto r = handover::unpack<ReplayActivityRequest>(request); r && session())
        m_replay->start(workspace()->history(), session()->historyKey(), r->tsMs);
}

void ActivityPage::explainSelected() {
    const QList<int> pids = selectedPids();
    if (const auto *s = pids.size() == 1 ? m_model->sessionByPid(pids.first()) : nullptr)
        handOver(this, ExplainRequest(s->query));
}

void ActivityPage::openThresholds() {
    auto *d = new ActivityThresholdsDialog(m_model->thresholds(), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &ActivityThresholdsDialog::changed, this, [this](const monitor::ActivityThresholds &t) {
        m_model->setThresholds(t);
        updateLegend();
    });
    d->open();
}

void ActivityPage::contextMenu(const QPoint &pos) {
    if (!m_view->indexAt(pos).isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_cancel->text(), this, [this] { requestAction(monitor::SessionAction::Cancel); })
        ->setEnabled(m_cancel->isEnabled());
    menu->addAction(m_terminate->text(), this, [this] { requestAction(monitor::SessionAction::Terminate); })
        ->setEnabled(m_terminate->isEnabled());
    menu->addAction(tr("Explain"), this, &ActivityPage::explainSelected)->setEnabled(m_explain->isEnabled());
    menu->addSeparator();
    menu->addAction(tr("Copy query"), this, [this] {
        QStringList queries;
        for (int pid : selectedPids())
            if (const auto *s = m_model->sessionByPid(pid))
                queries << s->query;
        QApplication::clipboard()->setText(queries.join(QStringLiteral(";\n\n")));
    });
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace ui
