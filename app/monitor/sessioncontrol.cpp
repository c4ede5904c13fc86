#include "monitor/sessioncontrol.h"

#include "history/store.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QCoreApplication>
#include <qcoro/qcorotimer.h>

#include <chrono>

#include <pwd.h>
#include <unistd.h>

namespace monitor {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(monitor_SessionControl)
};

QString durationText(qint64 ms) {
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 120)
        return QStringLiteral("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

SessionOutcome outcome(int pid, SessionAction a, SessionOutcome::Status st, const QString &msg) {
    SessionOutcome o;
    o.pid = pid;
    o.action = a;
    o.status = st;
    o.message = msg;
    return o;
}

// Why a signal was refused by the server, in words that say what to grant.
QString notPermittedText(const QString &role, bool targetSuperuser, const SessionTarget &t,
                         const QString &serverMsg) {
    if (targetSuperuser)
        return Tr::tr("Only a superuser may cancel or terminate a superuser's session (pid %1 belongs to "
                      "\"%2\"). "
                      "Server said: %3")
            .arg(t.pid)
            .arg(t.user, serverMsg);
    return Tr::tr("Role \"%1\" may not signal pid %2 of role \"%3\": grant it pg_signal_backend "
                  "(GRANT pg_signal_backend TO \"%1\") or membership in \"%3\". Server said: %4")
        .arg(role)
        .arg(t.pid)
        .arg(t.user, serverMsg);
}
} // namespace

QString SessionOutcome::statusText() const {
    switch (status) {
    case Status::Done:
        return Tr::tr("done");
    case Status::AlreadyGone:
        return Tr::tr("already gone");
    case Status::NotPermitted:
        return Tr::tr("not permitted");
    case Status::Refused:
        return Tr::tr("refused");
    case Status::Failed:
        break;
    }
    return Tr::tr("failed");
}

SessionControl::SessionControl(pg::Connection *conn, QString serverKey, history::Store *audit,
                               QObject *parent)
    : QObject(parent)
    , m_conn(conn)
    , m_serverKey(std::move(serverKey))
    , m_audit(audit) {
    qRegisterMetaType<monitor::SessionOutcome>();
}

QString SessionControl::actionName(SessionAction action) {
    return action == SessionAction::Cancel ? QStringLiteral("cancel") : QStringLiteral("terminate");
}

QString SessionControl::actionExplanation(SessionAction action) {
    if (action == SessionAction::Cancel)
        return Tr::tr(
            "Cancel (pg_cancel_backend) stops the statement each session is running now; the session "
            "stays connected and its open transaction is rolled back only if the statement was inside "
            "one that now fails. Idle sessions are not affected.");
    return Tr::tr(
        "Terminate (pg_terminate_backend) closes each session's connection: the running statement stops, "
        "its open transaction is rolled back, its locks are released, and the client sees a dropped "
        "connection.");
}

QString SessionControl::confirmationText(const QList<SessionTarget> &targets, SessionAction action,
                                         int escalateAfterS) {
    QString s = action == SessionAction::Cancel
                    ? Tr::tr("Cancel the running statement of %n session(s)?", nullptr, int(targets.size()))
                    : Tr::tr("Terminate %n session(s)?", nullptr, int(targets.size()));
    s += QStringLiteral("\n\n");
    for (const auto &t : targets) {
        QString q = t.queryHead.simplified();
        if (q.size() > 80)
            q = q.left(79) + QChar(0x2026);
        s += Tr::tr("pid %1 · %2 · %3 · %4 for %5\n    %6\n")
                 .arg(t.pid)
                 .arg(t.user.isEmpty() ? Tr::tr("(no user)") : t.user,
                      t.application.isEmpty() ? Tr::tr("(no application)") : t.application,
                      t.state.isEmpty() ? Tr::tr("(no state)") : t.state, durationText(t.durationMs),
                      q.isEmpty() ? Tr::tr("(no query)") : q);
    }
    s += QLatin1Char('\n') + actionExplanation(action);
    if (escalateAfterS > 0)
        s += QLatin1Char('\n') +
             Tr::tr("Sessions still running the same statement after %1 s will then be terminated.")
                 .arg(escalateAfterS);
    return s;
}

QString SessionControl::osUser() {
    QString u = qEnvironmentVariable("USER");
    if (u.isEmpty())
        u = qEnvironmentVariable("LOGNAME");
    if (u.isEmpty()) { // services, containers, sudo -i: the account of the process
        if (const passwd *pw = getpwuid(getuid()))
            u = QString::fromLocal8Bit(pw->pw_name);
    }
    return u.isEmpty() ? QStringLiteral("unknown") : u;
}

void SessionControl::audit(const SessionTarget &t, const SessionOutcome &o) {
    if (!m_audit)
        return;
    history::AuditEntry e;
    e.tsMs = QDateTime::currentMSecsSinceEpoch();
    e.server = m_serverKey;
    e.database = t.database;
    e.dbRole = m_conn ? m_conn->facts().role : QString();
    e.osUser = osUser();
    e.pid = t.pid;
    e.targetUser = t.user;
    e.targetApplication = t.application;
    e.targetQuery = t.queryHead.left(200);
    e.action = actionName(o.action);
    e.outcome = o.statusText();
    e.message = o.message;
    m_audit->appendAudit(e);
}

