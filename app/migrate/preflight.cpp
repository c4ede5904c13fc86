#include "migrate/preflight.h"

#include "migrate/destructive.h"

#include "migrate/dbstate.h"
#include "migrate/indexcheck.h"
#include "migrate/statementinfo.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPointer>

#include <climits>

namespace migrate {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(migrate_Preflight)
};
QString trn(const char *s, int n) {
    return QCoreApplication::translate("migrate::Preflight", s, nullptr, n);
}
QString sqlOf(const QString &name) {
    return pg::sqlFile(QStringLiteral("migrate/") + name);
}

Check make(const QString &key, Check::Level level, const QString &subject, const QString &title,
           const QString &detail = {}) {
    Check c;
    c.key = key;
    c.level = level;
    c.subject = subject;
    c.title = title;
    c.detail = detail;
    return c;
}

QString seconds(int ms) {
    return QLocale().toString(ms / 1000.0, 'g', 3) + QStringLiteral(" s");
}

struct Feature {
    QString what;
    int minVersion;
};

// Features of the plan that need a minimum server version.
QList<Feature> featuresOf(const QList<StatementInfo> &statements) {
    QList<Feature> f;
    for (const auto &s : statements) {
        if (s.kind == StatementInfo::Kind::CreateIndex) {
            if (!s.index.include.isEmpty())
                f << Feature{QStringLiteral("INCLUDE"), 110000};
            if (s.index.method == QLatin1String("brin"))
                f << Feature{QStringLiteral("BRIN"), 90500};
            if (s.index.ifNotExists)
                f << Feature{QStringLiteral("CREATE INDEX IF NOT EXISTS"), 90500};
        }
        if (s.kind == StatementInfo::Kind::DropIndex && s.concurrently)
            f << Feature{QStringLiteral("DROP INDEX CONCURRENTLY"), 90200};
        if (s.kind == StatementInfo::Kind::Reindex && s.concurrently)
            f << Feature{QStringLiteral("REINDEX CONCURRENTLY"), 120000};
    }
    return f;
}

QString versionText(int num) {
    return num >= 100000 ? QString::number(num / 10000)
                         : QStringLiteral("%1.%2").arg(num / 10000).arg(num / 100 % 100);
}
} // namespace

QString Preflight::dropIndexSql(const QString &qualifiedName) {
    QString sql = sqlOf(QStringLiteral("drop_index"));
    return sql.replace(QStringLiteral("{index}"), qualifiedName);
}

QCoro::Task<std::optional<pg::Error>> Preflight::dropIndex(pg::Connection *c, QString qualifiedName) {
    const pg::Result r = co_await c->query(dropIndexSql(qualifiedName));
    co_return r.error();
}

QCoro::Task<std::optional<pg::Error>> Preflight::setupSession(pg::Connection *c, int lockTimeoutMs) {
    QVariantList p;
    p << QString::number(lockTimeoutMs);
    const pg::Result r = co_await c->query(sqlOf(QStringLiteral("session_setup")), p);
    co_return r.error();
}

