#include "vacuum/vacuumpage.h"

#include "widgets/theme.h"

#include "core/workspace.h"
#include "monitor/poller.h"
#include "pg/connection.h"
#include "replication/rowsview.h"
#include "vacuum/horizoncontrol.h"
#include "vacuum/vacuumcollector.h"
#include "vacuum/vacuummodels.h"
#include "widgets/errorbanner.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr vacuum::HorizonAction Actions[] = {
    vacuum::HorizonAction::Terminate, vacuum::HorizonAction::RollbackPrepared,
    vacuum::HorizonAction::CommitPrepared, vacuum::HorizonAction::DropSlot};

QWidget *section(const QString &title, QWidget *body, QLayout *extra, QWidget *parent) {
    auto *w = new QWidget(parent);
    auto *l = new QVBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(title), w), 1);
    if (extra)
        head->addLayout(extra);
    l->addLayout(head);
    l->addWidget(body, 1);
    return w;
}
} // namespace

VacuumPage::VacuumPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_collector(new vacuum::VacuumCollector(this))
    , m_runningModel(new vacuum::RunningModel(this))
    , m_horizonModel(new vacuum::HorizonModel(this))
    , m_tablesModel(new vacuum::TablesModel(this))
    , m_bloatModel(new vacuum::BloatModel(this))
    , m_indexBloatModel(new vacuum::IndexBloatModel(this))
    , m_banner(new ErrorBanner(this))
    , m_summary(new QLabel(this))
    , m_running(rowsView(m_runningModel, QStringLiteral("running"), this))
    , m_horizon(rowsView(m_horizonModel, QStringLiteral("horizon"), this))
    , m_copyAction(new QPushButton(tr("Copy"), this))
    , m_actionHint(new QLabel(tr("select a holder to release it"), this))
    , m_tables(rowsView(m_tablesModel, QStringLiteral("tables"), this))
    , m_bloatTabs(new QTabWidget(this))
    , m_bloat(rowsView(m_bloatModel, QStringLiteral("bloat"), this))
    , m_indexBloat(rowsView(m_indexBloatModel, QStringLiteral("indexBloat"), this))
    , m_bloatNote(new QLabel(this)) {
    m_summary->setObjectName(QStringLiteral("vacuumSummary"));
    m_summary->setWordWrap(true);
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setToolTip(tr("Copy the statement that releases the selected holder, to review and run it "
                                "elsewhere"));
    m_copyAction->setEnabled(false);
    auto *actionBar = new QHBoxLayout;
    m_actionHint->setObjectName(QStringLiteral("horizonActionHint"));
    theme::setTextColor(m_actionHint, QColor(0x6b, 0x6b, 0x6b)); // a muted grey, readable in both palettes
    actionBar->addWidget(m_actionHint);
    for (const vacuum::HorizonAction a : Actions) {
        auto *b = new QPushButton(vacuum::HorizonControl::actionLabel(a), this);
        b->setObjectName(QStringLiteral("horizonAction_") +
                         vacuum::HorizonControl::actionKey(a).replace(QLatin1Char(' '), QLatin1Char('_')));
        b->setVisible(false);
        connect(b, &QPushButton::clicked, this, [this, a] {
            if (const QString key = currentHolderKey(); !key.isEmpty())
                requestHorizonAction(key, a);
        });
        actionBar->addWidget(b);
        m_actionButtons << b;
    }
    actionBar->addWidget(m_copyAction);
    m_bloatNote->setObjectName(QStringLiteral("bloatNote"));
    m_bloatNote->setWordWrap(true);
    m_running->setMinimumHeight(110);
    m_running->header()->setSectionResizeMode(vacuum::RunningModel::Progress, QHeaderView::Fixed);
    m_running->header()->resizeSection(vacuum::RunningModel::Progress, 200);
    m_bloatTabs->setObjectName(QStringLiteral("bloatTabs"));
    m_bloatTabs->addTab(m_bloat, tr("Tables"));
    m_bloatTabs->addTab(m_indexBloat, tr("Indexes"));

    auto *bloatBox = new QWidget(this);
    auto *bloatLayout = new QVBoxLayout(bloatBox);
    bloatLayout->setContentsMargins(0, 0, 0, 0);
    bloatLayout->addWidget(m_bloatTabs, 1);
    bloatLayout->addWidget(m_bloatNote);

    auto *grid = new QGridLayout;
    grid->addWidget(section(tr("Running maintenance"), m_running, nullptr, this), 0, 0);
    grid->addWidget(section(tr("What holds back the xmin horizon"), m_horizon, actionBar, this), 0, 1);
    grid->addWidget(section(tr("Tables closest to autovacuum"), m_tables, nullptr, this), 1, 0);
    grid->addWidget(section(tr("Bloat"), bloatBox, nullptr, this), 1, 1);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);

    connect(m_collector, &vacuum::VacuumCollector::snapshotReady, this, [this] {
        m_banner->clear();
        showSnapshot();
        markDataArrived();
    });
    connect(m_collector, &vacuum::VacuumCollector::sampleFailed, this,
            [this](const pg::Error &e) { m_banner->showError(e, QStringLiteral("pg_monitor")); });
    connect(m_horizon->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &VacuumPage::updateHorizonButtons);
    connect(m_copyAction, &QPushButton::clicked, this, [this] {
        if (const auto *h = m_horizonModel->holderAt(m_horizon->currentIndex().row()))
            QApplication::clipboard()->setText(h->actionSql());
    });
    connect(workspace, &core::Workspace::currentChanged, this, &VacuumPage::followServer);
    followServer();
}

