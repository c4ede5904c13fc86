#pragma once

#include "page.h"
#include "pageids.h"

#include <QPointer>

class QLabel;
class QTableWidget;

namespace pg {
class Connection;
}
namespace core {
class ServerSession;
}

namespace monitor {
class HealthCollector;
class OverviewCollector;
class ServerStatsCollector;
struct HealthReport;
struct OverviewData;
} // namespace monitor

namespace ui {

class ErrorBanner;
class Sparkline;

// The landing page: the server at a glance (facts, health and its criticals as the alert area,
// sessions right now, transactions per second and active sessions over the last hour from the
// history store) and a link into every page. Data from three collectors in app/monitor:
// OverviewCollector (facts, session counts, databases), HealthCollector, ServerStatsCollector.
class OverviewPage : public Page {
    Q_OBJECT
public:
    explicit OverviewPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~OverviewPage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Overview); }
    QString title() const override { return tr("Overview"); }
    void setActive(bool active) override;
    void refresh() override;

    // For tests: the link texts by page id, and the widgets that show history and alerts.
    QStringList linkedPages() const;
    Sparkline *tpsSparkline() const { return m_tps; }
    QLabel *alertsLabel() const { return m_alerts; }

private:
    void showData(const monitor::OverviewData &data);
    void showHealth(const monitor::HealthReport &report);
    void showHistory();
    QLabel *linkLabel(const QString &objectName);
    void follow();
    void ensureHealthConnection();

    monitor::OverviewCollector *m_collector;
    monitor::HealthCollector *m_health;
    // The health checks take seconds; on a connection of their own they never hold up the
    // monitoring connection's refreshes (the page would turn stale meanwhile).
    QPointer<pg::Connection> m_healthConn;
    QPointer<core::ServerSession> m_healthFor;
    monitor::ServerStatsCollector *m_stats;
    ErrorBanner *m_banner;
    QLabel *m_heading;
    QLabel *m_server;
    QLabel *m_uptime;
    QLabel *m_connections;
    QLabel *m_cache;
    QLabel *m_role;
    QLabel *m_size;
    QLabel *m_healthSummary;
    QLabel *m_alerts;
    QLabel *m_sessions;
    QLabel *m_tpsNow;
    QLabel *m_activeNow;
    Sparkline *m_tps;
    Sparkline *m_active;
    QLabel *m_links;
    QTableWidget *m_databases;
};

} // namespace ui
