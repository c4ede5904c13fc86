#include "locks/lockspage.h"

#include "core/workspace.h"
#include "handover.h"
#include "locks/lockactions.h"
#include "locks/locktreeproxy.h"
#include "monitor/lockforest.h"
#include "monitor/locksummarymodel.h"
#include "monitor/locktreemodel.h"
#include "monitor/poller.h"
#include "sessionhistory/replay.h"
#include "widgets/errorbanner.h"
#include "widgets/replaybanner.h"
#include "widgets/sessionactiondialog.h"

#include <QClipboard>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <iterator>

namespace ui {

LocksPage::LocksPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_collector(new monitor::LocksCollector(this))
    , m_treeModel(new monitor::LockTreeModel(this))
    , m_treeProxy(new LockTreeProxy(this))
    , m_summaryModel(new monitor::LockSummaryModel(this))
    , m_summaryProxy(new QSortFilterProxyModel(this))
    , m_actions(new LockActions(workspace, this))
    , m_banner(new ErrorBanner(this))
    , m_headline(new QLabel(this))
    , m_summaryStatus(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_summary(new QTableView(this))
    , m_cancel(new QPushButton(tr("Cancel query…"), this))
    , m_terminate(new QPushButton(tr("Terminate session…"), this))
    , m_release(new QPushButton(tr("Release root blocker…"), this)) {
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    m_replay = new ReplayBanner(this);
    layout->addWidget(m_replay);
    auto *top = new QHBoxLayout;
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    top->addWidget(m_headline, 1);
    for (auto *b : {m_cancel, m_terminate, m_release})
        top->addWidget(b);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_terminate->setObjectName(QStringLiteral("terminateButton"));
    m_release->setObjectName(QStringLiteral("releaseButton"));
    layout->addLayout(top);

    m_treeProxy->setSourceModel(m_treeModel);
    m_tree->setObjectName(QStringLiteral("lockTree"));
    m_tree->setModel(m_treeProxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(monitor::LockTreeModel::Blocks, Qt::DescendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    const int widths[] = {175, 125, 370, 80, 105, 95, 70, 100};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_tree->setColumnWidth(c, widths[c]);

    m_summaryProxy->setSourceModel(m_summaryModel);
    m_summaryProxy->setSortRole(monitor::LockSummaryModel::SortRole);
    m_summary->setObjectName(QStringLiteral("lockSummary"));
    m_summary->setModel(m_summaryProxy);
    m_summary->setSortingEnabled(true);
    m_summary->sortByColumn(monitor::LockSummaryModel::Waiting, Qt::DescendingOrder);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->verticalHeader()->hide();
    m_summary->verticalHeader()->setDefaultSectionSize(m_summary->fontMetrics().height() + 6);
    m_summary->horizontalHeader()->setStretchLastSection(true);
    const int sw[] = {90, 220, 95, 170, 75, 70, 110, 125, 150};
    for (int c = 0; c < int(std::size(sw)); ++c)
        m_summary->setColumnWidth(c, sw[c]);

    auto *lower = new QWidget(this);
    auto *ll = new QVBoxLayout(lower);
    ll->setContentsMargins(0, 0, 0, 0);
    auto *lowerHead = new QHBoxLayout;
    lowerHead->addWidget(new QLabel(tr("<b>All locks</b>, per relation and mode"), lower));
    lowerHead->addStretch();
    m_summaryStatus->setObjectName(QStringLiteral("summaryStatus"));
    lowerHead->addWidget(m_summaryStatus);
    ll->addLayout(lowerHead);
    ll->addWidget(m_summary, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_collector->setCountWanted([this] { return window()->isVisible() && !window()->isMinimized(); });
    connect(m_collector, &monitor::LocksCollector::updated, this, [this](const monitor::LocksFetch &f) {
        if (m_replay->isReplaying())
            return; // a refresh that was under way when the replay began
        m_banner->clear();
        apply(f.forest, f.hasSummary ? &f.summary : nullptr);
    });
    connect(m_collector, &monitor::LocksCollector::failed, this, [this](const pg::Error &e) {
        m_banner->showError(e, session() ? session()->facts().role : QString());
    });
    connect(m_collector, &monitor::LocksCollector::blockedCount, this, [this](int blocked) {
        if (!isActive()) // while shown, the page's own refresh keeps the badge
            updateBadge(blocked);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &LocksPage::updateButtons);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &LocksPage::showContextMenu);
    connect(m_cancel, &QPushButton::clicked, this, &LocksPage::cancelSelected);
    connect(m_terminate, &QPushButton::clicked, this, &LocksPage::terminateSelected);
    connect(m_release, &QPushButton::clicked, this, &LocksPage::releaseRootOfSelected);
    connect(m_actions, &LockActions::finished, this, [this] { m_collector->poller()->refreshNow(); });
    connect(m_replay, &ReplayBanner::momentShown, this, [this](const sessionhistory::SessionSample &s) {
        m_collector->poller()->setPaused(true);
        apply(sessionhistory::toLockForest(s), nullptr);
        m_summaryStatus->setText(tr("(all locks are not recorded)"));
    });
    connect(m_replay, &ReplayBanner::liveRequested, this, [this] {
        m_collector->poller()->setPaused(false);
        m_collector->poller()->refreshNow();
    });
    connect(workspace, &core::Workspace::currentChanged, this, &LocksPage::followServer);
    m_collector->setServer(session() ? session()->monitor() : nullptr);
    updateButtons();
}

void LocksPage::followServer() {
    m_replay->stop();
    m_collector->setServer(session() ? session()->monitor() : nullptr);
    m_actions->reset();
    m_treeModel->clear();
    m_summaryModel->clear();
    m_knownKeys.clear();
    m_headline->clear();
    m_summaryStatus->clear();
    m_banner->clear();
    updateBadge(0);
    updateButtons();
    updateCountPolling();
    if (isActive())
        m_collector->poller()->refreshNow();
}

LocksPage::~LocksPage() = default;

void LocksPage::setActive(bool active) {
    Page::setActive(active);
    m_collector->poller()->setActive(active);
    updateCountPolling();
}

void LocksPage::refresh() {
    m_collector->poller()->refreshNow();
}

void LocksPage::setRefreshIntervalMs(int ms) {
    m_collector->poller()->setInterval(ms);
}

void LocksPage::updateCountPolling() {
    // While the page is shown its own refresh keeps the badge; otherwise the count query does.
    m_collector->countPoller()->setActive(session() && !isActive());
}

void LocksPage::apply(const monitor::LockForest &forest, const monitor::LockSummary *summary) {
    QElapsedTimer t;
    t.start();
    m_treeModel->setForest(forest);
    expandNewRows();
    if (summary) {
        m_summaryModel->setSummary(*summary);
        QString status = m_summaryModel->statusText();
        if (m_collector->summaryEvery() > 1)
            status += tr(" · refreshed every %1 s (many locks)")
                          .arg(m_collector->poller()->interval() * m_collector->summaryEvery() / 1000);
        m_summaryStatus->setText(status);
    }
    m_headline->setText(headline());
    updateBadge(forest.blockedCount());
    updateButtons();
    m_lastApplyMs = double(t.nsecsElapsed()) / 1e6;
    markDataArrived();
}

QString LocksPage::headline() const {
    const monitor::LockForest &f = m_treeModel->forest();
    if (f.blockedCount() == 0)
        return tr("No session is waiting for a lock.");
    qint64 oldest = 0;
    const monitor::LockNode *culprit = nullptr;
    for (const auto &n : f.nodes()) {
        if (n.isWaiting())
            oldest = qMax(oldest, n.session.wait.waitingMs);
        if (n.likelyCulprit && (!culprit || n.totalWaiters > culprit->totalWaiters))
            culprit = &n;
    }
    QString s = tr("Blocked sessions: %1 · root blockers: %2 · longest chain: %3 · oldest wait: %4.")
                    .arg(f.blockedCount())
                    .arg(f.roots().size())
                    .arg(f.depth())
                    .arg(monitor::lockAgeText(oldest));
    if (culprit)
        s += QLatin1Char(' ') + tr("Likely culprit: pid %1, idle in transaction for %2 and blocking %3.")
                                    .arg(culprit->session.pid)
                                    .arg(monitor::lockAgeText(culprit->session.stateAgeMs))
                                    .arg(culprit->totalWaiters);
    if (f.hasCycle())
        s += QLatin1Char(' ') +
             tr("A wait cycle is shown: the server breaks deadlocks after deadlock_timeout.");
    return s;
}

void LocksPage::expandNewRows() {
    // Rows seen before keep whatever the user chose; new ones open so new waiters show.
    QSet<qint64> now;
    QList<QModelIndex> stack{QModelIndex()};
    while (!stack.isEmpty()) {
        const QModelIndex parent = stack.takeLast();
        for (int r = 0; r < m_treeProxy->rowCount(parent); ++r) {
            const QModelIndex i = m_treeProxy->index(r, 0, parent);
            const qint64 key = i.data(monitor::LockTreeModel::KeyRole).toLongLong();
            now.insert(key);
            if (!m_knownKeys.contains(key)) {
                for (QModelIndex p = i; p.isValid(); p = p.parent())
                    m_tree->expand(p);
            }
            stack << i;
        }
    }
    m_knownKeys = now;
}

void LocksPage::updateBadge(int blocked) {
    setBadge(blocked > 0 ? QString::number(blocked) : QString());
}

const monitor::LockNode *LocksPage::selectedNode() const {
    return m_treeModel->nodeAt(m_treeProxy->mapToSource(m_tree->currentIndex()));
}

bool LocksPage::selectKey(qint64 key) {
    const QModelIndex i = m_treeProxy->mapFromSource(m_treeModel->indexOfKey(key));
    if (!i.isValid())
        return false;
    m_tree->setCurrentIndex(i);
    return true;
}

void LocksPage::updateButtons() {
    const monitor::LockNode *n = selectedNode();
    const bool signal = n && n->session.canSignal();
    m_cancel->setEnabled(signal);
    m_terminate->setEnabled(signal);
    const monitor::LockNode *root = n;
    while (root && !root->isRoot())
        root = &m_treeModel->forest().nodes().at(root->parent);
    m_release->setEnabled(root && root->session.canSignal() && root->totalWaiters > 0);
    m_release->setToolTip(
        root && !root->session.canSignal()
            ? root->session.doingText()
            : tr("Terminate the root blocker of the selected session, which frees the sessions "
                 "waiting behind it."));
    if (m_replay && m_replay->isReplaying()) // recorded sessions: look, do not touch
        for (auto *b : {m_cancel, m_terminate, m_release})
            b->setEnabled(false);
}

void LocksPage::openWith(const QVariantMap &request) {
    if (auto r = handover::unpack<ReplayLocksRequest>(request); r && session())
        m_replay->start(workspace()->history(), session()->historyKey(), r->tsMs);
}

SessionActionDialog *LocksPage::act(monitor::SessionAction action) {
    const monitor::LockNode *n = selectedNode();
    if (!n || !n->session.canSignal())
        return nullptr;
    QString intro;
    if (n->session.kind == monitor::LockSession::Kind::ParallelWorker && n->session.leaderPid > 0)
        intro = tr("pid %1 is a parallel worker; the action goes to its leader, pid %2.")
                    .arg(n->session.pid)
                    .arg(n->session.leaderPid);
    else if (n->totalWaiters > 0)
        intro = tr("pid %1 blocks sessions: %2 wait on it.").arg(n->session.pid).arg(n->totalWaiters);
    if (n->isWaiting())
        intro += (intro.isEmpty() ? QString() : QStringLiteral(" ")) + tr("Waiting: %1.").arg(n->waitText());
    return m_actions->request({n->session.target()}, action, intro);
}

SessionActionDialog *LocksPage::cancelSelected() {
    return act(monitor::SessionAction::Cancel);
}

SessionActionDialog *LocksPage::terminateSelected() {
    return act(monitor::SessionAction::Terminate);
}

SessionActionDialog *LocksPage::releaseRootOfSelected() {
    const monitor::LockNode *root = selectedNode();
    while (root && !root->isRoot())
        root = &m_treeModel->forest().nodes().at(root->parent);
    if (!root || !root->session.canSignal() || root->totalWaiters == 0)
        return nullptr;
    const monitor::LockSession &s = root->session;
    QString intro =
        tr("Release root blocker pid %1: %2 waiting on it (%3 directly); ending it frees %4 waiting "
           "session(s).")
            .arg(s.pid)
            .arg(root->totalWaiters)
            .arg(root->directWaiters)
            .arg(root->frees);
    intro += QLatin1Char('\n') + tr("What it is doing: %1").arg(s.doingText());
    if (root->likelyCulprit)
        intro += QLatin1Char('\n') +
                 tr("It is idle in transaction: cancelling would not help, so it is terminated.");
    if (s.kind == monitor::LockSession::Kind::ParallelWorker && s.leaderPid > 0)
        intro += QLatin1Char('\n') +
                 tr("It is a parallel worker; its leader, pid %1, is terminated.").arg(s.leaderPid);
    return m_actions->request({s.target()}, monitor::SessionAction::Terminate, intro);
}

void LocksPage::showContextMenu(const QPoint &pos) {
    const QModelIndex i = m_tree->indexAt(pos);
    if (!i.isValid())
        return;
    m_tree->setCurrentIndex(i);
    const monitor::LockNode *n = selectedNode();
    if (!n)
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_cancel->text(), this, &LocksPage::cancelSelected)->setEnabled(m_cancel->isEnabled());
    menu->addAction(m_terminate->text(), this, &LocksPage::terminateSelected)
        ->setEnabled(m_terminate->isEnabled());
    menu->addAction(m_release->text(), this, &LocksPage::releaseRootOfSelected)
        ->setEnabled(m_release->isEnabled());
    menu->addSeparator();
    const QString query = n->session.query;
    menu->addAction(tr("Copy query"), this, [query] { QGuiApplication::clipboard()->setText(query); });
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace ui
