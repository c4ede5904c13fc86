#pragma once

#include "monitor/sessioncontrol.h"
#include "page.h"
#include "pageids.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace monitor {
class ActivityCollector;
class ActivityFilter;
class ActivityModel;
struct ActivitySnapshot;
class Poller;
} // namespace monitor

namespace ui {

class ActivityActions;
class ActivityDetails;
class ActivityFilterBar;
class ErrorBanner;
class ReplayBanner;
class SessionActionDialog;

// Live pg_stat_activity: a filterable, sortable table that updates in place, a details pane,
// cancel/terminate of the selected sessions. Polls only while the page is visible.
class ActivityPage : public Page {
    Q_OBJECT
public:
    explicit ActivityPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~ActivityPage() override;
    // Replay of a recorded moment (ReplayActivityRequest from the Timeline).
    void openWith(const QVariantMap &request) override;
    ReplayBanner *replayBanner() const { return m_replay; }

    QString pageId() const override { return QString::fromLatin1(pageid::Activity); }
    QString title() const override { return tr("Activity"); }
    void setActive(bool active) override;
    void refresh() override;

    monitor::ActivityModel *model() const { return m_model; }
    monitor::ActivityFilter *filter() const { return m_filter; }
    monitor::Poller *poller() const;
    monitor::ActivityCollector *collector() const { return m_collector; }
    QTableView *view() const { return m_view; }
    ActivityDetails *details() const { return m_details; }
    QString statusText() const;
    void setIntervalMs(int ms);
    QList<int> selectedPids() const;
    void selectPids(const QList<int> &pids);
    QList<monitor::SessionTarget> selectedTargets() const;
    // Opens the confirmation for the selected sessions (nullptr when none is selected).
    SessionActionDialog *requestAction(monitor::SessionAction action);
    // Applies one snapshot as a refresh would (the benchmark feeds snapshots this way).
    void applySnapshot(const monitor::ActivitySnapshot &snapshot);

private:
    void followServer();
    QWidget *buildToolbar();
    void showCurrentDetails();
    void updateActions();
    void contextMenu(const QPoint &pos);
    void openThresholds();
    void updateLegend();
    void explainSelected();

    monitor::ActivityCollector *m_collector;
    monitor::ActivityModel *m_model;
    monitor::ActivityFilter *m_filter;
    ActivityActions *m_actions;
    ErrorBanner *m_banner;
    ReplayBanner *m_replay = nullptr;
    ActivityFilterBar *m_filterBar;
    QTableView *m_view;
    ActivityDetails *m_details;
    QSplitter *m_splitter;
    QComboBox *m_interval = nullptr;
    QComboBox *m_durationMode = nullptr;
    QToolButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_terminate = nullptr;
    QPushButton *m_explain = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_legend = nullptr;
    bool m_applying = false;
};

} // namespace ui
