#pragma once

#include "monitor/statementavailability.h"
#include "monitor/statementtracker.h"
#include "page.h"
#include "pageids.h"

#include <QPointer>

#include <qcoro/qcorotask.h>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace pg {
class Connection;
}

namespace monitor {
class Poller;
class StatementFilterProxy;
class StatementModel;
class StatementsCollector;
} // namespace monitor

namespace ui {

class ErrorBanner;
class StatementActions;
class StatementBarChart;
class StatementDetails;
class StatementGuidance;
class StatementTimeChart;
class StatementsFilterBar;

// Top statements from pg_stat_statements: the table (totals since reset next to rates over
// the window), charts (top by total time with shares, top by mean, the selected statement
// over time, time by top statements stacked), the selected statement's details and live
// sessions, Explain, reset; and, when the extension cannot be used, why and how to fix it.
// Each refresh is one sample; samples also go to the history store (kind "statement").
class StatementsPage : public Page {
    Q_OBJECT
public:
    explicit StatementsPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~StatementsPage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Statements); }
    QString title() const override { return tr("Statements"); }
    void setActive(bool active) override;
    void refresh() override;

    // For tests and the benchmark.
    monitor::StatementModel *model() const { return m_model; }
    monitor::StatementFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    StatementDetails *details() const { return m_details; }
    StatementGuidance *guidance() const { return m_guidance; }
    StatementActions *actions() const { return m_actions; }
    StatementsFilterBar *filterBar() const { return m_filters; }
    StatementBarChart *totalChart() const { return m_totalChart; }
    StatementBarChart *meanChart() const { return m_meanChart; }
    StatementTimeChart *trendChart() const { return m_trendChart; }
    StatementTimeChart *stackChart() const { return m_stackChart; }
    QTabWidget *chartTabs() const { return m_chartTabs; }
    ErrorBanner *banner() const { return m_banner; }
    ErrorBanner *notes() const { return m_notes; }
    monitor::Poller *poller() const;
    monitor::StatementsCollector *collector() const { return m_collector; }
    const monitor::StatementAvailability &availability() const { return m_availability; }
    bool showsGuidance() const;
    int refreshes() const;
    double lastApplyMs() const { return m_lastApplyMs; }
    int lastHistoryRows() const;
    // Select a statement in the table (false when it is filtered out or unknown).
    bool selectStatement(const monitor::StatementKey &key);
    // The GUI-thread part of a refresh: table, filters, charts, details. Public for the benchmark.
    void applySnapshot(const monitor::StatementSnapshot &snapshot);
    void explainSelected();

private:
    void received(const monitor::StatementSnapshot &snapshot);
    QCoro::Task<void> loadSessions(quint64 generation);
    QCoro::Task<void> loadPlans();
    QCoro::Task<void> openPlanConnection();
    void serverChanged();
    void showAvailability(const monitor::StatementAvailability &av);
    void updateCharts();
    void updateTrend();
    qint64 chartStartMs() const;
    void updateSelection();
    void updateNotes(const monitor::StatementSnapshot &snapshot);
    QString labelFor(const monitor::StatementKey &key, int maxChars) const;

    monitor::StatementsCollector *m_collector;
    monitor::StatementModel *m_model;
    monitor::StatementFilterProxy *m_proxy;
    StatementActions *m_actions;
    ErrorBanner *m_banner;
    ErrorBanner *m_notes;
    QStackedWidget *m_stack;
    StatementGuidance *m_guidance;
    StatementsFilterBar *m_filters;
    QLabel *m_summary;
    QTableView *m_table;
    StatementDetails *m_details;
    QTabWidget *m_chartTabs;
    StatementBarChart *m_totalChart;
    StatementBarChart *m_meanChart;
    StatementTimeChart *m_trendChart;
    StatementTimeChart *m_stackChart;

    monitor::StatementAvailability m_availability;
    monitor::StatementKey m_selected;
    bool m_hasSelection = false;
    qint64 m_windowMs = 0;
    QString m_lastEventNote;
    QString m_historyError;              // the last history write that failed, shown with the next refresh
    QPointer<pg::Connection> m_planConn; // plan captures (the collector's PlanCollector)
    bool m_openingPlanConn = false;
    quint64 m_planConnGeneration = 0;
    double m_lastApplyMs = 0;
};

} // namespace ui
