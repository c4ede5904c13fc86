#include "statements/statementspage.h"

#include "plans/plancollector.h"

#include "core/serversession.h"
#include "core/workspace.h"
#include "handover.h"
#include "monitor/poller.h"
#include "monitor/statementchartdata.h"
#include "monitor/statementfilterproxy.h"
#include "monitor/statementmodel.h"
#include "monitor/statementscollector.h"
#include "statements/statementactions.h"
#include "statements/statementbarchart.h"
#include "statements/statementdelegate.h"
#include "statements/statementdetails.h"
#include "statements/statementguidance.h"
#include "statements/statementparamsdialog.h"
#include "statements/statementsfilterbar.h"
#include "statements/statementtimechart.h"
#include "widgets/errorbanner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using monitor::StatementModel;

namespace ui {

namespace {
const QList<int> &hiddenByDefault() {
    static const QList<int> cols{StatementModel::MinTime,    StatementModel::MaxTime,
                                 StatementModel::StddevTime, StatementModel::PlanTime,
                                 StatementModel::WalBytes,   StatementModel::RowsPerSec};
    return cols;
}
QString spanText(double seconds) {
    const qint64 s = qRound64(seconds);
    if (s >= 3600)
        return QObject::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    if (s >= 60)
        return QObject::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QObject::tr("%1 s").arg(s);
}
} // namespace

StatementsPage::StatementsPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_collector(new monitor::StatementsCollector(this))
    , m_model(new StatementModel(this))
    , m_proxy(new monitor::StatementFilterProxy(this))
    , m_actions(new StatementActions(workspace, this))
    , m_banner(new ErrorBanner(this))
    , m_notes(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_guidance(new StatementGuidance(m_stack))
    , m_filters(new StatementsFilterBar(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new StatementDetails(this))
    , m_chartTabs(new QTabWidget(this))
    , m_totalChart(new StatementBarChart(StatementBarChart::Mode::TotalTime, this))
    , m_meanChart(new StatementBarChart(StatementBarChart::Mode::MeanTime, this))
    , m_trendChart(new StatementTimeChart(StatementTimeChart::Mode::Trend, this))
    , m_stackChart(new StatementTimeChart(StatementTimeChart::Mode::Stack, this)) {
    m_notes->setObjectName(QStringLiteral("statementNotes"));
    m_summary->setObjectName(QStringLiteral("statementSummary"));
    m_table->setObjectName(QStringLiteral("statementTable"));
    m_chartTabs->setObjectName(QStringLiteral("statementCharts"));
    m_proxy->setSourceModel(m_model);
    m_model->setSlowThresholdMs(m_filters->thresholdMs());
    m_meanChart->setThresholdMs(m_filters->thresholdMs());
    m_windowMs = m_filters->windowMs();
    m_collector->setWindowMs(m_windowMs);

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new StatementDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StatementModel::TotalTime, Qt::DescendingOrder);
    m_table->setColumnWidth(StatementModel::Query, 380);
    for (int c : hiddenByDefault())
        m_table->setColumnHidden(c, true);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                auto *menu = new QMenu(this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                for (int c = 1; c < StatementModel::ColumnCount; ++c) {
                    QAction *a = menu->addAction(StatementModel::columnTitle(c));
                    a->setCheckable(true);
                    a->setChecked(!m_table->isColumnHidden(c));
                    connect(a, &QAction::toggled, this,
                            [this, c](bool on) { m_table->setColumnHidden(c, !on); });
                }
                menu->popup(m_table->horizontalHeader()->mapToGlobal(pos));
            });

    m_chartTabs->addTab(m_totalChart, tr("Top by total time"));
    m_chartTabs->addTab(m_meanChart, tr("Top by mean time"));
    m_chartTabs->addTab(m_trendChart, tr("Selected over time"));
    m_chartTabs->addTab(m_stackChart, tr("Time by top statements"));

    auto *content = new QWidget(m_stack);
    auto *cl = new QVBoxLayout(content);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(m_filters);
    cl->addWidget(m_summary);
    auto *bottom = new QSplitter(Qt::Horizontal, content);
    bottom->addWidget(m_details);
    bottom->addWidget(m_chartTabs);
    bottom->setStretchFactor(0, 9);
    bottom->setStretchFactor(1, 11);
    bottom->setSizes({540, 660});
    auto *vertical = new QSplitter(Qt::Vertical, content);
    vertical->addWidget(m_table);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 5);
    vertical->setSizes({330, 420});
    cl->addWidget(vertical, 1);
    m_stack->addWidget(content);
    m_stack->addWidget(m_guidance);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_notes);
    layout->addWidget(m_stack, 1);

    connect(m_collector, &monitor::StatementsCollector::failed, this, [this](const pg::Error &e) {
        m_banner->showError(e, session() ? session()->facts().role : QString());
    });
    connect(m_collector, &monitor::StatementsCollector::availabilityChanged, this,
            [this](const monitor::StatementAvailability &av) {
                showAvailability(av);
                if (!av.usable()) {
                    m_notes->clear();
                    m_banner->clear();
                    markDataArrived();
                }
            });
    connect(m_collector, &monitor::StatementsCollector::snapshotReady, this, &StatementsPage::received);
    connect(m_collector, &monitor::StatementsCollector::historyWriteFailed, this,
            [this](const QString &message) { m_historyError = message; });
    connect(workspace, &core::Workspace::currentChanged, this, [this] { serverChanged(); });

    connect(m_filters, &StatementsFilterBar::filtersChanged, this, [this] {
        m_proxy->setDatabase(m_filters->database());
        m_proxy->setUser(m_filters->user());
        m_proxy->setText(m_filters->text());
        m_proxy->setOnlySlow(m_filters->onlySlow());
        updateCharts();
    });
    connect(m_filters, &StatementsFilterBar::thresholdChanged, this, [this](double ms) {
        m_model->setSlowThresholdMs(ms);
        m_meanChart->setThresholdMs(ms);
        setBadge(m_model->slowCount() > 0 ? QString::number(m_model->slowCount()) : QString());
    });
    connect(m_filters, &StatementsFilterBar::windowChanged, this, [this](qint64 ms) {
        m_windowMs = ms;
        m_collector->setWindowMs(ms); // applied by the next refresh, on the tracker's own thread
        poller()->refreshNow();
    });
    connect(m_filters, &StatementsFilterBar::topNChanged, this, [this] { updateCharts(); });
    connect(m_filters, &StatementsFilterBar::resetRequested, this,
            [this] { m_actions->resetAll(m_availability, m_model->rowCount()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                if (!i.isValid())
                    return;
                bool ok = false;
                m_selected =
                    monitor::StatementKey::fromString(i.data(StatementModel::KeyRole).toString(), &ok);
                m_hasSelection = ok;
                updateSelection();
                loadSessions(poller()->generation());
                loadPlans();
            });
    for (auto *chart : {m_totalChart, m_meanChart})
        connect(chart, &StatementBarChart::statementClicked, this, [this](const monitor::StatementKey &k) {
            if (!selectStatement(k)) {
                m_filters->setText({});
                selectStatement(k);
            }
        });
    connect(m_details, &StatementDetails::explainRequested, this, &StatementsPage::explainSelected);
    connect(m_collector, &monitor::StatementsCollector::planChangesReady, this,
            [this](const QHash<qint64, qint64> &changes) {
                const bool selectedChanged = m_hasSelection && changes.value(m_selected.queryid) !=
                                                                   m_model->planChangedMs(m_selected.queryid);
                m_model->setPlanChanges(changes);
                if (selectedChanged)
                    loadPlans();
            });
    connect(m_collector->planCollector(), &plans::PlanCollector::capturedPlan, this, [this](qint64 queryid) {
        if (m_hasSelection && queryid == m_selected.queryid)
            loadPlans();
    });
    connect(m_details, &StatementDetails::comparePlansRequested, this, [this] {
        const auto &shapes = m_details->plans();
        if (shapes.size() < 2)
            return;
        const auto &before = shapes[shapes.size() - 2];
        const auto &after = shapes.last();
        const QLocale l;
        auto label = [&l](const plans::PlanShape &p) {
            return QStringLiteral("%1 %2").arg(
                p.fingerprint.left(8),
                l.toString(QDateTime::fromMSecsSinceEpoch(p.firstSeenMs), QLocale::ShortFormat));
        };
        handOver(this, ComparePlansRequest(before.planJson, label(before), after.planJson, label(after)));
    });
    connect(m_details, &StatementDetails::resetRequested, this, [this] {
        const int r = m_model->rowOf(m_selected);
        if (m_hasSelection && r >= 0)
            m_actions->resetOne(m_availability, m_model->row(r));
    });
    connect(m_guidance, &StatementGuidance::recheckRequested, this, [this] {
        m_collector->invalidate();
        poller()->refreshNow();
    });
    connect(m_guidance, &StatementGuidance::createExtensionRequested, this,
            [this] { m_actions->createExtension(m_availability); });
    connect(m_actions, &StatementActions::finished, this,
            [this](const QString &what, bool ok, const QString &msg) {
                if (what == QLatin1String("create-extension")) {
                    m_guidance->setStatus(msg);
                    if (ok)
                        m_collector->invalidate();
                } else {
                    m_banner->showMessage(msg, ok ? ErrorBanner::Level::Info : ErrorBanner::Level::Error);
                }
                if (ok)
                    poller()->refreshNow();
            });
    serverChanged();
}

