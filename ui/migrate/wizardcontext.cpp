#include "migrate/wizardcontext.h"

#include "core/serversession.h"
#include "core/workspace.h"
#include "migrate/statementinfo.h"
#include "pg/connection.h"

namespace ui {

WizardContext::WizardContext(core::Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_session(workspace ? workspace->current() : nullptr) {}

WizardContext::~WizardContext() = default;

core::ServerSession *WizardContext::session() const {
    return m_session;
}
pg::Connection *WizardContext::runConnection() const {
    return m_run;
}
pg::Connection *WizardContext::watchConnection() const {
    return m_watch;
}

void WizardContext::setSession(core::ServerSession *s) {
    if (s == m_session)
        return;
    if (m_run)
        m_run->deleteLater();
    if (m_watch)
        m_watch->deleteLater();
    m_session = s;
    db = {};
    statuses.clear();
    plan = {};
    Q_EMIT stateChanged();
}

QString WizardContext::serverText() const {
    if (!m_session)
        return tr("no server");
    const auto &f = m_session->facts();
    return tr("%1 · database %2 as %3 (PostgreSQL %4)")
        .arg(m_session->profile().displayName(), f.database, f.role, f.shortVersion());
}

QCoro::Task<QString> WizardContext::ensureConnections() {
    QPointer<WizardContext> self(this);
    if (!m_session)
        co_return tr("Connect to a server first.");
    if (!m_run || !m_run->isReady()) {
        if (m_run)
            m_run->deleteLater();
        pg::Connection *c = co_await m_session->openConnection(QStringLiteral("migrate"), this);
        if (!self)
            co_return {};
        m_run = c;
        if (!c->isReady())
            co_return tr("Could not open the migration connection: %1").arg(c->lastError());
    }
    if (!m_watch || !m_watch->isReady()) {
        if (m_watch)
            m_watch->deleteLater();
        pg::Connection *c = co_await m_session->openConnection(QStringLiteral("migrate progress"), this);
        if (!self)
            co_return {};
        m_watch = c;
        if (!c->isReady())
            co_return tr("Could not open the progress connection: %1").arg(c->lastError());
    }
    co_return {};
}

QCoro::Task<QString> WizardContext::loadState(bool replan) {
    QPointer<WizardContext> self(this);
    const QString err = co_await ensureConnections();
    if (!self || !err.isEmpty())
        co_return err;
    migrate::DatabaseState state = co_await migrate::VersionStore::read(m_run);
    if (!self)
        co_return {};
    if (state.error)
        co_return state.error->toString();
    db = state;
    statuses = migrate::computeStatus(catalog, db);
    if (replan)
        computePlan();
    Q_EMIT stateChanged();
    co_return {};
}

void WizardContext::computePlan() {
    if (oneOff) {
        plan = migrate::Plan::single(oneOffMigration, direction);
        return;
    }
    if (target.isEmpty()) {
        plan = {};
        plan.error = tr("Choose a migration.");
        return;
    }
    plan = direction == migrate::Direction::Up ? migrate::Plan::up(statuses, target)
                                               : migrate::Plan::down(statuses, target);
}

QList<migrate::HotQuery> WizardContext::hotQueries() const {
    if (oneOff && !oneOff->query.trimmed().isEmpty())
        return {migrate::HotQueries::custom(tr("The query from the plan"), oneOff->query)};
    if (oneOff)
        return {};
    return migrate::HotQueries::all();
}

QStringList WizardContext::createIndexStatements() const {
    QStringList out;
    if (plan.direction != migrate::Direction::Up)
        return out;
    for (const auto &m : plan.migrations) {
        const migrate::ScriptInfo s = migrate::analyzeScript(m.upSql);
        for (const auto &st : s.statements)
            if (st.kind == migrate::StatementInfo::Kind::CreateIndex)
                out << st.statement.sql;
    }
    return out;
}

QString WizardContext::planSql() const {
    QString out;
    for (const auto &m : plan.migrations) {
        const bool tx = m.transactional(plan.direction);
        out +=
            tr("-- %1 (%2) — %3\n")
                .arg(m.title(),
                     plan.direction == migrate::Direction::Up ? QStringLiteral("up") : QStringLiteral("down"),
                     tx ? tr("one transaction") : tr("statement by statement, outside transactions"));
        const migrate::ScriptInfo s = migrate::analyzeScript(m.sql(plan.direction));
        if (tx)
            out += QStringLiteral("BEGIN;\n");
        for (const auto &st : s.statements) {
            if (!st.statement.comment.isEmpty())
                out += QStringLiteral("-- ") +
                       st.statement.comment.split(QLatin1Char('\n')).join(QStringLiteral("\n-- ")) +
                       QLatin1Char('\n');
            out += st.statement.sql + QStringLiteral(";\n\n");
        }
        if (tx)
            out += QStringLiteral("COMMIT;\n");
        out += QLatin1Char('\n');
    }
    return out.trimmed();
}

} // namespace ui
