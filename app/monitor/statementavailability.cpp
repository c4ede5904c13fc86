#include "monitor/statementavailability.h"

#include "pg/connection.h"
#include "pg/result.h"
#include "pg/serverfacts.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace monitor {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(monitor_StatementAvailability)
};

QStringList splitLibraries(const QString &setting) {
    QStringList out;
    for (QString lib : setting.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        lib = lib.trimmed();
        if (lib.size() >= 2 && lib.startsWith(QLatin1Char('"')) && lib.endsWith(QLatin1Char('"')))
            lib = lib.mid(1, lib.size() - 2);
        if (!lib.isEmpty())
            out << lib;
    }
    return out;
}

bool isPss(const QString &lib) {
    // "pg_stat_statements", "$libdir/pg_stat_statements", "pg_stat_statements.so"
    QString base = lib.section(QLatin1Char('/'), -1);
    if (base.endsWith(QLatin1String(".so")))
        base.chop(3);
    return base == QLatin1String("pg_stat_statements");
}

} // namespace

QString StatementAvailability::sqlName(const QString &name) {
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    static const QStringList reserved{QStringLiteral("all"),          QStringLiteral("user"),
                                      QStringLiteral("role"),         QStringLiteral("group"),
                                      QStringLiteral("none"),         QStringLiteral("default"),
                                      QStringLiteral("current_user"), QStringLiteral("session_user")};
    if (plain.match(name).hasMatch() && !reserved.contains(name))
        return name;
    return pg::Connection::quoteIdentOffline(name);
}