VacuumPage::~VacuumPage() = default;

void VacuumPage::followServer() {
    core::ServerSession *s = session();
    m_collector->setHistory(s ? workspace()->history() : nullptr);
    m_collector->setServer(s ? s->monitor() : nullptr, s ? s->historyKey() : QString());
    m_runningModel->clearRows();
    m_horizonModel->setSnapshot({});
    m_tablesModel->clearRows();
    m_bloatModel->clearRows();
    m_indexBloatModel->clearRows();
    if (m_control)
        m_control->deleteLater();
    updateHorizonButtons();
    if (isActive())
        m_collector->poller()->refreshNow();
}

void VacuumPage::setActive(bool active) {
    Page::setActive(active);
    m_collector->poller()->setActive(active);
}

void VacuumPage::refresh() {
    m_collector->requestTables();
    m_collector->poller()->refreshNow();
}

QString VacuumPage::currentHolderKey() const {
    return m_horizonModel->keyAt(m_horizon->currentIndex().row());
}

void VacuumPage::updateHorizonButtons() {
    const vacuum::HorizonHolder *h = m_horizonModel->holderAt(m_horizon->currentIndex().row());
    const QList<vacuum::HorizonAction> possible =
        h ? vacuum::HorizonControl::actionsFor(*h) : QList<vacuum::HorizonAction>{};
    for (qsizetype i = 0; i < m_actionButtons.size(); ++i)
        m_actionButtons.at(i)->setVisible(possible.contains(Actions[i]));
    m_copyAction->setEnabled(h && !h->actionSql().isEmpty());
    m_actionHint->setVisible(!h && m_horizonModel->rowCount() > 0);
}

void VacuumPage::showSnapshot() {
    const vacuum::VacuumSnapshot &s = m_collector->snapshot();
    const auto &w = s.workers;
    QStringList summary;
    summary << tr("Autovacuum workers: <b>%1 of %2</b> busy").arg(w.busy).arg(w.max);
    if (!w.enabled)
        summary << tr("<span style='color:#b71c1c'><b>autovacuum is OFF</b></span>");
    summary << tr("database age %1 of %2 (forced vacuum)").arg(w.databaseFreezeAge).arg(w.freezeMaxAge);
    summary << tr("%n command(s) running", nullptr, int(s.running.size()));
    theme::setRichText(m_summary, summary.join(QStringLiteral(" · ")));

    m_runningModel->setSnapshot(s);
    m_horizonModel->setSnapshot(s);
    m_tablesModel->setSnapshot(s);
    m_bloatModel->setSnapshot(s);
    m_indexBloatModel->setSnapshot(s);
    updateHorizonButtons();
    m_bloatTabs->setTabText(1, tr("Indexes (%1)").arg(s.indexBloat.size()));
    m_bloatNote->setText(
        s.pgstattuple
            ? tr("Exact figures from pgstattuple (pgstattuple, pgstatindex) for the largest; estimates from "
                 "statistics for the rest. Growth: since the oldest sample of the last 24 h.")
            : tr("Estimates from statistics (reltuples, pg_stats widths). CREATE EXTENSION pgstattuple "
                 "for exact figures. * some columns have no statistics: ANALYZE the table."));
}

QMessageBox *VacuumPage::requestHorizonAction(const QString &key, vacuum::HorizonAction action) {
    const int row = m_horizonModel->rowOf(key);
    const vacuum::HorizonHolder *found = m_horizonModel->holderAt(row);
    if (!found || !vacuum::HorizonControl::actionsFor(*found).contains(action) || !session())
        return nullptr;
    const vacuum::HorizonHolder holder = *found;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Release the xmin horizon"),
                        vacuum::HorizonControl::confirmationText(holder, action), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("horizonActionConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString label = vacuum::HorizonControl::actionLabel(action);
    label.remove(QChar(0x2026));
    QPushButton *run = box->addButton(label, QMessageBox::DestructiveRole);
    run->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, run, holder, action, key](QAbstractButton *b) {
        if (b != run || !session())
            return;
        if (!m_control) {
            m_control = new vacuum::HorizonControl(session()->connInfo(), session()->historyKey(),
                                                   workspace()->history(), this);
            m_control->setProtectedPids({session()->monitor()->facts().backendPid});
        }
        QCoro::connect(m_control->run(holder, action), this,
                       [this, key](const vacuum::HorizonActionOutcome &o) {
                           if (o.status == vacuum::HorizonActionOutcome::Status::Done)
                               m_banner->showMessage(o.message, ErrorBanner::Level::Info);
                           else
                               m_banner->showMessage(tr("Not done (%1): %2").arg(o.statusText(), o.message));
                           Q_EMIT horizonActionFinished(key, o.statusText());
                           refresh();
                       });
    });
    box->open();
    return box;
}

} // namespace ui
