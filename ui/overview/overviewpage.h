#pragma once

#include "page.h"
#include "pageids.h"

#include <qcoro/qcorotask.h>

class QLabel;
class QTableWidget;

namespace monitor {
class Poller;
}

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
    QCoro::Task<void> load(quint64 generation);
    monitor::Poller *m_poller;
    ErrorBanner *m_banner;
    QLabel *m_server;
    QLabel *m_uptime;
    QLabel *m_connections;
    QLabel *m_cache;
    QLabel *m_role;
    QTableWidget *m_databases;
};

} // namespace ui