namespace {

QString quoteLiteral(const QString &s) {
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
} // namespace

StatementAvailability StatementAvailability::tooOld(const pg::ServerFacts &facts) {
    StatementAvailability a;
    a.state = State::ServerTooOld;
    a.serverVersionNum = facts.versionNum;
    a.serverVersion = facts.shortVersion();
    a.database = facts.database;
    a.role = facts.role;
    a.superuser = facts.superuser;
    return a;
}

StatementAvailability StatementAvailability::fromProbe(const pg::Result &p, const pg::ServerFacts &facts) {
    StatementAvailability a = tooOld(facts);
    if (facts.versionNum < MinimumVersionNum)
        return a;
    if (!p.ok() || p.rows() == 0) {
        a.state = State::Failed;
        a.error = p.ok() ? pg::Error::client(Tr::tr("The role cannot be found in pg_roles.")) : *p.error();
        return a;
    }
    a.database = p.text(0, "database");
    a.superuser = p.boolean(0, "superuser");
    a.readAllStats = a.superuser || p.boolean(0, "read_all_stats");
    a.canReset = p.boolean(0, "can_reset");
    a.preloadKnown = !p.isNull(0, "preload_libraries");
    a.preloadLibraries = splitLibraries(p.text(0, "preload_libraries"));
    a.preloadPendingRestart = p.boolean(0, "preload_pending_restart");
    a.libraryLoaded = !p.isNull(0, "pss_max");
    a.extVersion = p.text(0, "ext_version");
    a.extSchema = p.text(0, "ext_schema");
    a.availableVersion = p.text(0, "available_version");
    a.track = p.text(0, "pss_track");
    a.trackPlanning = p.text(0, "pss_track_planning") == QLatin1String("on");
    a.computeQueryId = p.text(0, "compute_query_id");
    a.trackIoTiming = p.text(0, "track_io_timing") != QLatin1String("off");

    bool preloaded = a.libraryLoaded;
    if (a.preloadKnown) {
        preloaded = false;
        for (const auto &lib : std::as_const(a.preloadLibraries))
            preloaded = preloaded || isPss(lib);
    }
    if (a.availableVersion.isEmpty() && a.extVersion.isEmpty())
        a.state = State::NotInstalled;
    else if (!preloaded)
        a.state = State::NotPreloaded;
    else if (a.extVersion.isEmpty())
        a.state = State::NotCreated;
    else
        a.state = State::Usable;
    return a;
}

void StatementAvailability::applySampleError(const pg::Error &e) {
    error = e;
    // 55000: "pg_stat_statements must be loaded via shared_preload_libraries"
    if (e.sqlState == QLatin1String("55000") && e.message.contains(QLatin1String("shared_preload_libraries")))
        state = State::NotPreloaded;
    // A column or function this server's variant expects is missing: the extension was
    // created at an older version (e.g. kept through pg_upgrade) and not updated.
    else if (e.sqlState == QLatin1String("42703") || e.sqlState == QLatin1String("42883"))
        state = State::ExtensionOutdated;
    else
        state = State::Failed;
}

QString StatementAvailability::headline() const {
    switch (state) {
    case State::Unknown:
        return Tr::tr("Checking pg_stat_statements…");
    case State::Usable:
        return Tr::tr("pg_stat_statements %1 is in use.").arg(extVersion);
    case State::ServerTooOld:
        return Tr::tr("PostgreSQL %1 is too old for the statements page.").arg(serverVersion);
    case State::NotInstalled:
        return Tr::tr("The pg_stat_statements extension is not installed on this server.");
    case State::NotPreloaded:
        return preloadPendingRestart
                   ? Tr::tr("pg_stat_statements is configured but the server has not been restarted yet.")
                   : Tr::tr("pg_stat_statements is not in shared_preload_libraries.");
    case State::NotCreated:
        return Tr::tr("pg_stat_statements is loaded, but CREATE EXTENSION was not run in database \"%1\".")
            .arg(database);
    case State::ExtensionOutdated:
        return Tr::tr(
                   "The pg_stat_statements extension in \"%1\" is older (%2) than the server's library (%3).")
            .arg(database, extVersion, availableVersion);
    case State::Failed:
        return Tr::tr("pg_stat_statements cannot be read.");
    }
    return {};
}

QString StatementAvailability::explanation() const {
    switch (state) {
    case State::Unknown:
    case State::Usable:
        return {};
    case State::ServerTooOld:
        return Tr::tr(
            "pgdba reads pg_stat_statements on PostgreSQL 10 and newer (the pg_read_all_stats role and "
            "the query id appeared in 10). Upgrade the server to a supported release.");
    case State::NotInstalled:
        return Tr::tr(
                   "The server has no pg_stat_statements files (pg_available_extensions does not list it). "
                   "Install "
                   "the package that ships the contrib modules for PostgreSQL %1 on the server "
                   "(Debian/Ubuntu: "
                   "postgresql-%2; RHEL: postgresql%2-contrib), then follow the steps shown after that.")
            .arg(serverVersion)
            .arg(serverVersionNum / 10000);
    case State::NotPreloaded:
        return Tr::tr(
                   "The extension keeps its counters in shared memory, which only a library loaded at server "
                   "start can reserve. Add it to shared_preload_libraries as a superuser and restart the "
                   "server: "
                   "a reload is not enough. %1")
            .arg(
                preloadKnown
                    ? Tr::tr("The list below keeps the libraries already loaded (%1).")
                          .arg(preloadLibraries.isEmpty() ? Tr::tr("none")
                                                          : preloadLibraries.join(QStringLiteral(", ")))
                    : Tr::tr("Role \"%1\" cannot read the current shared_preload_libraries; keep any library "
                             "already listed there (SHOW shared_preload_libraries as a superuser).")
                          .arg(role));
    case State::NotCreated:
        return superuser
                   ? Tr::tr(
                         "The library is loaded; the view and functions are created per database. pgdba can "
                         "run CREATE EXTENSION for you in \"%1\" (statistics then cover every database).")
                         .arg(database)
                   : Tr::tr(
                         "The library is loaded; the view and functions are created per database. Only a "
                         "superuser may create this extension (it is not trusted): ask one to run the line "
                         "below in database \"%1\".")
                         .arg(database);
    case State::ExtensionOutdated:
        return Tr::tr("The extension's SQL objects are older than the library, so the columns this server "
                      "reports "
                      "are missing. Update it as a superuser in database \"%1\".")
            .arg(database);
    case State::Failed:
        return error ? error->toString() : QString();
    }
    return {};
}

QString StatementAvailability::fixSql() const {
    QStringList lines;
    switch (state) {
    case State::NotPreloaded: {
        QStringList libs;
        for (const auto &lib : std::as_const(preloadLibraries))
            if (!isPss(lib))
                libs << quoteLiteral(lib);
        libs << QStringLiteral("'pg_stat_statements'");
        lines << QStringLiteral("ALTER SYSTEM SET shared_preload_libraries = %1;")
                     .arg(libs.join(QStringLiteral(", ")));
        lines << Tr::tr(
            "-- restart needed: sudo systemctl restart postgresql (or pg_ctl restart -D <data directory>)");
        if (extVersion.isEmpty())
            lines << QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements;");
        break;
    }
    case State::NotCreated:
        lines << QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements;");
        break;
    case State::ExtensionOutdated:
        lines << QStringLiteral("ALTER EXTENSION pg_stat_statements UPDATE;");
        break;
    default:
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList StatementAvailability::warnings() const {
    QStringList w;
    if (!usable())
        return w;
    if (hiddenStatements > 0)
        w << Tr::tr("%n statement(s) of other roles hide their text and query id from role \"%1\"; they are "
                    "summed "
                    "per role and database. To see them: GRANT pg_read_all_stats TO %2;",
                    nullptr, hiddenStatements)
                 .arg(role, sqlName(role));
    if (track == QLatin1String("none"))
        w << Tr::tr("pg_stat_statements.track = none: nothing new is counted. ALTER SYSTEM SET "
                    "pg_stat_statements.track "
                    "= 'top'; SELECT pg_reload_conf();");
    if (computeQueryId == QLatin1String("off"))
        w << Tr::tr(
            "compute_query_id = off: statements get no query id and are not counted. ALTER SYSTEM SET "
            "compute_query_id = 'auto'; SELECT pg_reload_conf();");
    if (!trackIoTiming)
        w << Tr::tr(
            "track_io_timing = off: I/O times stay at zero. ALTER SYSTEM SET track_io_timing = on; SELECT "
            "pg_reload_conf();");
    if (!availableVersion.isEmpty() && !extVersion.isEmpty() && availableVersion != extVersion)
        w << Tr::tr("The extension is at version %1, the server ships %2: ALTER EXTENSION pg_stat_statements "
                    "UPDATE;")
                 .arg(extVersion, availableVersion);
    return w;
}

QString StatementAvailability::report() const {
    QStringList parts{headline()};
    if (const QString e = explanation(); !e.isEmpty())
        parts << e;
    if (const QString f = fixSql(); !f.isEmpty())
        parts << f;
    parts << warnings();
    return parts.join(QLatin1Char('\n'));
}

} // namespace monitor
