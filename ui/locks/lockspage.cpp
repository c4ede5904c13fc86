#include "locks/lockspage.h"

#include "core/workspace.h"
#include "locks/lockactions.h"
#include "locks/locktreeproxy.h"
#include "monitor/lockforest.h"
#include "monitor/locksummarymodel.h"
#include "monitor/locktreemodel.h"
#include "monitor/poller.h"
#include "pg/awaitfuture.h"
#include "pg/sqlfile.h"
#include "widgets/errorbanner.h"
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
#include <QtConcurrent>

#include <iterator>

namespace ui {

namespace {
struct Parsed {
    monitor::LockForest forest;
    monitor::LockSummary summary;
    bool hasSummary = false;
};
} // namespace

LocksPage::LocksPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_poller(new monitor::Poller(this))
    , m_countPoller(new monitor::Poller(this))
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

    m_poller->setInterval(RefreshMs);
    m_poller->setJob([this](quint64 gen) { return load(gen); });
    m_countPoller->setInterval(BadgeRefreshMs);
    m_countPoller->setJob([this](quint64 gen) { return loadCount(gen); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &LocksPage::updateButtons);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &LocksPage::showContextMenu);
    connect(m_cancel, &QPushButton::clicked, this, &LocksPage::cancelSelected);
    connect(m_terminate, &QPushButton::clicked, this, &LocksPage::terminateSelected);
    connect(m_release, &QPushButton::clicked, this, &LocksPage::releaseRootOfSelected);
    connect(m_actions, &LockActions::finished, this, [this] { m_poller->refreshNow(); });
    connect(workspace, &core::Workspace::currentChanged, this, [this] {
        m_poller->invalidate();
        m_countPoller->invalidate();
        m_actions->reset();
        m_treeModel->clear();
        m_summaryModel->clear();
        m_knownKeys.clear();
        m_refreshCount = 0;
        m_summaryEvery = 1;
        m_headline->clear();
        m_summaryStatus->clear();
        m_banner->clear();
        updateBadge(0);
        updateButtons();
        updateCountPolling();
        if (isActive())
            m_poller->refreshNow();
    });
    updateButtons();
}

LocksPage::~LocksPage() = default;

void LocksPage::setActive(bool active) {
    Page::setActive(active);
    m_poller->setActive(active);
    updateCountPolling();
}

void LocksPage::refresh() {
    m_poller->refreshNow();
}

void LocksPage::setRefreshIntervalMs(int ms) {
    m_poller->setInterval(ms);
}

void LocksPage::updateCountPolling() {
    // While the page is shown its own refresh keeps the badge; otherwise the count query does.
    m_countPoller->setActive(session() && !isActive());
}

QCoro::Task<void> LocksPage::loadCount(quint64 gen) {
    QPointer<LocksPage> self(this);
    core::ServerSession *s = session();
    if (!s || !s->monitor()->isReady() || !window()->isVisible() || window()->isMinimized())
        co_return; // nobody sees the tab: save the server the query
    const pg::Result r = co_await s->monitor()->query(pg::sqlFile(QStringLiteral("monitor/locks_count")));
    if (!self || !m_countPoller->isCurrent(gen) || isActive())
        co_return;
    if (r.ok())
        updateBadge(int(r.int64(0, "blocked")));
}

QCoro::Task<void> LocksPage::load(quint64 gen) {
    QPointer<LocksPage> self(this);
    core::ServerSession *s = session();
    if (!s || !s->monitor()->isReady())
        co_return;
    pg::Connection *c = s->monitor();
    QElapsedTimer server;
    server.start();
    const pg::Result tree =
        co_await c->query(pg::sqlFile(QStringLiteral("monitor/locks_snapshot"), s->facts().versionNum));
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    const bool withSummary = m_refreshCount++ % m_summaryEvery == 0;
    pg::Result all;
    if (withSummary) {
        QVariantList params;
        params << SummaryRowLimit;
        all = co_await c->query(pg::sqlFile(QStringLiteral("monitor/locks_summary")), params);
        if (!self || !m_poller->isCurrent(gen))
            co_return;
    }
    m_lastServerMs = double(server.nsecsElapsed()) / 1e6;
    if (!tree.ok() || !all.ok()) {
        m_banner->showError(tree.ok() ? *all.error() : *tree.error(), s->facts().role);
        co_return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Parsing and the forest are plain CPU work: off the GUI thread.
    QFuture<Parsed> parsing = QtConcurrent::run([tree, all, now, withSummary] {
        return Parsed{monitor::LockForest::build(monitor::LockSnapshot::fromResult(tree, now)),
                      withSummary ? monitor::LockSummary::fromResult(all) : monitor::LockSummary(),
                      withSummary};
    });
    auto parsed = pg::awaitFuture(parsing);
    const Parsed p = co_await parsed;
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    m_banner->clear();
    apply(p.forest, p.hasSummary ? &p.summary : nullptr);
}

void LocksPage::apply(const monitor::LockForest &forest, const monitor::LockSummary *summary) {
    QElapsedTimer t;
    t.start();
    m_treeModel->setForest(forest);
    expandNewRows();
    if (summary) {
        m_summaryModel->setSummary(*summary);
        m_summaryEvery = summary->locksTotal > HeavyLockCount ? SlowSummaryEvery : 1;
        QString status = m_summaryModel->statusText();
        if (m_summaryEvery > 1)
            status +=
                tr(" · refreshed every %1 s (many locks)").arg(m_poller->interval() * m_summaryEvery / 1000);
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
