#include "bench/benchmarkpage.h"

#include "widgets/theme.h"

#include "bench/comparepanel.h"
#include "bench/format.h"
#include "bench/histogramchart.h"
#include "bench/livechart.h"
#include "bench/resultsmodel.h"
#include "bench/resultspanel.h"
#include "bench/runlibrary.h"
#include "bench/runner.h"
#include "core/workspace.h"
#include "widgets/errorbanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ui {

BenchmarkPage::BenchmarkPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_banner(new ErrorBanner(this))
    , m_database(new QLabel(this))
    , m_scenario(new QComboBox(this))
    , m_couriers(new QSpinBox(this))
    , m_duration(new QSpinBox(this))
    , m_poolMin(new QSpinBox(this))
    , m_poolMax(new QSpinBox(this))
    , m_label(new QLineEdit(this))
    , m_start(new QPushButton(tr("Start"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_description(new QLabel(this))
    , m_status(new QLabel(this))
    , m_live(new LiveChart(this))
    , m_histogram(new HistogramChart(this))
    , m_tabs(new QTabWidget(this))
    , m_results(new ResultsPanel(this))
    , m_compare(new ComparePanel(this))
    , m_library(new bench::RunLibrary(this)) {
    m_scenario->setObjectName(QStringLiteral("scenario"));
    for (bench::Scenario s : bench::allScenarios()) {
        m_scenario->addItem(bench::scenarioTitle(s), bench::scenarioName(s));
        m_scenario->setItemData(m_scenario->count() - 1, bench::scenarioDescription(s), Qt::ToolTipRole);
    }
    m_couriers->setObjectName(QStringLiteral("couriers"));
    m_couriers->setRange(1, 1000);
    m_couriers->setValue(32);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(1, 3600);
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" s"));
    m_poolMin->setObjectName(QStringLiteral("poolMin"));
    m_poolMin->setRange(0, 500);
    m_poolMin->setValue(10);
    m_poolMax->setObjectName(QStringLiteral("poolMax"));
    m_poolMax->setRange(1, 500);
    m_poolMax->setValue(20);
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setPlaceholderText(tr("label, e.g. before 002"));
    m_start->setObjectName(QStringLiteral("start"));
    m_stop->setObjectName(QStringLiteral("stop"));
    m_status->setObjectName(QStringLiteral("status"));
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setWordWrap(true);
    m_description->setWordWrap(true);
    theme::setTextColor(m_description, QColor(0x50, 0x50, 0x50));

    auto *controls = new QHBoxLayout;
    auto addLabeled = [&](const QString &text, QWidget *w) {
        auto *l = new QLabel(text, this);
        l->setBuddy(w);
        controls->addWidget(l);
        controls->addWidget(w);
    };
    addLabeled(tr("&Scenario:"), m_scenario);
    addLabeled(tr("C&ouriers:"), m_couriers);
    addLabeled(tr("&Duration:"), m_duration);
    addLabeled(tr("&Pool:"), m_poolMin);
    controls->addWidget(new QLabel(QStringLiteral("–"), this));
    controls->addWidget(m_poolMax);
    controls->addWidget(m_label, 1);
    controls->addWidget(m_start);
    controls->addWidget(m_stop);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_live);
    charts->addWidget(m_histogram);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setSizes({600, 400});
    m_tabs->addTab(m_results, tr("Results"));
    m_tabs->addTab(m_compare, tr("Compare runs"));
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(charts);
    vertical->addWidget(m_tabs);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({450, 550});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_database);
    layout->addLayout(controls);
    layout->addWidget(m_description);
    layout->addWidget(m_status);
    layout->addWidget(vertical, 1);

    connect(m_scenario, &QComboBox::currentIndexChanged, this, &BenchmarkPage::updateDescription);
    connect(m_start, &QPushButton::clicked, this, &BenchmarkPage::requestStart);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_runner) {
            m_runner->stop();
            m_status->setText(tr("Stopping: the couriers finish the request in hand…"));
        }
    });
    connect(m_results, &ResultsPanel::querySelected, m_histogram, &HistogramChart::setHistogram);
    connect(workspace, &core::Workspace::currentChanged, this, [this] {
        ++m_generation;
        if (m_runner)
            m_runner->stop(); // its results still belong to the server it started on
        m_hasSchema = false;
        if (isActive())
            refresh();
    });
    updateDescription();
    updateButtons();
}

