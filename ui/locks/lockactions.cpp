#include "locks/lockactions.h"

#include "core/workspace.h"
#include "widgets/sessionactiondialog.h"

namespace ui {

LockActions::LockActions(core::Workspace *workspace, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_dialogParent(dialogParent) {}

LockActions::~LockActions() = default;

void LockActions::reset() {
    delete m_control;
    if (m_conn)
        m_conn->deleteLater();
    m_session.clear();
}

SessionActionDialog *LockActions::request(const QList<monitor::SessionTarget> &targets,
                                          monitor::SessionAction action, const QString &intro) {
    auto *dialog = new SessionActionDialog(targets, action, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIntro(intro);
    QPointer<SessionActionDialog> d(dialog);
    connect(dialog, &SessionActionDialog::confirmed, this,
            [this, d, targets](monitor::SessionAction a, int escalateAfterS) {
                QCoro::connect(run(targets, a, escalateAfterS), this,
                               [this, d](const QList<monitor::SessionOutcome> &out) {
                                   if (d)
                                       d->showOutcomes(out);
                                   Q_EMIT finished(out);
                               });
            });
    dialog->open();
    return dialog;
}

QCoro::Task<monitor::SessionControl *> LockActions::control() {
    QPointer<LockActions> self(this);
    core::ServerSession *s = m_workspace->current();
    if (!s) {
        m_lastError = tr("not connected to a server");
        co_return nullptr;
    }
    if (m_control && m_session == s && m_conn && m_conn->isReady())
        co_return m_control.data();
    reset();
    pg::Connection *c = co_await s->openConnection(QStringLiteral("actions"), this);
    if (!self)
        co_return nullptr;
    if (!c->isReady()) {
        m_lastError = tr("could not open the actions connection: %1").arg(c->lastError());
        c->deleteLater();
        co_return nullptr;
    }
    m_conn = c;
    m_session = s;
    m_control = new monitor::SessionControl(c, s->historyKey(), m_workspace->history(), this);
    m_control->addProtectedPid(s->monitor()->facts().backendPid);
    m_control->addProtectedPid(c->facts().backendPid);
    co_return m_control.data();
}

QCoro::Task<QList<monitor::SessionOutcome>>
LockActions::run(QList<monitor::SessionTarget> targets, monitor::SessionAction action, int escalateAfterS) {
    QPointer<LockActions> self(this);
    monitor::SessionControl *sc = co_await control();
    if (!self)
        co_return {};
    if (!sc) {
        QList<monitor::SessionOutcome> failed;
        for (const auto &t : std::as_const(targets)) {
            monitor::SessionOutcome o;
            o.pid = t.pid;
            o.action = action;
            o.status = monitor::SessionOutcome::Status::Failed;
            o.message = m_lastError;
            failed << o;
        }
        co_return failed;
    }
    QList<monitor::SessionOutcome> out;
    if (action == monitor::SessionAction::Cancel && escalateAfterS > 0)
        out = co_await sc->cancelThenTerminate(targets, escalateAfterS);
    else
        out = co_await sc->apply(targets, action);
    co_return out;
}

} // namespace ui