QCoro::Task<PreflightReport> Preflight::run(pg::Connection *c, Plan plan, PreflightOptions options) {
    QPointer<pg::Connection> conn(c);
    PreflightReport report;
    report.lockTimeoutMs = options.lockTimeoutMs;
    auto &out = report.checks;
    if (plan.isEmpty()) {
        out << make(QStringLiteral("plan"), Check::Level::Fail, Tr::tr("run"), Tr::tr("Nothing to run"),
                    plan.error);
        co_return report;
    }
    if (auto e = co_await setupSession(c, options.lockTimeoutMs)) {
        out << make(QStringLiteral("session"), Check::Level::Fail, Tr::tr("server"),
                    Tr::tr("Could not prepare the session"), e->toString());
        co_return report;
    }
    if (!conn)
        co_return report;
    const pg::Result srv = co_await c->query(sqlOf(QStringLiteral("preflight_server")));
    if (!conn)
        co_return report;
    if (!srv.ok()) {
        out << make(QStringLiteral("server"), Check::Level::Fail, Tr::tr("server"),
                    Tr::tr("Could not read the server's facts"), srv.error()->toString());
        co_return report;
    }
    const int versionNum = int(srv.int64(0, "version_num"));
    report.hypopg = !srv.isNull(0, "hypopg");
    if (srv.boolean(0, "in_recovery"))
        out << make(QStringLiteral("recovery"), Check::Level::Fail, Tr::tr("server"),
                    Tr::tr("The server is a standby (in recovery)"),
                    Tr::tr("A standby is read-only; run migrations on the primary."));

    // Parse every migration of the plan first: structure problems come before database checks.
    QList<StatementInfo> all;
    bool concurrentWork = false;
    QStringList touchedTables;
    for (const Migration &m : plan.migrations) {
        const ScriptInfo script = analyzeScript(m.sql(plan.direction));
        const QString subject = m.title();
        if (!script.ok()) {
            out << make(QStringLiteral("parse:") + m.version, Check::Level::Fail, subject,
                        Tr::tr("The file cannot be split into statements: %1 (line %2)")
                            .arg(script.error)
                            .arg(script.errorLine));
            continue;
        }
        const bool tx = m.transactional(plan.direction);
        QStringList outside, control;
        for (const auto &s : script.statements) {
            all << s;
            if (s.outsideTransactionOnly)
                outside << s.summary();
            if (s.kind == StatementInfo::Kind::TransactionControl)
                control << s.statement.sql.simplified();
            if (s.concurrently)
                concurrentWork = true;
            if (s.kind == StatementInfo::Kind::CreateIndex && !touchedTables.contains(s.index.table.sql))
                touchedTables << s.index.table.sql;
        }
        if (!control.isEmpty())
            out << make(
                QStringLiteral("transaction_control:") + m.version, Check::Level::Fail, subject,
                Tr::tr("The file controls transactions itself (%1)").arg(control.join(QStringLiteral(", "))),
                Tr::tr("pgdba runs a \"transaction: yes\" migration in one transaction and a \"transaction: "
                       "no\" "
                       "one statement by statement; remove BEGIN/COMMIT from the file."));
        if (tx && !outside.isEmpty())
            out << make(
                QStringLiteral("transaction_mode:") + m.version, Check::Level::Fail, subject,
                Tr::tr("%1 cannot run inside a transaction block").arg(outside.join(QStringLiteral("; "))),
                Tr::tr("The header says (or defaults to) \"transaction: yes\". Add \"-- transaction: no\" to "
                       "the file's header so each statement runs on its own."));
        else if (!tx)
            out << make(
                QStringLiteral("transaction_mode:") + m.version, Check::Level::Info, subject,
                trn("%n statement(s), each in its own transaction (\"transaction: no\")",
                    int(script.statements.size())),
                Tr::tr("Needed for CONCURRENTLY. If a statement fails, the ones before it stay applied and "
                       "nothing is recorded; IF NOT EXISTS / IF EXISTS let a second run continue."));
        else
            out << make(
                QStringLiteral("transaction_mode:") + m.version, Check::Level::Pass, subject,
                trn("%n statement(s) in one transaction: all or nothing", int(script.statements.size())));
        if (script.statements.isEmpty())
            out << make(QStringLiteral("empty:") + m.version, Check::Level::Info, subject,
                        Tr::tr("The file has no statements; running it only changes the version record"));
    }

    // Destructive statements: a warning naming what they destroy; `up` then needs a
    // confirmation (--yes in the CLI, a tick in the wizard).
    int destructiveCount = 0;
    for (const Migration &m : plan.migrations) {
        const ScriptInfo script = analyzeScript(m.sql(plan.direction));
        for (const StatementInfo &st : script.statements) {
            const std::optional<Destructive> d = destructiveOf(st.statement.sql);
            if (!d)
                continue;
            QStringList rows;
            for (const QualifiedName &table : d->tables) {
                QVariantList params;
                params << table.sql;
                const pg::Result r = co_await c->query(sqlOf(QStringLiteral("destructive_rows")), params);
                if (!conn)
                    co_return report;
                if (r.ok() && r.rows() > 0)
                    rows << trn("%1: about %n row(s) lost",
                                int(std::min<qint64>(r.int64(0, "rows"), INT_MAX)))
                                .arg(table.display());
                else
                    rows << Tr::tr("%1: does not exist now").arg(table.display());
            }
            Check ch =
                make(QStringLiteral("destructive:%1").arg(++destructiveCount), Check::Level::Warn, m.title(),
                     Tr::tr("Destructive: %1 %2").arg(d->action, d->objects.join(QStringLiteral(", "))),
                     Tr::tr("This statement destroys data or objects that a later migration cannot bring "
                            "back. It runs only after an explicit confirmation."));
            ch.rows = rows;
            out << ch;
        }
    }

    // Server version against what the statements use.
    QStringList tooNew, used;
    for (const Feature &f : featuresOf(all)) {
        const QString label = QStringLiteral("%1 (%2+)").arg(f.what, versionText(f.minVersion));
        if (used.contains(label))
            continue;
        used << label;
        if (versionNum < f.minVersion)
            tooNew << label;
    }
    const QString server =
        c->facts().shortVersion().isEmpty() ? versionText(versionNum) : c->facts().shortVersion();
    if (!tooNew.isEmpty())
        out << make(
            QStringLiteral("server_version"), Check::Level::Fail, Tr::tr("server"),
            Tr::tr("PostgreSQL %1 does not support %2").arg(server, tooNew.join(QStringLiteral(", "))));
    else
        out << make(QStringLiteral("server_version"), Check::Level::Pass, Tr::tr("server"),
                    used.isEmpty() ? Tr::tr("PostgreSQL %1").arg(server)
                                   : Tr::tr("PostgreSQL %1 supports everything used: %2")
                                         .arg(server, used.join(QStringLiteral(", "))));

    // Statement by statement.
    CheckContext ctx;
    ctx.serverVersionNum = versionNum;
    ctx.hypopg = report.hypopg;
    QHash<QString, QString> shapes; // normal form -> index name, for duplicates inside the plan
    for (const StatementInfo &s : std::as_const(all)) {
        switch (s.kind) {
        case StatementInfo::Kind::CreateIndex: {
            QString shape;
            const QList<Check> checks = co_await IndexCheck::run(c, s, ctx, &shape);
            if (!conn)
                co_return report;
            out << checks;
            if (!shape.isEmpty()) {
                const QString key = s.index.table.display().toLower() + QLatin1Char('|') + shape;
                if (shapes.contains(key))
                    out << make(QStringLiteral("duplicate_in_plan:") + s.index.name, Check::Level::Warn,
                                s.index.name,
                                Tr::tr("%1 has the same definition as %2 earlier in this run")
                                    .arg(s.index.name, shapes.value(key)));
                else
                    shapes.insert(key, s.index.name);
            }
            ctx.indexesCreated << s.index.name;
            break;
        }
        case StatementInfo::Kind::CreateTable: {
            for (const auto &n : s.names) {
                ctx.tablesCreated << n.display().toLower() << n.name.toLower();
                QVariantList p;
                p << QVariant(QStringList{n.sql});
                const pg::Result r = co_await c->query(sqlOf(QStringLiteral("relations_exist")), p);
                if (!conn)
                    co_return report;
                if (!r.ok() || r.rows() != 1 || !r.boolean(0, "present"))
                    continue;
                out << make(
                    QStringLiteral("table_exists:") + n.display(),
                    s.ifExists ? Check::Level::Info : Check::Level::Fail, n.display(),
                    Tr::tr("Table %1 already exists").arg(n.display()),
                    s.ifExists
                        ? Tr::tr("IF NOT EXISTS skips it.")
                        : Tr::tr(
                              "The schema is there but this migration is not recorded: it was made outside "
                              "pgdba (e.g. by pgdba demo init or by hand). If it matches the file, record it "
                              "without running it: \"Mark as applied…\" on the Migrations page, or "
                              "pgdba migrate baseline VERSION."));
            }
            break;
        }
        case StatementInfo::Kind::DropIndex: {
            if (s.concurrently && s.names.size() > 1)
                out << make(QStringLiteral("drop_many:") + s.names.first().name, Check::Level::Fail,
                            s.summary(), Tr::tr("DROP INDEX CONCURRENTLY drops one index per statement"));
            for (const auto &n : s.names) {
                QVariantList p;
                p << n.sql;
                const pg::Result r = co_await c->query(sqlOf(QStringLiteral("preflight_drop_index")), p);
                if (!conn)
                    co_return report;
                const QString key = QStringLiteral("drop:") + n.display();
                if (!r.ok())
                    out << make(key, Check::Level::Fail, n.display(),
                                Tr::tr("Could not look up index %1").arg(n.display()), r.error()->toString());
                else if (r.rows() == 0)
                    out << make(key, s.ifExists ? Check::Level::Info : Check::Level::Fail, n.display(),
                                Tr::tr("Index %1 does not exist").arg(n.display()),
                                s.ifExists ? Tr::tr("IF EXISTS skips it.")
                                           : Tr::tr("Without IF EXISTS the statement fails."));
                else if (!r.isNull(0, "constraint_name"))
                    out << make(
                        key, Check::Level::Fail, n.display(),
                        Tr::tr("Index %1 backs constraint %2").arg(n.display(), r.text(0, "constraint_name")),
                        Tr::tr("DROP INDEX refuses it; drop the constraint with ALTER TABLE instead."));
                else
                    out << make(key, Check::Level::Pass, n.display(),
                                Tr::tr("Index %1 on %2 will be dropped (%3)")
                                    .arg(n.display(), r.text(0, "table_name"),
                                         QLocale().formattedDataSize(r.int64(0, "size_bytes"))));
            }
            break;
        }
        case StatementInfo::Kind::CreateExtension: {
            QVariantList p;
            p << s.extension;
            const pg::Result r = co_await c->query(sqlOf(QStringLiteral("preflight_extension")), p);
            if (!conn)
                co_return report;
            const QString key = QStringLiteral("extension:") + s.extension;
            if (!r.ok() || r.rows() == 0) {
                out << make(key, Check::Level::Fail, s.extension,
                            Tr::tr("Extension %1 is not available on this server").arg(s.extension),
                            r.ok() ? Tr::tr("Install the package that provides it.") : r.error()->toString());
                break;
            }
            if (!r.isNull(0, "installed_version")) {
                out << make(key, s.ifExists ? Check::Level::Info : Check::Level::Fail, s.extension,
                            Tr::tr("Extension %1 %2 is already installed")
                                .arg(s.extension, r.text(0, "installed_version")),
                            s.ifExists ? Tr::tr("IF NOT EXISTS skips it.")
                                       : Tr::tr("Without IF NOT EXISTS the statement fails."));
            } else if (!r.boolean(0, "trusted") && !srv.boolean(0, "superuser")) {
                out << make(key, Check::Level::Fail, s.extension,
                            Tr::tr("Creating extension %1 needs a superuser").arg(s.extension),
                            Tr::tr("Role %1 is not a superuser and %2 is not a trusted extension.")
                                .arg(c->facts().role, s.extension));
            } else {
                out << make(
                    key, Check::Level::Pass, s.extension,
                    Tr::tr("Extension %1 %2 will be created").arg(s.extension, r.text(0, "default_version")));
            }
            if (s.extension == QLatin1String("pg_stat_statements") &&
                !r.text(0, "preload").contains(QLatin1String("pg_stat_statements")))
                out << make(
                    key + QStringLiteral(":preload"), Check::Level::Warn, s.extension,
                    Tr::tr("pg_stat_statements is not in shared_preload_libraries"),
                    Tr::tr("The extension can be created, but its view fails until the library is preloaded: "
                           "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements' and restart."));
            break;
        }
        default:
            break;
        }
    }

    // INVALID leftovers on the tables this plan touches (the ones named by the plan are
    // reported with their statement).
    std::optional<pg::Error> invErr;
    const QList<InvalidIndex> invalid = co_await VersionStore::invalidIndexes(c, &invErr);
    if (!conn)
        co_return report;
    for (const InvalidIndex &inv : invalid) {
        if (ctx.indexesCreated.contains(inv.name))
            continue;
        bool touched = false;
        for (const QString &t : std::as_const(touchedTables))
            touched = touched || t.section(QLatin1Char('.'), -1).remove(QLatin1Char('"')) == inv.table;
        if (!touched)
            continue;
        Check ch = make(
            QStringLiteral("invalid:") + inv.qualifiedName(),
            inv.buildingPid ? Check::Level::Info : Check::Level::Warn, inv.name,
            inv.buildingPid
                ? Tr::tr("Index %1 is being built by pid %2").arg(inv.name).arg(inv.buildingPid)
                : Tr::tr("INVALID index %1 on %2 (left by an interrupted build)").arg(inv.name, inv.table),
            inv.definition);
        if (!inv.buildingPid)
            ch.dropIndex = pg::Connection::quoteIdentOffline(inv.schema) + QLatin1Char('.') +
                           pg::Connection::quoteIdentOffline(inv.name);
        out << ch;
    }

    // Long transactions stall a concurrent build (and queue a plain one).
    QVariantList lp;
    lp << options.longTransactionSeconds;
    const pg::Result lt = co_await c->query(sqlOf(QStringLiteral("preflight_transactions")), lp);
    if (!conn)
        co_return report;
    if (lt.ok() && lt.rows() > 0) {
        Check ch = make(
            QStringLiteral("long_transactions"), concurrentWork ? Check::Level::Warn : Check::Level::Info,
            Tr::tr("run"),
            trn("%n transaction(s) open longer than %1 s", lt.rows()).arg(options.longTransactionSeconds),
            concurrentWork
                ? Tr::tr("A concurrent build waits until every older transaction ends; after the lock "
                         "timeout (%1) it gives up and pgdba drops the INVALID index it leaves. "
                         "End or wait for these first (Activity page).")
                      .arg(seconds(options.lockTimeoutMs))
                : Tr::tr("Statements that need a lock these sessions hold wait up to the lock timeout."));
        for (int i = 0; i < lt.rows(); ++i)
            ch.rows << Tr::tr("pid %1 · %2 · %3 · open %4 · %5")
                           .arg(lt.int64(i, "pid"))
                           .arg(lt.text(i, "role"), lt.text(i, "state"), seconds(int(lt.int64(i, "xact_ms"))),
                                lt.text(i, "query"));
        ch.link = QStringLiteral("activity");
        out << ch;
    } else if (lt.ok()) {
        out << make(QStringLiteral("long_transactions"), Check::Level::Pass, Tr::tr("run"),
                    Tr::tr("No transaction open longer than %1 s").arg(options.longTransactionSeconds));
    }

    out << make(
        QStringLiteral("lock_timeout"), Check::Level::Info, Tr::tr("run"),
        Tr::tr("lock_timeout = %1 for this run").arg(seconds(options.lockTimeoutMs)),
        Tr::tr(
            "A statement that waits longer than this for a lock gives up, so the sessions queued behind it "
            "(writers) never wait longer. CONCURRENTLY builds take only SHARE UPDATE EXCLUSIVE: inserts and "
            "updates go on during the build."));
    if (plan.direction == Direction::Up)
        out << make(
            QStringLiteral("hypopg"), Check::Level::Info, Tr::tr("server"),
            report.hypopg
                ? Tr::tr("HypoPG is installed: plans with hypothetical indexes are shown before building")
                : Tr::tr("HypoPG is not installed in this database: no hypothetical plans"),
            report.hypopg ? QString()
                          : Tr::tr("CREATE EXTENSION hypopg enables cost estimates before a build."));
    co_return report;
}

} // namespace migrate