StatementsPage::~StatementsPage() = default;

monitor::Poller *StatementsPage::poller() const {
    return m_collector->poller();
}

int StatementsPage::refreshes() const {
    return m_collector->refreshes();
}

int StatementsPage::lastHistoryRows() const {
    return m_collector->lastHistoryRows();
}

void StatementsPage::setActive(bool active) {
    Page::setActive(active);
    poller()->setActive(active);
    // Plan captures run while the page is open, on a connection of their own opened once.
    if (active && session() && !m_planConn && !m_openingPlanConn)
        openPlanConnection();
    m_collector->setPlansActive(active);
}

QCoro::Task<void> StatementsPage::openPlanConnection() {
    QPointer<StatementsPage> self(this);
    QPointer<core::ServerSession> s(session());
    if (!s)
        co_return;
    m_openingPlanConn = true;
    const quint64 gen = m_planConnGeneration;
    pg::Connection *c = co_await s->openConnection(QStringLiteral("plans"), this);
    if (!self)
        co_return;
    m_openingPlanConn = false;
    if (gen != m_planConnGeneration || !s || s != session()) {
        if (c)
            c->deleteLater();
        co_return;
    }
    m_planConn = c;
    m_collector->setPlanConnection(c);
}

QCoro::Task<void> StatementsPage::loadPlans() {
    QPointer<StatementsPage> self(this);
    if (!m_hasSelection || m_selected.hidden) {
        m_details->setPlans({});
        co_return;
    }
    const monitor::StatementKey key = m_selected;
    const QList<plans::PlanShape> shapes = co_await m_collector->planShapes(key.queryid);
    if (!self || !(key == m_selected))
        co_return;
    m_details->setPlans(shapes);
}

