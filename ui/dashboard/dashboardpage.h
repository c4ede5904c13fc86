#pragma once

#include "page.h"
#include "pageids.h"

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace monitor {
class ServerStatsCollector;
struct ServerStatsPoint;
} // namespace monitor

namespace ui {

class DashboardSummary;
class ErrorBanner;
class TimeSeriesChart;

// Server charts from pg_stat_database and pg_stat_activity: sessions by state, transactions,
// tuples in and out, block I/O with the cache hit ratio. A rolling window that keeps its points
// across page switches, written to (and on start read back from) the history store.
class DashboardPage : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Dashboard); }
    QString title() const override { return tr("Dashboard"); }
    void setActive(bool active) override;
    void refresh() override;

    monitor::ServerStatsCollector *collector() const { return m_collector; }
    QList<TimeSeriesChart *> charts() const;
    TimeSeriesChart *chart(const QString &objectName) const;
    QString summaryText() const;
    void setWindowMinutes(int minutes);
    void setIntervalMs(int ms);

private:
    void followServer();
    void redraw();
    void updateSummary(const monitor::ServerStatsPoint *last);
    void updateDatabases();

    monitor::ServerStatsCollector *m_collector;
    ErrorBanner *m_banner;
    QComboBox *m_database;
    QComboBox *m_window;
    QComboBox *m_interval;
    QToolButton *m_pause;
    QSpinBox *m_retention;
    DashboardSummary *m_summary;
    TimeSeriesChart *m_sessions;
    TimeSeriesChart *m_xacts;
    TimeSeriesChart *m_tuplesIn;
    TimeSeriesChart *m_tuplesOut;
    TimeSeriesChart *m_blocks;
};

} // namespace ui
