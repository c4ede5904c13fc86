#include "activity/activityactions.h"

#include "core/workspace.h"
#include "pg/connection.h"
#include "widgets/sessionactiondialog.h"

#include <QWidget>

namespace ui {

ActivityActions::ActivityActions(core::Workspace *workspace, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_dialogParent(dialogParent) {}

ActivityActions::~ActivityActions() = default;

void ActivityActions::reset() {
    if (m_control)
        m_control->deleteLater();
    if (m_conn)
        m_conn->deleteLater();
    m_control = nullptr;
    m_conn = nullptr;
}

SessionActionDialog *ActivityActions::request(const QList<monitor::SessionTarget> &targets,
                                              monitor::SessionAction action) {
    auto *d = new SessionActionDialog(targets, action, m_dialogParent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<SessionActionDialog> dialog(d);
    connect(d, &SessionActionDialog::confirmed, this,
            [this, dialog, targets](monitor::SessionAction a, int escalateS) {
                QCoro::connect(run(targets, a, escalateS), this,
                               [this, dialog](const QList<monitor::SessionOutcome> &out) {
                                   if (dialog)
                                       dialog->showOutcomes(out);
                                   Q_EMIT finished(out);
                               });
            });
    d->open();
    return d;
}

QCoro::Task<QList<monitor::SessionOutcome>> ActivityActions::run(QList<monitor::SessionTarget> targets,
                                                                 monitor::SessionAction action,
                                                                 int escalateAfterS) {
    QPointer<ActivityActions> self(this);
    core::ServerSession *session = m_workspace->current();
    QList<monitor::SessionOutcome> failed;
    auto failAll = [&](const QString &why) {
        for (const auto &t : std::as_const(targets)) {
            monitor::SessionOutcome o;
            o.pid = t.pid;
            o.action = action;
            o.status = monitor::SessionOutcome::Status::Failed;
            o.message = why;
            failed << o;
        }
        return failed;
    };
    if (!session)
        co_return failAll(tr("not connected"));
    if (!m_conn || !m_conn->isReady()) {
        reset();
        pg::Connection *c = co_await session->openConnection(QStringLiteral("actions"), this);
        if (!self)
            co_return QList<monitor::SessionOutcome>();
        if (!c->isReady()) {
            const QString why = tr("could not open a connection for actions: %1").arg(c->lastError());
            c->deleteLater();
            co_return failAll(why);
        }
        m_conn = c;
        m_control = new monitor::SessionControl(c, session->historyKey(), m_workspace->history(), this);
    }
    // pgdba's own monitoring backend (and this actions backend) are never signalled.
    m_control->setProtectedPids({session->facts().backendPid, m_conn->facts().backendPid});
    QPointer<monitor::SessionControl> control = m_control;
    QList<monitor::SessionOutcome> out;
    if (escalateAfterS > 0)
        out = co_await control->cancelThenTerminate(targets, escalateAfterS);
    else
        out = co_await control->apply(targets, action);
    co_return out;
}

} // namespace ui