void StatementsPage::refresh() {
    poller()->refreshNow();
}

bool StatementsPage::showsGuidance() const {
    return m_stack->currentWidget() == m_guidance;
}

void StatementsPage::serverChanged() {
    core::ServerSession *s = session();
    ++m_planConnGeneration; // a plan connection being opened belongs to the old server
    m_collector->setPlanConnection(nullptr);
    if (m_planConn)
        m_planConn->deleteLater();
    m_planConn = nullptr;
    m_openingPlanConn = false;
    m_collector->setHistory(s ? workspace()->history() : nullptr); // no store opened for nothing
    m_collector->setServer(s ? s->monitor() : nullptr, s ? s->historyKey() : QString());
    m_hasSelection = false;
    m_availability = {};
    m_model->setSnapshot({});
    m_banner->clear();
    m_notes->clear();
    showAvailability({});
    m_details->setPlans({});
    if (isActive()) {
        poller()->refreshNow();
        if (s)
            openPlanConnection();
        m_collector->setPlansActive(true);
    }
}

void StatementsPage::showAvailability(const monitor::StatementAvailability &av) {
    m_availability = av;
    if (av.state == monitor::StatementAvailability::State::Unknown || av.usable()) {
        m_stack->setCurrentIndex(0);
    } else {
        m_guidance->setAvailability(av);
        m_stack->setCurrentWidget(m_guidance);
    }
    m_filters->setResetEnabled(av.usable() && av.canReset,
                               av.canReset ? tr("Discard all pg_stat_statements counters (asks first)")
                                           : StatementActions::resetPrivilegeHint(av));
}

