#pragma once

#include <QVariantMap>
#include <QWidget>

namespace core {
class Workspace;
class ServerSession;
} // namespace core

namespace ui {

// A feature page in the main window. Pages receive the workspace, follow the current
// server, and poll only while active (the main window calls setActive when the page is
// shown or hidden).
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

Q_SIGNALS:
    void dataArrived();
    void badgeChanged(const QString &badge); // e.g. "3" blocked sessions on the Locks tab
    // Ask the main window to show another page and hand it the request (see openWith).
    void navigate(const QString &pageId, const QVariantMap &request);

protected:
    core::Workspace *workspace() const { return m_workspace; }
    core::ServerSession *session() const;
    void markDataArrived();
    void setBadge(const QString &b);

private:
    core::Workspace *m_workspace;
    bool m_active = false;
    bool m_hasData = false;
    QString m_badge;
};

} // namespace ui
