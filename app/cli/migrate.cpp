#include "cli/migrate.h"

#include "cli/command.h"
#include "cli/migrateprint.h"
#include "demo/stopsignal.h"
#include "migrate/baseline.h"
#include "migrate/catalog.h"
#include "migrate/hotqueries.h"
#include "migrate/preflight.h"
#include "migrate/runlock.h"
#include "migrate/runner.h"
#include "pg/connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli_migrate)
};

std::unique_ptr<pg::Connection> makeConnection(const QString &purpose) {
    auto c = std::make_unique<pg::Connection>();
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba ") + purpose;
    c->setOptions(o);
    return c;
}

QList<migrate::HotQuery> demoQueries() {
    return migrate::HotQueries::all();
}

QCoro::Task<int> baseline(pg::Connection *c, const migrate::Catalog &catalog,
                          const QList<migrate::MigrationStatus> &statuses, const QString &version) {
    const migrate::Migration *m = catalog.find(version);
    if (!m) {
        err(Tr::tr("pgdba migrate baseline: there is no migration %1 in %2.")
                .arg(version, catalog.displayFolder()));
        co_return 1;
    }
    for (const auto &s : statuses)
        if (s.migration.version == m->version && s.status != migrate::Status::Pending) {
            err(Tr::tr("pgdba migrate baseline: %1 is %2, not pending.")
                    .arg(m->title(), migrate::statusKey(s.status)));
            co_return 1;
        }
    const migrate::Migration copy = *m;
    const migrate::Baseline::Outcome o =
        co_await migrate::Baseline::run(c, copy, migrate::VersionStore::osUser());
    for (const QString &f : o.found)
        out(Tr::tr("  present: %1").arg(f));
    for (const QString &f : o.missing)
        out(Tr::tr("  MISSING: %1").arg(f));
    if (!o.ok) {
        err(o.error.isEmpty()
                ? Tr::tr("pgdba migrate baseline: %1 is not there as the file says; nothing recorded.")
                      .arg(copy.title())
                : QStringLiteral("pgdba: ") + o.error);
        co_return 1;
    }
    out(Tr::tr("Recorded %1 as applied (baseline: not run, its objects are there).").arg(copy.title()));
    co_return 0;
}
} // namespace

