#include "vacuum/horizoncontrol.h"

#include "history/store.h"
#include "monitor/sessioncontrol.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"
#include "replication/slotcontrol.h"

#include <QCoreApplication>
#include <QDateTime>

namespace vacuum {

namespace {
HorizonActionOutcome outcome(HorizonActionOutcome::Status st, const QString &msg) {
    HorizonActionOutcome o;
    o.status = st;
    o.message = msg;
    return o;
}
} // namespace

QString HorizonActionOutcome::statusText() const {
    switch (status) {
    case Status::Done:
        return QStringLiteral("done");
    case Status::AlreadyGone:
        return QStringLiteral("already gone");
    case Status::NotPermitted:
        return QStringLiteral("not permitted");
    case Status::Refused:
        return QStringLiteral("refused");
    case Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString HorizonStatement::shown() const {
    QString s = sql.trimmed();
    for (qsizetype i = 0; i < params.size(); ++i)
        s += QStringLiteral("\n    $%1 = %2").arg(i + 1).arg(params.at(i).toString());
    return s;
}

HorizonControl::HorizonControl(pg::ConnInfo base, QString serverKey, history::Store *audit, QObject *parent)
    : QObject(parent)
    , m_base(std::move(base))
    , m_serverKey(std::move(serverKey))
    , m_audit(audit) {}

HorizonControl::~HorizonControl() = default;

QList<HorizonAction> HorizonControl::actionsFor(const HorizonHolder &h) {
    switch (h.kind) {
    case HorizonHolder::Kind::Transaction:
    case HorizonHolder::Kind::Snapshot:
        return {HorizonAction::Terminate};
    case HorizonHolder::Kind::Prepared:
        return {HorizonAction::RollbackPrepared, HorizonAction::CommitPrepared};
    case HorizonHolder::Kind::Slot:
        return {HorizonAction::DropSlot};
    case HorizonHolder::Kind::Standby:
        break;
    }
    return {};
}

QString HorizonControl::actionLabel(HorizonAction a) {
    switch (a) {
    case HorizonAction::Terminate:
        return tr("Terminate session…");
    case HorizonAction::RollbackPrepared:
        return tr("Roll back prepared…");
    case HorizonAction::CommitPrepared:
        return tr("Commit prepared…");
    case HorizonAction::DropSlot:
        break;
    }
    return tr("Drop slot…");
}

QString HorizonControl::actionKey(HorizonAction a) {
    switch (a) {
    case HorizonAction::Terminate:
        return QStringLiteral("terminate");
    case HorizonAction::RollbackPrepared:
        return QStringLiteral("rollback prepared");
    case HorizonAction::CommitPrepared:
        return QStringLiteral("commit prepared");
    case HorizonAction::DropSlot:
        break;
    }
    return QStringLiteral("drop slot");
}

QString HorizonControl::quoteLiteral(const QString &text) {
    QString s = text;
    s.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (!s.contains(QLatin1Char('\\')))
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return QStringLiteral("E'") + s + QLatin1Char('\'');
}

HorizonStatement HorizonControl::statementFor(const HorizonHolder &h, HorizonAction a) {
    HorizonStatement st;
    switch (a) {
    case HorizonAction::Terminate:
        st.sql = pg::sqlFile(QStringLiteral("monitor/terminate_backend"));
        st.params << h.pid;
        break;
    case HorizonAction::RollbackPrepared:
    case HorizonAction::CommitPrepared:
        // Utility statements take no parameters: the gid goes in as a quoted literal.
        st.sql = (a == HorizonAction::RollbackPrepared ? QStringLiteral("ROLLBACK PREPARED ")
                                                       : QStringLiteral("COMMIT PREPARED ")) +
                 quoteLiteral(h.holder);
        st.database = h.database;
        break;
    case HorizonAction::DropSlot:
        st.sql = pg::sqlFile(QStringLiteral("replication/drop_slot"));
        st.params << h.holder;
        st.database = h.database; // a logical slot is dropped from its own database
        break;
    }
    return st;
}

QString HorizonControl::confirmationText(const HorizonHolder &h, HorizonAction a) {
    const HorizonStatement st = statementFor(h, a);
    QString what;
    switch (a) {
    case HorizonAction::Terminate:
        what = tr("Terminate pid %1 (%2, role %3, application \"%4\", %5), which holds back the xmin horizon "
                  "by %6 transactions?")
                   .arg(h.pid)
                   .arg(h.database, h.role, h.application, h.state)
                   .arg(h.ageXids);
        what += QStringLiteral("\n\n") +
                monitor::SessionControl::actionExplanation(monitor::SessionAction::Terminate);
        break;
    case HorizonAction::RollbackPrepared:
        what = tr("Roll back the prepared transaction %1 (database %2, prepared by role %3, %4 transactions "
                  "old)? "
                  "Its changes are discarded and its locks released. A transaction manager that still "
                  "expects to commit it will find it gone.")
                   .arg(quoteLiteral(h.holder), h.database, h.role)
                   .arg(h.ageXids);
        break;
    case HorizonAction::CommitPrepared:
        what =
            tr("Commit the prepared transaction %1 (database %2, prepared by role %3, %4 transactions old)? "
               "Its changes become permanent and visible, and its locks are released.")
                .arg(quoteLiteral(h.holder), h.database, h.role)
                .arg(h.ageXids);
        break;
    case HorizonAction::DropSlot:
        what =
            tr("Drop the replication slot \"%1\"? Its consumer loses its place in the WAL and must be set up "
               "again (a standby re-synchronised, a subscription re-created).")
                .arg(h.holder);
        break;
    }
    QString where = st.database.isEmpty() ? tr("Statement sent:")
                                          : tr("Statement sent, in database %1:").arg(st.database);
    return what + QStringLiteral("\n\n") + where + QStringLiteral("\n    ") + st.shown() +
           QStringLiteral("\n\n") + tr("The attempt and its outcome are written to the audit log.");
}

QCoro::Task<pg::Connection *> HorizonControl::connection(QString database, QString *error) {
    QPointer<HorizonControl> self(this);
    if (auto c = m_connections.value(database); c && c->isReady())
        co_return c.data();
    pg::ConnInfo info = m_base;
    if (!database.isEmpty())
        info.set("dbname", database);
    auto *c = new pg::Connection(this);
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba actions");
    o.statementTimeoutMs = 30000;
    o.lockTimeoutMs = 5000;
    o.queryDeadlineMs = 40000;
    c->setOptions(o);
    QPointer<pg::Connection> guard(c);
    const std::optional<pg::Error> e = co_await c->open(info);
    if (!self || !guard)
        co_return nullptr;
    if (e || !c->isReady()) {
        *error = e ? e->message : c->lastError();
        c->deleteLater();
        co_return nullptr;
    }
    if (auto old = m_connections.value(database))
        old->deleteLater();
    m_connections.insert(database, c);
    co_return c;
}

QCoro::Task<HorizonActionOutcome> HorizonControl::run(HorizonHolder h, HorizonAction a) {
    QPointer<HorizonControl> self(this);
    if (!actionsFor(h).contains(a))
        co_return outcome(HorizonActionOutcome::Status::Refused,
                          tr("that action does not apply to this holder"));
    if (a == HorizonAction::RollbackPrepared || a == HorizonAction::CommitPrepared) {
        const HorizonActionOutcome o = co_await finishPrepared(h, a);
        co_return o;
    }
    const HorizonStatement st = statementFor(h, a);
    QString error;
    pg::Connection *conn = co_await connection(st.database, &error);
    if (!self)
        co_return {};
    if (!conn) {
        const HorizonActionOutcome o = outcome(HorizonActionOutcome::Status::Failed,
                                               tr("could not open the actions connection: %1").arg(error));
        audit(h, a, o, QString());
        co_return o;
    }
    if (a == HorizonAction::Terminate) {
        // monitor::SessionControl re-reads the pid, guards against its reuse, names the missing
        // privilege and audits the attempt as "terminate".
        auto *control = new monitor::SessionControl(conn, m_serverKey, m_audit, this);
        QSet<int> protectedPids = m_protected;
        for (const auto &c : std::as_const(m_connections))
            if (c)
                protectedPids.insert(c->facts().backendPid);
        control->setProtectedPids(protectedPids);
        monitor::SessionTarget t;
        t.pid = h.pid;
        t.user = h.role;
        t.application = h.application;
        t.state = h.state;
        t.database = h.database;
        t.queryHead = h.query;
        t.durationMs = h.ageS < 0 ? 0 : qint64(h.ageS * 1000);
        t.backendStart = h.backendStart;
        QList<monitor::SessionTarget> targets{t};
        const QList<monitor::SessionOutcome> out =
            co_await control->apply(targets, monitor::SessionAction::Terminate);
        if (!self)
            co_return {};
        control->deleteLater();
        if (out.isEmpty())
            co_return outcome(HorizonActionOutcome::Status::Failed, tr("no outcome"));
        using S = monitor::SessionOutcome::Status;
        const auto &so = out.first();
        const HorizonActionOutcome::Status st2 =
            so.status == S::Done           ? HorizonActionOutcome::Status::Done
            : so.status == S::AlreadyGone  ? HorizonActionOutcome::Status::AlreadyGone
            : so.status == S::NotPermitted ? HorizonActionOutcome::Status::NotPermitted
            : so.status == S::Refused      ? HorizonActionOutcome::Status::Refused
                                           : HorizonActionOutcome::Status::Failed;
        co_return outcome(st2, so.message);
    }
    // Drop slot: replication::SlotControl (only while inactive; audited as "drop slot").
    auto *slotControl = new replication::SlotControl(conn, m_serverKey, m_audit, this);
    const replication::SlotDropOutcome so = co_await slotControl->dropSlot(h.holder);
    if (!self)
        co_return {};
    slotControl->deleteLater();
    using D = replication::SlotDropOutcome::Status;
    HorizonActionOutcome o;
    o.message = so.message;
    o.status = so.status == D::Done           ? HorizonActionOutcome::Status::Done
               : so.status == D::AlreadyGone  ? HorizonActionOutcome::Status::AlreadyGone
               : so.status == D::NotPermitted ? HorizonActionOutcome::Status::NotPermitted
               : so.status == D::Active       ? HorizonActionOutcome::Status::Refused
                                              : HorizonActionOutcome::Status::Failed;
    if (o.status == HorizonActionOutcome::Status::NotPermitted)
        o.message = tr("Role \"%1\" may not drop replication slots: it needs the REPLICATION attribute "
                       "(ALTER ROLE \"%1\" REPLICATION) or superuser. Server said: %2")
                        .arg(conn->facts().role, so.message);
    co_return o;
}

QCoro::Task<HorizonActionOutcome> HorizonControl::finishPrepared(HorizonHolder h, HorizonAction a) {
    QPointer<HorizonControl> self(this);
    const HorizonStatement st = statementFor(h, a);
    QString error;
    HorizonActionOutcome o;
    pg::Connection *conn = co_await connection(st.database, &error);
    if (!self)
        co_return {};
    if (!conn) {
        o = outcome(HorizonActionOutcome::Status::Failed,
                    tr("could not connect to database %1: %2").arg(st.database, error));
        audit(h, a, o, QString());
        co_return o;
    }
    QPointer<pg::Connection> guard(conn);
    QVariantList params;
    params << h.holder;
    const pg::Result cur =
        co_await conn->query(pg::sqlFile(QStringLiteral("vacuum/prepared_target")), params);
    if (!self || !guard)
        co_return {};
    const QString role = conn->facts().role;
    if (!cur.ok()) {
        o = outcome(HorizonActionOutcome::Status::Failed, cur.error()->message);
    } else if (cur.rows() == 0 || cur.text(0, "database") != h.database) {
        o = outcome(
            HorizonActionOutcome::Status::AlreadyGone,
            tr("the prepared transaction %1 no longer exists; nothing was sent").arg(quoteLiteral(h.holder)));
    } else {
        const QString owner = cur.text(0, "owner");
        if (h.role.isEmpty())
            h.role = owner;
        const pg::Result r = co_await conn->query(st.sql);
        if (!self || !guard)
            co_return {};
        if (r.ok())
            o = outcome(HorizonActionOutcome::Status::Done,
                        a == HorizonAction::RollbackPrepared
                            ? tr("prepared transaction %1 rolled back").arg(quoteLiteral(h.holder))
                            : tr("prepared transaction %1 committed").arg(quoteLiteral(h.holder)));
        else if (r.error()->isInsufficientPrivilege())
            o = outcome(HorizonActionOutcome::Status::NotPermitted,
                        tr("Role \"%1\" may not finish the transaction prepared by role \"%2\": connect as "
                           "\"%2\" or as a superuser. Server said: %3")
                            .arg(role, owner, r.error()->message));
        else if (r.error()->sqlState == QLatin1String("42704")) // undefined_object: finished meanwhile
            o = outcome(HorizonActionOutcome::Status::AlreadyGone, r.error()->message);
        else
            o = outcome(HorizonActionOutcome::Status::Failed, r.error()->message);
    }
    audit(h, a, o, role);
    co_return o;
}

void HorizonControl::audit(const HorizonHolder &h, HorizonAction a, const HorizonActionOutcome &o,
                           const QString &role) {
    if (!m_audit)
        return;
    history::AuditEntry e;
    e.tsMs = QDateTime::currentMSecsSinceEpoch();
    e.server = m_serverKey;
    e.database = h.database;
    e.dbRole = role;
    e.osUser = monitor::SessionControl::osUser();
    e.pid = h.pid;
    e.targetUser = h.role;
    e.targetApplication = h.kindLabel();
    e.targetQuery = statementFor(h, a).sql.left(200);
    e.action = actionKey(a);
    e.outcome = o.statusText();
    e.message = o.message;
    m_audit->appendAudit(e);
}

} // namespace vacuum
