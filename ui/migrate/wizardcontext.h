#pragma once

#include "migrate/catalog.h"
#include "migrate/check.h"
#include "migrate/dbstate.h"
#include "migrate/hotqueries.h"
#include "migrate/oneoff.h"
#include "migrate/plan.h"
#include "migrate/runresult.h"
#include "migrate/status.h"

#include <QObject>
#include <QPointer>

#include <optional>

#include <qcoro/qcorotask.h>

namespace core {
class ServerSession;
class Workspace;
} // namespace core
namespace pg {
class Connection;
}

namespace ui {

// What the migration wizard's pages share: the server and the wizard's own connections
// ("pgdba migrate" runs the statements, "pgdba migrate progress" watches the build), the
// folder and its statuses, the plan, the preflight report, plans before/after, the result.
class WizardContext : public QObject {
    Q_OBJECT
public:
    WizardContext(core::Workspace *workspace, QObject *parent = nullptr);
    ~WizardContext() override;

    core::Workspace *workspace() const { return m_workspace; }
    core::ServerSession *session() const;
    void setSession(core::ServerSession *s); // closes the wizard's connections of the previous one
    pg::Connection *runConnection() const;
    pg::Connection *watchConnection() const;
    QString serverText() const; // "Sandbox · demo as postgres (PostgreSQL 15.8)"

    // Opens the two connections when needed; an error text, or empty when both are ready.
    QCoro::Task<QString> ensureConnections();
    // Reads the version table, Alembic's, INVALID indexes; recomputes statuses (and the plan
    // unless replan is false: after a run the plan stays what ran).
    QCoro::Task<QString> loadState(bool replan = true);

    migrate::Catalog catalog = migrate::Catalog::builtIn();
    migrate::DatabaseState db;
    QList<migrate::MigrationStatus> statuses;
    migrate::Direction direction = migrate::Direction::Up;
    QString target;                              // version chosen on the Choose page
    std::optional<migrate::IndexRequest> oneOff; // "Create index..." from a plan finding
    migrate::Migration oneOffMigration;          // its SQL as edited on the Choose page
    migrate::Plan plan;
    int lockTimeoutMs = 5000;
    migrate::PreflightReport preflight;
    QList<migrate::PlanComparison> hypothetical;
    QString hypotheticalNote;
    QList<migrate::PlanSnapshot> before;
    QList<migrate::PlanSnapshot> after;
    migrate::RunResult result;
    bool runFinished = false;

    void computePlan();
    // The finding's query when there is one, else the ticket's hot queries.
    QList<migrate::HotQuery> hotQueries() const;
    QStringList createIndexStatements() const; // of the plan, for HypoPG
    QString planSql() const;                   // every statement of the plan, as run

Q_SIGNALS:
    void stateChanged();

private:
    core::Workspace *m_workspace;
    QPointer<core::ServerSession> m_session;
    QPointer<pg::Connection> m_run;
    QPointer<pg::Connection> m_watch;
};

} // namespace ui
