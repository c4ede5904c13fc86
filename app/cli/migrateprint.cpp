#include "cli/migrateprint.h"

#include "cli/command.h"
#include "migrate/statementinfo.h"

#include <QCoreApplication>
#include <QLocale>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli_migrate)
};
QString pad(const QString &s, int w) {
    return s.leftJustified(w, QLatin1Char(' '), true);
}
} // namespace

void printStatus(const migrate::Catalog &catalog, const migrate::DatabaseState &db,
                 const QList<migrate::MigrationStatus> &statuses) {
    out(Tr::tr("Database %1 as %2; migrations from %3").arg(db.database, db.role, catalog.displayFolder()));
    out(QStringLiteral("%1 %2 %3 %4 %5")
            .arg(pad(Tr::tr("VERSION"), 8), pad(Tr::tr("NAME"), 34), pad(Tr::tr("STATUS"), 8),
                 pad(Tr::tr("APPLIED AT"), 20), Tr::tr("APPLIED BY")));
    for (const auto &s : statuses) {
        out(QStringLiteral("%1 %2 %3 %4 %5")
                .arg(pad(s.migration.version, 8), pad(s.migration.name, 34),
                     pad(migrate::statusKey(s.status), 8),
                     pad(s.applied ? s.applied->appliedAt.toLocalTime().toString(
                                         QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                   : QString(),
                         20),
                     s.applied ? s.applied->appliedBy : QString()));
        if (s.status != migrate::Status::Pending && s.status != migrate::Status::Applied)
            out(QStringLiteral("         ") + s.detail);
    }
    if (!db.versionTable)
        out(Tr::tr("(no version table public.pgdba_migrations yet: nothing was applied with pgdba)"));
    if (db.alembicTable)
        out(Tr::tr("alembic_version: %1")
                .arg(db.alembicVersions.isEmpty() ? Tr::tr("(empty)")
                                                  : db.alembicVersions.join(QStringLiteral(", "))));
    for (const auto &inv : db.invalidIndexes)
        out(inv.buildingPid
                ? Tr::tr("index %1 is being built by pid %2").arg(inv.qualifiedName()).arg(inv.buildingPid)
                : Tr::tr("INVALID index %1 on %2 (a failed build; `up` preflight offers to drop it)")
                      .arg(inv.qualifiedName(), inv.table));
}

void printPreflight(const migrate::PreflightReport &report) {
    out(Tr::tr("Preflight: %1 pass, %2 info, %3 warn, %4 fail")
            .arg(report.count(migrate::Check::Level::Pass))
            .arg(report.count(migrate::Check::Level::Info))
            .arg(report.count(migrate::Check::Level::Warn))
            .arg(report.count(migrate::Check::Level::Fail)));
    for (const auto &c : report.checks) {
        out(QStringLiteral("  [%1] %2: %3")
                .arg(pad(migrate::Check::levelKey(c.level), 4), c.subject, c.title));
        if (!c.detail.isEmpty() && c.level != migrate::Check::Level::Pass)
            out(QStringLiteral("         ") + c.detail);
        for (const QString &r : c.rows)
            out(QStringLiteral("         - ") + r);
    }
}

void printStatements(const migrate::Plan &plan) {
    for (const auto &m : plan.migrations) {
        out(QStringLiteral("-- %1 (%2)")
                .arg(m.title(), plan.direction == migrate::Direction::Up ? QStringLiteral("up")
                                                                         : QStringLiteral("down")));
        const migrate::ScriptInfo script = migrate::analyzeScript(m.sql(plan.direction));
        for (const auto &s : script.statements)
            out(s.statement.sql + QLatin1Char(';'));
    }
}

void printPlans(const QList<migrate::PlanComparison> &plans) {
    out(Tr::tr("Hot queries, before → after:"));
    for (const auto &c : plans) {
        out(QStringLiteral("  %1").arg(c.before.title));
        out(QStringLiteral("    before: ") + c.before.headline());
        out(QStringLiteral("    after:  ") + c.after.headline());
    }
}

void printResult(const migrate::RunResult &result) {
    for (const auto &m : result.migrations) {
        QStringList sizes;
        for (const auto &i : m.indexes)
            sizes << QStringLiteral("%1 %2").arg(i.name, i.verdict());
        out(QStringLiteral("%1 %2: %3 in %4 s%5")
                .arg(m.direction == migrate::Direction::Up ? QStringLiteral("up") : QStringLiteral("down"),
                     m.migration.title(),
                     m.ok() ? Tr::tr("done") : (m.cancelled ? Tr::tr("cancelled") : Tr::tr("FAILED")),
                     QLocale::c().toString(m.durationMs / 1000.0, 'f', 1),
                     sizes.isEmpty() ? QString()
                                     : QStringLiteral("\n  ") + sizes.join(QStringLiteral("\n  "))));
        for (const QString &c : m.cleanedUp)
            out(Tr::tr("  cleaned up INVALID index %1").arg(c));
    }
    if (!result.ok)
        err(Tr::tr("pgdba migrate: %1").arg(result.error));
}

void ProgressPrinter::show(const migrate::BuildProgress &b) {
    const QString key = b.index + QLatin1Char('|') + b.phase;
    if (key == m_lastKey && m_sinceLine.isValid() && m_sinceLine.elapsed() < 2000)
        return;
    m_lastKey = key;
    m_sinceLine.start();
    out(QStringLiteral("   [%1%] %2: %3")
            .arg(int(b.fraction() * 100), 3)
            .arg(b.index.isEmpty() ? b.table : b.index, b.text()));
}

} // namespace cli