BenchmarkPage::~BenchmarkPage() = default;

void BenchmarkPage::setActive(bool active) {
    const bool was = isActive();
    Page::setActive(active);
    if (active && !was)
        refresh();
}

void BenchmarkPage::refresh() {
    const quint64 gen = ++m_generation;
    QCoro::connect(loadServerState(gen), this, [] {});
}

QCoro::Task<void> BenchmarkPage::loadServerState(quint64 gen) {
    QPointer<BenchmarkPage> self(this);
    core::ServerSession *s = session();
    if (!s || !s->monitor()->isReady()) {
        m_database->setText(
            tr("Not connected: connect to a server with the demo database to run the benchmark."));
        updateButtons();
        co_return;
    }
    if (!m_runner)
        QCoro::connect(reloadRuns(), this, [] {});
    const bench::ServerCheck pre = co_await bench::RunLibrary::check(s->monitor());
    if (!self || gen != m_generation)
        co_return;
    if (!pre.ok()) {
        m_banner->showError(*pre.error, s->facts().role);
        co_return;
    }
    m_hasSchema = pre.hasSchema;
    if (m_hasSchema) {
        m_banner->clear();
        m_database->setText(tr("Database <b>%1</b>: about %2 orders; indexes on orders/order_events: %3")
                                .arg(pre.database.toHtmlEscaped(), QLocale().toString(pre.ordersEstimate),
                                     pre.indexes.join(QStringLiteral(", ")).toHtmlEscaped()));
    } else {
        m_database->clear();
        m_banner->showMessage(
            tr("The database \"%1\" has no demo tables (orders, order_events). Create and fill "
               "them with: pgdba demo init --dsn \"…dbname=%1\" --orders 1000000")
                .arg(pre.database),
            ErrorBanner::Level::Warning);
    }
    updateButtons();
    markDataArrived();
}

QCoro::Task<void> BenchmarkPage::reloadRuns(QString selectLatestId) {
    QPointer<BenchmarkPage> self(this);
    core::ServerSession *s = session();
    if (!s)
        co_return;
    const QString server = s->historyKey();
    const quint64 gen = m_generation;
    m_library->setStore(workspace()->history());
    const QList<bench::RunResult> runs = co_await m_library->load(server);
    if (!self || gen != m_generation)
        co_return;
    m_compare->setRuns(runs);
    if (!selectLatestId.isEmpty()) {
        // Compare the new run with the previous run of the same scenario, if any.
        QString previous;
        for (const auto &r : runs)
            if (r.id != selectLatestId && r.config.scenario == currentConfig().scenario)
                previous = r.id;
        if (!previous.isEmpty())
            m_compare->select(previous, selectLatestId);
    } else if (!runs.isEmpty() && m_results->model()->rowCount() == 0) {
        showRun(runs.constLast());
    }
}

void BenchmarkPage::updateDescription() {
    const auto s = bench::parseScenario(m_scenario->currentData().toString());
    m_description->setText(s ? bench::scenarioDescription(*s) : QString());
}

void BenchmarkPage::updateButtons() {
    const bool connected = session() && session()->monitor()->isReady();
    m_start->setEnabled(!m_runner && connected);
    m_stop->setEnabled(m_runner != nullptr);
    for (QWidget *w : {static_cast<QWidget *>(m_scenario), static_cast<QWidget *>(m_couriers),
                       static_cast<QWidget *>(m_duration), static_cast<QWidget *>(m_poolMin),
                       static_cast<QWidget *>(m_poolMax), static_cast<QWidget *>(m_label)})
        w->setEnabled(!m_runner);
}

bench::RunConfig BenchmarkPage::currentConfig() const {
    bench::RunConfig c;
    c.scenario = bench::parseScenario(m_scenario->currentData().toString()).value_or(bench::Scenario::Mixed);
    c.couriers = m_couriers->value();
    c.durationS = m_duration->value();
    c.poolMin = m_poolMin->value();
    c.poolMax = qMax(m_poolMin->value(), m_poolMax->value());
    c.label = m_label->text().trimmed();
    return c;
}