void StatementsPage::received(const monitor::StatementSnapshot &snapshot) {
    if (m_historyError.isEmpty())
        m_banner->clear();
    else
        m_banner->showMessage(tr("Could not write the statement history: %1").arg(m_historyError),
                              ErrorBanner::Level::Warning);
    m_historyError.clear();
    m_availability = m_collector->availability();
    applySnapshot(snapshot);
    markDataArrived();
    loadSessions(poller()->generation());
}

void StatementsPage::applySnapshot(const monitor::StatementSnapshot &snap) {
    QElapsedTimer clock;
    clock.start();
    const bool hadSelection = m_hasSelection;
    m_model->setSnapshot(snap);
    QSet<QString> dbs, users;
    for (const auto &r : snap.rows) {
        dbs.insert(r.totals.database);
        users.insert(r.totals.user);
    }
    QStringList dbList(dbs.cbegin(), dbs.cend()), userList(users.cbegin(), users.cend());
    dbList.sort();
    userList.sort();
    m_filters->setDatabases(dbList);
    m_filters->setUsers(userList);
    if (hadSelection && !m_table->currentIndex().isValid())
        selectStatement(m_selected); // the model was reset (e.g. after a reset): find it again
    updateCharts();
    updateSelection();
    updateNotes(snap);
    const QLocale loc;
    const int slow = m_model->slowCount();
    m_summary->setText(
        tr("%1 statements · %2 of execution time since the last reset · %3 · %4 with a mean above %5")
            .arg(loc.toString(snap.rows.size()), StatementModel::formatMs(snap.totalExecMs),
                 snap.windowSeconds > 0 ? tr("rates over the last %1").arg(spanText(snap.windowSeconds))
                                        : tr("rates from the next refresh on"))
            .arg(slow)
            .arg(StatementModel::formatMs(m_filters->thresholdMs())));
    setBadge(slow > 0 ? QString::number(slow) : QString());
    m_lastApplyMs = double(clock.nsecsElapsed()) / 1e6;
}

void StatementsPage::updateNotes(const monitor::StatementSnapshot &snap) {
    QStringList lines;
    const auto &ev = snap.events;
    if (ev.resetDetected)
        m_lastEventNote =
            ev.resetAtMs > 0
                ? tr("The statistics were reset at %1; the rates count from there.")
                      .arg(QDateTime::fromMSecsSinceEpoch(ev.resetAtMs).toString(QStringLiteral("HH:mm:ss")))
                : tr("The statistics were reset since the previous refresh; the rates count from there.");
    else if (ev.entriesGone + ev.deallocated > 0)
        m_lastEventNote =
            tr("%1 statements were evicted since the previous refresh (pg_stat_statements.max is full); "
               "rare statements come and go, raise pg_stat_statements.max if this repeats.")
                .arg(std::max<qint64>(ev.entriesGone, ev.deallocated));
    if (!m_lastEventNote.isEmpty())
        lines << m_lastEventNote;
    lines << m_availability.warnings();
    if (lines.isEmpty())
        m_notes->clear();
    else
        m_notes->showMessage(lines.join(QLatin1Char('\n')), m_availability.warnings().isEmpty()
                                                                ? ErrorBanner::Level::Info
                                                                : ErrorBanner::Level::Warning);
}

QString StatementsPage::labelFor(const monitor::StatementKey &key, int maxChars) const {
    const int r = m_model->rowOf(key);
    if (r >= 0)
        return StatementModel::oneLine(m_model->row(r), maxChars);
    return key.hidden ? tr("hidden statements") : tr("query id %1 (no longer tracked)").arg(key.queryid);
}

