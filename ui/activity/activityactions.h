#pragma once

#include "monitor/sessioncontrol.h"

#include <QObject>
#include <QPointer>

#include <qcoro/qcorotask.h>

class QWidget;

namespace core {
class Workspace;
}
namespace pg {
class Connection;
}

namespace ui {

class SessionActionDialog;

// Cancel / terminate from the activity page: the confirmation dialog, then the actions run on
// a dedicated read-write connection ("pgdba actions", opened on first use) through
// monitor::SessionControl, which writes the audit log. pgdba's monitoring backend is protected.
class ActivityActions : public QObject {
    Q_OBJECT
public:
    ActivityActions(core::Workspace *workspace, QWidget *dialogParent);
    ~ActivityActions() override;

    // Opens the confirmation (non-modal) and returns it; the action runs once confirmed.
    SessionActionDialog *request(const QList<monitor::SessionTarget> &targets, monitor::SessionAction action);
    void reset(); // the current server changed: drop the actions connection

Q_SIGNALS:
    void finished(const QList<monitor::SessionOutcome> &outcomes);

private:
    QCoro::Task<QList<monitor::SessionOutcome>> run(QList<monitor::SessionTarget> targets,
                                                    monitor::SessionAction action, int escalateAfterS);
    core::Workspace *m_workspace;
    QWidget *m_dialogParent;
    QPointer<pg::Connection> m_conn;
    QPointer<monitor::SessionControl> m_control;
};

} // namespace ui
