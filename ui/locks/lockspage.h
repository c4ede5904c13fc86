#pragma once

#include "page.h"
#include "pageids.h"

#include "monitor/lockscollector.h"
#include "monitor/sessioncontrol.h"

#include <QSet>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace monitor {
class LockForest;
struct LockNode;
struct LockSummary;
class LockSummaryModel;
class LockTreeModel;
class Poller;
} // namespace monitor

namespace ui {

class ErrorBanner;
class ReplayBanner;
class LockActions;
class LockTreeProxy;
class SessionActionDialog;

// Who blocks whom: the lock forest as a tree rooted at the root blockers, with cancel /
// terminate on any session and "release root blocker" in one step; below it, every lock on the
// server aggregated per relation and mode. The tab shows the number of blocked sessions even
// while another page is open (a cheap count query on a slower poller).
class LocksPage : public Page {
    Q_OBJECT
public:
    // The data comes from monitor::LocksCollector (its constants).
    static constexpr int SummaryRowLimit = monitor::LocksCollector::SummaryRowLimit;
    static constexpr int RefreshMs = monitor::LocksCollector::RefreshMs;

    explicit LocksPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~LocksPage() override;
    // Replay of a recorded moment (ReplayLocksRequest from the Timeline).
    void openWith(const QVariantMap &request) override;
    ReplayBanner *replayBanner() const { return m_replay; }

    QString pageId() const override { return QString::fromLatin1(pageid::Locks); }
    QString title() const override { return tr("Locks"); }
    void setActive(bool active) override;
    void refresh() override;
    void setRefreshIntervalMs(int ms); // default RefreshMs

    monitor::LockTreeModel *treeModel() const { return m_treeModel; }
    monitor::LockSummaryModel *summaryModel() const { return m_summaryModel; }
    QTreeView *treeView() const { return m_tree; }
    // Select a session in the tree (by pid or prepared-transaction key); false when absent.
    bool selectKey(qint64 key);
    // The actions, as the buttons run them (tests drive these through the buttons too).
    SessionActionDialog *cancelSelected();
    SessionActionDialog *terminateSelected();
    SessionActionDialog *releaseRootOfSelected();
    // Time the GUI thread spent applying the last refresh (models, views, badge), and the
    // server round trips of its two queries.
    double lastApplyMs() const { return m_lastApplyMs; }
    double lastServerMs() const { return m_collector->lastServerMs(); }
    monitor::LocksCollector *collector() const { return m_collector; }
    QString headline() const;

private:
    void followServer();
    void apply(const monitor::LockForest &forest, const monitor::LockSummary *summary);
    void expandNewRows();
    void updateBadge(int blocked);
    void updateButtons();
    void updateCountPolling();
    void showContextMenu(const QPoint &pos);
    const monitor::LockNode *selectedNode() const;
    SessionActionDialog *act(monitor::SessionAction action);

    monitor::LocksCollector *m_collector;
    monitor::LockTreeModel *m_treeModel;
    LockTreeProxy *m_treeProxy;
    monitor::LockSummaryModel *m_summaryModel;
    QSortFilterProxyModel *m_summaryProxy;
    LockActions *m_actions;
    ErrorBanner *m_banner;
    ReplayBanner *m_replay = nullptr;
    QLabel *m_headline;
    QLabel *m_summaryStatus;
    QTreeView *m_tree;
    QTableView *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_terminate;
    QPushButton *m_release;
    QSet<qint64> m_knownKeys;
    double m_lastApplyMs = 0;
};

} // namespace ui