QCoro::Task<SessionOutcome> SessionControl::applyOne(SessionTarget t, SessionAction action) {
    QPointer<SessionControl> self(this);
    if (m_protected.contains(t.pid))
        co_return outcome(
            t.pid, action, SessionOutcome::Status::Refused,
            Tr::tr("pgdba does not cancel or terminate its own monitoring session (pid %1).").arg(t.pid));
    if (!m_conn || !m_conn->isReady())
        co_return outcome(t.pid, action, SessionOutcome::Status::Failed, Tr::tr("no connection for actions"));
    pg::Connection *conn = m_conn;
    QVariantList params;
    params << t.pid;
    const pg::Result cur =
        co_await conn->query(pg::sqlFile(QStringLiteral("monitor/session_target")), params);
    if (!self)
        co_return SessionOutcome{};
    if (!cur.ok())
        co_return outcome(t.pid, action, SessionOutcome::Status::Failed, cur.error()->message);
    if (cur.rows() == 0)
        co_return outcome(t.pid, action, SessionOutcome::Status::AlreadyGone,
                          Tr::tr("the session has already ended"));
    if (t.backendStart.isValid() && cur.timestamp(0, "backend_start").isValid() &&
        qAbs(cur.timestamp(0, "backend_start").msecsTo(t.backendStart)) > 1)
        co_return outcome(t.pid, action, SessionOutcome::Status::AlreadyGone,
                          Tr::tr("pid %1 now belongs to a different session; nothing was sent").arg(t.pid));
    if (t.user.isEmpty())
        t.user = cur.text(0, "user_name");
    const bool targetSuper = cur.boolean(0, "target_superuser");
    const QString sql =
        pg::sqlFile(action == SessionAction::Cancel ? QStringLiteral("monitor/cancel_backend")
                                                    : QStringLiteral("monitor/terminate_backend"));
    const pg::Result r = co_await conn->query(sql, params);
    if (!self)
        co_return SessionOutcome{};
    if (!r.ok()) {
        if (r.error()->isInsufficientPrivilege())
            co_return outcome(t.pid, action, SessionOutcome::Status::NotPermitted,
                              notPermittedText(conn->facts().role, targetSuper, t, r.error()->message));
        co_return outcome(t.pid, action, SessionOutcome::Status::Failed, r.error()->message);
    }
    if (!r.boolean(0, "ok"))
        co_return outcome(t.pid, action, SessionOutcome::Status::AlreadyGone,
                          Tr::tr("the server found no backend with pid %1").arg(t.pid));
    co_return outcome(t.pid, action, SessionOutcome::Status::Done,
                      action == SessionAction::Cancel ? Tr::tr("cancel request sent")
                                                      : Tr::tr("session terminated"));
}

QCoro::Task<QList<SessionOutcome>> SessionControl::apply(QList<SessionTarget> targets, SessionAction action) {
    QPointer<SessionControl> self(this);
    QList<SessionOutcome> out;
    for (const SessionTarget &t : std::as_const(targets)) {
        SessionOutcome o = co_await applyOne(t, action);
        if (!self)
            co_return out;
        audit(t, o);
        out << o;
    }
    Q_EMIT finished(out);
    co_return out;
}

QCoro::Task<QList<SessionOutcome>> SessionControl::cancelThenTerminate(QList<SessionTarget> targets,
                                                                       int graceSeconds) {
    QPointer<SessionControl> self(this);
    QList<SessionOutcome> out = co_await apply(targets, SessionAction::Cancel);
    if (!self)
        co_return out;
    // Remember what each session was running when we cancelled it.
    QHash<int, QDateTime> queryStart;
    for (const auto &t : std::as_const(targets)) {
        if (!m_conn)
            break;
        QVariantList params;
        params << t.pid;
        const pg::Result r =
            co_await m_conn->query(pg::sqlFile(QStringLiteral("monitor/session_target")), params);
        if (!self)
            co_return out;
        if (r.ok() && r.rows() == 1 && r.text(0, "state") == QLatin1String("active"))
            queryStart.insert(t.pid, r.timestamp(0, "query_start"));
    }
    co_await QCoro::sleepFor(std::chrono::seconds(graceSeconds));
    if (!self)
        co_return out;
    QList<SessionTarget> stubborn;
    for (const auto &t : std::as_const(targets)) {
        if (!queryStart.contains(t.pid) || !m_conn)
            continue;
        QVariantList params;
        params << t.pid;
        const pg::Result r =
            co_await m_conn->query(pg::sqlFile(QStringLiteral("monitor/session_target")), params);
        if (!self)
            co_return out;
        if (r.ok() && r.rows() == 1 && r.text(0, "state") == QLatin1String("active") &&
            r.timestamp(0, "query_start") == queryStart.value(t.pid))
            stubborn << t;
    }
    if (!stubborn.isEmpty())
        out += co_await apply(stubborn, SessionAction::Terminate);
    co_return out;
}

} // namespace monitor
