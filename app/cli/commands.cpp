// The one registration point for `pgdba <command>`: add a line per command.
#include "cli/activity.h"
#include "cli/advise.h"
#include "cli/alerts.h"
#include "cli/bench.h"
#include "cli/command.h"
#include "cli/demo.h"
#include "cli/explain.h"
#include "cli/fleet.h"
#include "cli/health.h"
#include "cli/history.h"
#include "cli/locks.h"
#include "cli/migrate.h"
#include "cli/ping.h"
#include "cli/plans.h"
#include "cli/record.h"
#include "cli/replication.h"
#include "cli/report.h"
#include "cli/server.h"
#include "cli/signal.h"
#include "cli/statements.h"
#include "cli/tune.h"
#include "cli/vacuum.h"

#include <QCoreApplication>

namespace cli {

const QList<Command> &commands() {
    static const QList<Command> list = {
        {QStringLiteral("ping"),
         QCoreApplication::translate("cli", "Connect and print server facts and round trip"), runPing},
        {QStringLiteral("explain"),
         QCoreApplication::translate("cli",
                                     "EXPLAIN a query (or read a plan file): annotated tree and findings"),
         runExplain},
        {QStringLiteral("demo"),
         QCoreApplication::translate(
             "cli", "Demo database: init --orders N (generator) | workload (background load)"),
         runDemo},
        {QStringLiteral("bench"),
         QCoreApplication::translate(
             "cli", "The ticket's workload benchmark: p50/p95/p99 per request, claim check (--json)"),
         runBench},
        {QStringLiteral("activity"),
         QCoreApplication::translate("cli", "Print the server's sessions (pg_stat_activity)"), runActivity},
        {QStringLiteral("cancel"),
         QCoreApplication::translate("cli", "Cancel the running statement of sessions (audited)"), runCancel},
        {QStringLiteral("terminate"),
         QCoreApplication::translate("cli", "Terminate sessions, after confirmation (audited)"),
         runTerminate},
        {QStringLiteral("locks"),
         QCoreApplication::translate("cli", "Print who blocks whom: the lock tree (--json for scripts)"),
         runLocks},
        {QStringLiteral("statements"),
         QCoreApplication::translate("cli",
                                     "Top statements from pg_stat_statements (--sort, --since, --json)"),
         runStatements},
        {QStringLiteral("tune"),
         QCoreApplication::translate(
             "cli", "Configuration advisor: PGTune formulas vs pg_settings, ALTER SYSTEM script"),
         runTune},
        {QStringLiteral("migrate"),
         QCoreApplication::translate("cli", "Index migrations: status | up [VERSION] | down VERSION [--yes]"),
         runMigrate},
        {QStringLiteral("health"),
         QCoreApplication::translate("cli",
                                     "Health checks with the ticket's alerts; exit 2 when critical (--json)"),
         runHealth},
        {QStringLiteral("record"),
         QCoreApplication::translate(
             "cli", "Record a server headless into the history store (the Dashboard shows it)"),
         runRecord},
        {QStringLiteral("replication"),
         QCoreApplication::translate("cli", "Replication: WAL senders, slots, standby, archiving (--json)"),
         runReplication},
        {QStringLiteral("vacuum"),
         QCoreApplication::translate(
             "cli", "Vacuum: running maintenance, xmin horizon holders, autovacuum queue, bloat"),
         runVacuum},
        {QStringLiteral("history"),
         QCoreApplication::translate(
             "cli", "Session history: top waits/queries/users of a window; history incidents (--json)"),
         runHistory},
        {QStringLiteral("plans"),
         QCoreApplication::translate(
             "cli", "Plan history of a statement: shapes, first/last seen, mean time; --capture (--json)"),
         runPlans},
        {QStringLiteral("advise"),
         QCoreApplication::translate(
             "cli",
             "Index advice for the whole workload: HypoPG-costed indexes to create, and to drop (--json)"),
         runAdvise},
        {QStringLiteral("report"),
         QCoreApplication::translate(
             "cli", "A report to hand over: HTML (or PDF) with health, statements, waits, incidents, alerts"),
         runReport},
        {QStringLiteral("alerts"),
         QCoreApplication::translate("cli", "Open and recent alerts (--server, --json); exit code 2 when a "
                                            "critical one is open; alerts ack ID"),
         runAlerts},
        {QStringLiteral("server"),
         QCoreApplication::translate(
             "cli", "Saved servers: add NAME --dsn DSN [--group G] | list [--json] | remove NAME"),
         runServer},
        {QStringLiteral("fleet"),
         QCoreApplication::translate(
             "cli", "Every saved server at once: reachable, version, role, sessions, tps (--json)"),
         runFleet},
    };
    return list;
}

} // namespace cli