void StatementsPage::updateCharts() {
    const int n = m_filters->topN();
    const bool filtered = !m_proxy->database().isEmpty() || !m_proxy->user().isEmpty() ||
                          !m_proxy->text().isEmpty() || m_proxy->onlySlow();
    QList<monitor::StatementRow> rows;
    if (filtered) {
        rows.reserve(m_proxy->rowCount());
        for (int i = 0; i < m_proxy->rowCount(); ++i)
            rows << m_model->row(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
    }
    const QList<monitor::StatementRow> &use = filtered ? rows : m_model->rows();
    m_totalChart->setBars(monitor::chartdata::topByTotal(use, n));
    m_meanChart->setBars(monitor::chartdata::topByMean(use, n));
    const auto &snap = m_model->snapshot();
    if (snap.intervals) {
        const auto stack = monitor::chartdata::stack(*snap.intervals, StatementTimeChart::StackSize);
        QStringList labels;
        for (const auto &k : stack.keys)
            labels << labelFor(k, 34);
        m_stackChart->setStack(stack, labels, chartStartMs(), snap.tsMs);
    }
    updateTrend();
}

qint64 StatementsPage::chartStartMs() const {
    // The time axis covers the data (at least a minute), not an empty window after a start.
    const auto &snap = m_model->snapshot();
    qint64 from = snap.tsMs - 60000;
    if (snap.intervals && !snap.intervals->empty())
        from = std::min(from, snap.intervals->front().endMs - snap.intervals->front().spanMs);
    return std::max(from, snap.tsMs - m_windowMs);
}

void StatementsPage::updateTrend() {
    const auto &snap = m_model->snapshot();
    if (!m_hasSelection || !snap.intervals) {
        m_trendChart->setTrend({}, tr("Select a statement to see its mean time and calls/s over time"),
                               chartStartMs(), snap.tsMs);
        return;
    }
    m_trendChart->setTrend(monitor::chartdata::trend(*snap.intervals, m_selected), labelFor(m_selected, 70),
                           chartStartMs(), snap.tsMs);
}

void StatementsPage::updateSelection() {
    const int r = m_hasSelection ? m_model->rowOf(m_selected) : -1;
    m_details->setStatement(r >= 0 ? &m_model->row(r) : nullptr, m_model->snapshot().windowSeconds,
                            m_availability);
    updateTrend();
}

bool StatementsPage::selectStatement(const monitor::StatementKey &key) {
    const int r = m_model->rowOf(key);
    if (r < 0)
        return false;
    const QModelIndex p = m_proxy->mapFromSource(m_model->index(r, 0));
    if (!p.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(p, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    m_table->scrollTo(p);
    return true;
}

QCoro::Task<void> StatementsPage::loadSessions(quint64 gen) {
    QPointer<StatementsPage> self(this);
    core::ServerSession *s = session();
    if (!m_hasSelection || !s || !s->monitor()->isReady())
        co_return;
    if (m_selected.hidden) {
        m_details->setSessionsNote(
            tr("Live sessions: the query id of these statements is hidden from this role."));
        co_return;
    }
    if (!m_availability.hasQueryIdInActivity()) {
        m_details->setSessionsNote(
            tr("Live sessions need PostgreSQL 14 or newer (pg_stat_activity.query_id)."));
        co_return;
    }
    const monitor::StatementKey key = m_selected;
    const monitor::StatementSessions r = co_await m_collector->fetchSessions(key.queryid);
    if (!self || !poller()->isCurrent(gen) || !(key == m_selected))
        co_return;
    m_details->setSessions(r);
}

void StatementsPage::explainSelected() {
    const int r = m_hasSelection ? m_model->rowOf(m_selected) : -1;
    if (r < 0 || m_model->row(r).text.isEmpty())
        return;
    const QString sql = m_model->row(r).text;
    const QString db = m_model->row(r).totals.database;
    if (StatementParamsDialog::parameterCount(sql) == 0) {
        handOver(this, ExplainRequest(sql, {}, db));
        return;
    }
    auto *d = new StatementParamsDialog(sql, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this,
            [this, d, db] { handOver(this, ExplainRequest(d->sql(), d->values(), db)); });
    d->open();
}

} // namespace ui
