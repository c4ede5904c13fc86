#pragma once

#include "page.h"
#include "pageids.h"

class QLabel;
class QTableWidget;

namespace monitor {
class OverviewCollector;
struct OverviewData;
} // namespace monitor

namespace ui {

class ErrorBanner;

// The server at a glance: version, uptime, connections, cache hit ratio, databases.
class OverviewPage : public Page {
    Q_OBJECT
public:
    explicit OverviewPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~OverviewPage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Overview); }
    QString title() const override { return tr("Overview"); }
    void setActive(bool active) override;
    void refresh() override;

private:
    void showData(const monitor::OverviewData &data);
    monitor::OverviewCollector *m_collector;
    ErrorBanner *m_banner;
    QLabel *m_server;
    QLabel *m_uptime;
    QLabel *m_connections;
    QLabel *m_cache;
    QLabel *m_role;
    QTableWidget *m_databases;
};

} // namespace ui
