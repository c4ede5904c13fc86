#pragma once

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QVariantMap>
#include <QWidget>

class QTimer;

namespace core {
class Workspace;
class ServerSession;
} // namespace core

namespace monitor {
class Poller;
}

namespace ui {

class StaleNotice;

// A feature page in the main window. Pages receive the workspace, follow the current
// server, and poll only while active (the main window calls setActive when the page is
// shown or hidden).
//
// Stale data, for every page without code of its own: the page watches the pollers it owns
// (any monitor::Poller among its descendants, found when it is first shown; others through
// watchPoller()). From the first missed refresh (a tick that found the previous refresh still
// waiting for the server), or while the monitoring connection is not ready, data already
// shown is greyed and a notice says "last refreshed 42 s ago".
class Page : public QWidget {
    Q_OBJECT
public:
    explicit Page(core::Workspace *workspace, QWidget *parent = nullptr);
    ~Page() override;

    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    virtual void setActive(bool active) { m_active = active; }
    bool isActive() const { return m_active; }
    virtual void refresh() {}
    // Another page hands something over (e.g. {"sql": "..."} to the Explain page).
    virtual void openWith(const QVariantMap &request) { Q_UNUSED(request); }
    // True once the page shows data from the server (used by --screenshot).
    bool hasData() const { return m_hasData; }
    QString badge() const { return m_badge; }

    // True while the data shown is older than the page's refresh promises (see above).
    bool isStale() const { return m_stale; }
    QString staleText() const;
    // When the watched pollers last brought fresh data (invalid before the first time).
    QDateTime lastRefreshed() const { return m_lastFresh; }

Q_SIGNALS:
    void dataArrived();
    void badgeChanged(const QString &badge); // e.g. "3" blocked sessions on the Locks tab
    // Ask the main window to show another page and hand it the request (see openWith).
    void navigate(const QString &pageId, const QVariantMap &request);
    void staleChanged(bool stale);

protected:
    core::Workspace *workspace() const { return m_workspace; }
    core::ServerSession *session() const;
    void markDataArrived();
    void setBadge(const QString &b);
    // A poller whose refreshes this page shows but does not own (e.g. a shared collector's).
    void watchPoller(monitor::Poller *poller);
    bool event(QEvent *e) override;

private:
    void watchOwnPollers();
    void updateStale();

    core::Workspace *m_workspace;
    bool m_active = false;
    bool m_hasData = false;
    QString m_badge;
    QList<QPointer<monitor::Poller>> m_pollers;
    bool m_pollersFound = false;
    bool m_stale = false;
    QDateTime m_lastFresh;
    QTimer *m_staleTick;
    StaleNotice *m_notice = nullptr;
};

} // namespace ui
