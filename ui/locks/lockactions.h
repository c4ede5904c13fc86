#pragma once

#include "monitor/sessioncontrol.h"

#include <QObject>
#include <QPointer>

#include <qcoro/qcorotask.h>

class QWidget;

namespace core {
class ServerSession;
class Workspace;
} // namespace core
namespace pg {
class Connection;
}

namespace ui {

class SessionActionDialog;

// Cancel / terminate from the Locks page: the shared confirmation dialog, then the shared
// SessionControl on a dedicated "pgdba actions" connection (opened on first use, per server),
// which never signals pgdba's own backends and writes the audit log.
class LockActions : public QObject {
    Q_OBJECT
public:
    LockActions(core::Workspace *workspace, QWidget *dialogParent);
    ~LockActions() override;

    // Opens the confirmation (non-modal) and acts once confirmed. intro: lines above the list.
    SessionActionDialog *request(const QList<monitor::SessionTarget> &targets, monitor::SessionAction action,
                                 const QString &intro = {});
    void reset(); // the server changed: drop the actions connection

Q_SIGNALS:
    void finished(const QList<monitor::SessionOutcome> &outcomes);

private:
    QCoro::Task<QList<monitor::SessionOutcome>> run(QList<monitor::SessionTarget> targets,
                                                    monitor::SessionAction action, int escalateAfterS);
    QCoro::Task<monitor::SessionControl *> control();

    core::Workspace *m_workspace;
    QPointer<QWidget> m_dialogParent;
    QPointer<core::ServerSession> m_session;
    QPointer<pg::Connection> m_conn;
    QPointer<monitor::SessionControl> m_control;
    QString m_lastError;
};

} // namespace ui