void BenchmarkPage::requestStart() {
    core::ServerSession *s = session();
    if (!s || !s->monitor()->isReady() || m_runner)
        return;
    const bench::RunConfig config = currentConfig();
    if (!bench::scenarioWrites(config.scenario)) {
        startRun(config);
        return;
    }
    // The run changes the demo tables: say exactly how before it starts.
    const QString db = s->facts().database;
    QStringList effects;
    if (config.scenario != bench::Scenario::CreateOrder)
        effects << tr(
            "Claims set status = 'assigned', courier_id and assigned_at on 'new' orders and insert an "
            "'assigned' row into order_events for each claim (up to every new order in the table).");
    if (config.scenario == bench::Scenario::ClaimUnsafe)
        effects << tr(
            "The unsafe claim assigns orders WITHOUT a row lock on purpose: some orders will be claimed "
            "twice, and the check will report it.");
    if (config.scenario == bench::Scenario::CreateOrder || config.scenario == bench::Scenario::Mixed)
        effects << tr("New orders are inserted into orders, each with a 'created' row in order_events.");
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Run a benchmark that writes"),
                        tr("This run changes the demo tables in database \"%1\" on %2 for up to %3 s:")
                            .arg(db, s->historyKey())
                            .arg(config.durationS),
                        QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRun"));
    box->setInformativeText(effects.join(QStringLiteral("\n\n")));
    box->button(QMessageBox::Ok)->setText(tr("Run %1").arg(bench::scenarioName(config.scenario)));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QAbstractButton *ok = box->button(QMessageBox::Ok);
    connect(box, &QMessageBox::buttonClicked, this, [this, config, ok](QAbstractButton *b) {
        if (b == ok)
            startRun(config);
    });
    box->open();
}

void BenchmarkPage::startRun(const bench::RunConfig &config) {
    core::ServerSession *s = session();
    if (!s || m_runner)
        return;
    m_banner->clear();
    m_live->clear();
    m_live->setExpectedDuration(config.durationS);
    m_histogram->clear();
    m_runServer = s->historyKey();
    m_runner = new bench::Runner(s->connInfo(), config, this);
    connect(m_runner, &bench::Runner::phase, this, [this](const QString &t) { m_status->setText(t); });
    connect(m_runner, &bench::Runner::progress, this, [this](const bench::LivePoint &p) {
        m_live->addPoint(p);
        m_status->setText(
            tr("Running: %1 s, %2 requests, %3 now, p95 %4, %5 claimed; pool %6 in use, %7 waiting")
                .arg(QLocale().toString(p.tS, 'f', 0))
                .arg(QLocale().toString(p.totalOps), bench::formatRate(p.opsPerS), bench::formatMs(p.p95Ms))
                .arg(p.claimed)
                .arg(p.poolInUse)
                .arg(p.poolWaiting));
    });
    updateButtons();
    QCoro::connect(m_runner->run(), this, [this](const bench::RunResult &r) { onFinished(r); });
}

void BenchmarkPage::onFinished(bench::RunResult result) {
    if (m_runner) {
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    updateButtons();
    result.server = m_runServer;
    if (!result.ok()) {
        m_banner->showMessage(result.error);
        m_status->setText(tr("The run did not happen."));
        return;
    }
    m_library->setStore(workspace()->history());
    const bool saved = m_library->save(m_runServer, result);
    showRun(result);
    m_status->setText(saved ? tr("Done: %1 requests in %2 s; saved as %3.")
                                  .arg(QLocale().toString(
                                      result.timeline.isEmpty() ? 0 : result.timeline.constLast().totalOps))
                                  .arg(QLocale().toString(result.elapsedS, 'f', 1))
                                  .arg(result.id)
                            : tr("Done in %1 s; the history store is unavailable, so the run was not saved.")
                                  .arg(QLocale().toString(result.elapsedS, 'f', 1)));
    if (session() && session()->historyKey() == m_runServer)
        QCoro::connect(reloadRuns(result.id), this, [] {});
    Q_EMIT runFinished(result);
}

void BenchmarkPage::showRun(const bench::RunResult &run) {
    m_live->setExpectedDuration(qMin(run.config.durationS, int(std::ceil(run.elapsedS))));
    m_live->setTimeline(run.timeline);
    m_results->setRun(run);
    m_tabs->setCurrentWidget(m_results);
}

} // namespace ui