QCoro::Task<int> runMigrate(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Apply, roll back and list migrations.\n\n"
               "  status            every migration of the folder and its status\n"
               "  up [VERSION]      preflight, then apply pending migrations (up to VERSION)\n"
               "  down VERSION      roll back applied migrations from the newest down to VERSION\n"
               "  baseline VERSION  record VERSION as applied without running it, when what it\n"
               "                    creates is already there (a schema made outside pgdba)\n\n"
               "One run per database at a time: up, down and baseline take the database's migration run\n"
               "lock before preflight; a second run says who holds it and exits 3 (or waits: --wait).\n"
               "Destructive statements (DROP, TRUNCATE, DELETE/UPDATE without WHERE, ALTER ... DROP)\n"
               "need --yes, as a roll back does.\n\n"
               "Exit codes: 0 done (or nothing to do); 1 refused or failed (preflight, verification,\n"
               "a statement, a missing --yes, a catalog with duplicate versions); 2 connection or server\n"
               "error; 3 another run holds the lock; 64 bad arguments; 130 interrupted (Ctrl+C: the\n"
               "running statement is cancelled and what this run built is cleaned up)."));
    addDsnOption(p);
    p.addOption({QStringLiteral("dir"),
                 Tr::tr("Migration folder (default: the built-in one, sql/migrations)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("yes"), Tr::tr("Confirm a roll back (down) or destructive statements in up; "
                                               "without it the plan is only printed.")});
    p.addOption(
        {QStringLiteral("wait"), Tr::tr("When another run holds the database's migration lock, wait for it "
                                        "instead of exiting with code 3.")});
    p.addOption({QStringLiteral("lock-timeout"), Tr::tr("lock_timeout for the run in ms (default 5000)."),
                 QStringLiteral("MS"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("drop-invalid"),
                 Tr::tr("Recovery: drop INVALID indexes preflight finds (left by failed builds).")});
    p.addOption({QStringLiteral("plans"), Tr::tr("Show the demo hot queries' plans before and after.")});
    p.addPositionalArgument(QStringLiteral("command"), Tr::tr("status, up, down or baseline"));
    p.addPositionalArgument(QStringLiteral("version"), Tr::tr("target version"), QStringLiteral("[VERSION]"));
    int code = 0;
    if (!parseArgs(p, QStringLiteral("migrate"), args, &code))
        co_return code;
    const QStringList pos = p.positionalArguments();
    const QString command = pos.value(0);
    const QString version = pos.value(1);
    if (pos.size() > 2) {
        err(Tr::tr("pgdba migrate: unexpected argument \"%1\" (see --help).").arg(pos.at(2)));
        co_return 64;
    }
    if (command != QLatin1String("status") && command != QLatin1String("up") &&
        command != QLatin1String("down") && command != QLatin1String("baseline")) {
        err(Tr::tr(
            "pgdba migrate: say status, up [VERSION], down VERSION or baseline VERSION (see --help)."));
        co_return 64;
    }
    if ((command == QLatin1String("down") || command == QLatin1String("baseline")) && version.isEmpty()) {
        err(Tr::tr("pgdba migrate %1: which version? (pgdba migrate %1 VERSION)").arg(command));
        co_return 64;
    }
    bool okTimeout = false;
    const int lockTimeout = p.value(QStringLiteral("lock-timeout")).toInt(&okTimeout);
    if (!okTimeout || lockTimeout < 0) {
        err(Tr::tr("pgdba migrate: --lock-timeout takes milliseconds, e.g. 5000."));
        co_return 64;
    }

    const migrate::Catalog catalog = p.isSet(QStringLiteral("dir"))
                                         ? migrate::Catalog::load(p.value(QStringLiteral("dir")))
                                         : migrate::Catalog::builtIn();
    for (const QString &problem : catalog.problems())
        err(Tr::tr("warning: %1").arg(problem));
    for (const QString &e : catalog.errors())
        err(Tr::tr("error: %1").arg(e));
    if (catalog.isEmpty()) {
        err(Tr::tr("pgdba migrate: no migrations in %1.").arg(catalog.displayFolder()));
        co_return 1;
    }

    auto run = makeConnection(QStringLiteral("migrate"));
    if (auto e = co_await run->open(connInfo(p))) {
        err(QStringLiteral("pgdba: ") + e->message);
        co_return 2;
    }
    const migrate::DatabaseState db = co_await migrate::VersionStore::read(run.get());
    if (db.error) {
        err(QStringLiteral("pgdba: ") + db.error->toString());
        co_return 2;
    }
    const QList<migrate::MigrationStatus> statuses = migrate::computeStatus(catalog, db);
    if (command == QLatin1String("status")) {
        printStatus(catalog, db, statuses);
        co_return 0;
    }
    if (!catalog.errors().isEmpty()) {
        err(Tr::tr("pgdba migrate %1: the migration folder has errors (listed above); nothing was run.")
                .arg(command));
        co_return 1;
    }
    // Taken before preflight, held to the end (released when the connection closes).
    const migrate::RunLock::Outcome lock = co_await migrate::RunLock::acquire(run.get(), false);
    if (lock.error) {
        err(QStringLiteral("pgdba: ") + lock.error->toString());
        co_return 2;
    }
    if (!lock.acquired) {
        const QString who = lock.holder ? lock.holder->describe() : Tr::tr("a session that just ended");
        if (!p.isSet(QStringLiteral("wait"))) {
            err(Tr::tr("pgdba migrate: another migration run holds this database's lock: %1. Nothing was run "
                       "(--wait waits for it).")
                    .arg(who));
            co_return 3;
        }
        err(Tr::tr("Waiting for the migration run of %1 to finish ...").arg(who));
        const migrate::RunLock::Outcome waited = co_await migrate::RunLock::acquire(run.get(), true);
        if (!waited.acquired) {
            err(QStringLiteral("pgdba: ") +
                (waited.error ? waited.error->toString() : Tr::tr("could not take the migration run lock")));
            co_return 2;
        }
    }
    if (command == QLatin1String("baseline"))
        co_return co_await baseline(run.get(), catalog, statuses, version);

    const migrate::Plan plan = command == QLatin1String("up") ? migrate::Plan::up(statuses, version)
                                                              : migrate::Plan::down(statuses, version);
    if (plan.isEmpty()) {
        out(plan.error);
        // "Everything is applied" is not an error; an unknown version or an impossible roll back is.
        co_return command == QLatin1String("up") && (version.isEmpty() || catalog.find(version)) ? 0 : 1;
    }
    out(Tr::tr("Plan: %1").arg(plan.describe()));

    migrate::PreflightOptions po;
    po.lockTimeoutMs = lockTimeout;
    migrate::PreflightReport report = co_await migrate::Preflight::run(run.get(), plan, po);
    printPreflight(report);
    if (p.isSet(QStringLiteral("drop-invalid")) && !report.droppableIndexes().isEmpty()) {
        for (const QString &idx : report.droppableIndexes()) {
            out(Tr::tr("Dropping INVALID index %1 ...").arg(idx));
            if (auto e = co_await migrate::Preflight::dropIndex(run.get(), idx)) {
                err(Tr::tr("could not drop %1: %2").arg(idx, e->toString()));
                co_return 1;
            }
        }
        report = co_await migrate::Preflight::run(run.get(), plan, po);
        out(Tr::tr("Preflight again after the recovery:"));
        printPreflight(report);
    }
    if (report.hasFailures()) {
        err(Tr::tr("Preflight failed: nothing was run.%1")
                .arg(report.droppableIndexes().isEmpty()
                         ? QString()
                         : Tr::tr(" (--drop-invalid drops the INVALID indexes listed)")));
        co_return 1;
    }
    if (plan.direction == migrate::Direction::Down && !p.isSet(QStringLiteral("yes"))) {
        printStatements(plan);
        err(Tr::tr("This rolls back %1. Re-run with --yes to do it.")
                .arg(plan.versions().join(QStringLiteral(", "))));
        co_return 1;
    }
    if (plan.direction == migrate::Direction::Up && report.hasDestructive() &&
        !p.isSet(QStringLiteral("yes"))) {
        err(Tr::tr(
            "The plan has destructive statements (the warnings above say what they destroy). Re-run with "
            "--yes to apply it."));
        co_return 1;
    }

    const bool plans = p.isSet(QStringLiteral("plans"));
    QList<migrate::PlanSnapshot> before;
    if (plans)
        before = co_await migrate::HotQueries::capture(run.get(), demoQueries(), true);

    auto watch = makeConnection(QStringLiteral("migrate progress"));
    if (auto e = co_await watch->open(connInfo(p)))
        err(Tr::tr("warning: no progress connection (%1); running without progress lines").arg(e->message));
    migrate::Runner runner(run.get(), watch.get());
    runner.setLockTimeoutMs(lockTimeout);
    ProgressPrinter printer;
    QObject::connect(&runner, &migrate::Runner::log, &runner, [](const QString &l) { out(l); });
    QObject::connect(&runner, &migrate::Runner::progress, &runner,
                     [&printer](const migrate::BuildProgress &b) { printer.show(b); });
    // Ctrl+C / SIGTERM: cancel the running statement, let the runner clean up what it built,
    // then exit 130.
    demo::StopSignal stopSignal;
    bool interrupted = false;
    QObject::connect(&stopSignal, &demo::StopSignal::received, &runner, [&runner, &interrupted](int) {
        if (interrupted)
            return;
        interrupted = true;
        err(Tr::tr("Interrupted: cancelling the running statement and cleaning up what this run built ..."));
        QCoro::connect(runner.cancel(), &runner, [] {});
    });
    const migrate::RunResult result = co_await runner.run(plan);

    if (plans && result.ok) {
        const QList<migrate::PlanSnapshot> after =
            co_await migrate::HotQueries::capture(run.get(), demoQueries(), true);
        printPlans(migrate::HotQueries::compare(before, after));
    }
    printResult(result);
    if (interrupted) {
        err(Tr::tr("Stopped by the interrupt.%1")
                .arg(result.migrations.isEmpty() || result.migrations.last().cleanedUp.isEmpty()
                         ? QString()
                         : Tr::tr(" Dropped: %1.")
                               .arg(result.migrations.last().cleanedUp.join(QStringLiteral(", ")))));
        co_return 130;
    }
    if (result.locked)
        co_return 3;
    co_return result.ok ? 0 : 1;
}

} // namespace cli
