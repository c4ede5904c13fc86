#include "cli/advise.h"

#include "advisor/advicemigration.h"
#include "advisor/advisor.h"
#include "cli/command.h"
#include "cli/history.h"
#include "core/serversession.h"
#include "history/store.h"
#include "migrate/catalog.h"
#include "pg/connection.h"
#include "plans/planstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli_advise)
};

// auto_explain's literal texts the history store keeps for this server, by query id.
QHash<qint64, QList<QPair<QString, int>>> literalTexts(const QString &storeArg, const QString &server) {
    QHash<qint64, QList<QPair<QString, int>>> out;
    history::Store store;
    if (!openHistoryStore(store, storeArg))
        return out;
    {
        plans::PlanStore plans(store.database().connectionName());
        if (plans.ensureSchema())
            out = plans.literalTexts(server);
    }
    store.close();
    return out;
}
} // namespace

QCoro::Task<int> runAdvise(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
        "Index advice for the whole workload of the DSN's database: candidate indexes from the plans of "
        "the top statements of pg_stat_statements, costed with HypoPG (nothing is built), chosen by "
        "benefit per MB; and indexes to drop (duplicates, prefixes of another, never used)."));
    addDsnOption(p);
    p.addOption({QStringLiteral("top"), Tr::tr("Statements by total time to consider (default 50)."),
                 QStringLiteral("N"), QStringLiteral("50")});
    p.addOption({QStringLiteral("max-indexes"), Tr::tr("At most this many new indexes (default 8)."),
                 QStringLiteral("K"), QStringLiteral("8")});
    p.addOption({QStringLiteral("write-migration"),
                 Tr::tr("Write the new indexes as the next migration of DIR (CREATE INDEX CONCURRENTLY, with "
                        "its down file)."),
                 QStringLiteral("DIR")});
    p.addOption(
        {QStringLiteral("include-drops"), Tr::tr("With --write-migration: also the proposed drops.")});
    p.addOption(
        {QStringLiteral("store"),
         Tr::tr("History store with auto_explain plans (literal texts): an SQLite file or a PostgreSQL "
                "DSN (default: the GUI's store)."),
         QStringLiteral("PATH|DSN")});
    p.addOption({QStringLiteral("allow-writes"),
                 Tr::tr("Also plan statements that write (INSERT, UPDATE, DELETE, FOR UPDATE): EXPLAIN only, "
                        "they are never run.")});
    p.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("advise"), args, &code))
        co_return code;
    bool okTop = false, okMax = false;
    advisor::Options o;
    o.top = p.value(QStringLiteral("top")).toInt(&okTop);
    o.maxIndexes = p.value(QStringLiteral("max-indexes")).toInt(&okMax);
    if (!p.isSet(QStringLiteral("dsn")) || !okTop || !okMax || o.top < 1 || o.maxIndexes < 0) {
        err(Tr::tr("pgdba advise: give --dsn, and --top/--max-indexes as positive numbers."));
        co_return 64;
    }
    o.allowWrites = p.isSet(QStringLiteral("allow-writes"));
    const pg::ConnInfo info = connInfo(p);
    o.literalTexts = literalTexts(p.value(QStringLiteral("store")), core::ServerSession::historyKeyFor(info));
    pg::Connection c;
    pg::Connection::Options co;
    co.applicationName = QStringLiteral("pgdba advise");
    c.setOptions(co);
    if (auto e = co_await c.open(info)) {
        err(QStringLiteral("pgdba advise: ") + e->message);
        co_return 2;
    }
    const advisor::Advice a = co_await advisor::advise(&c, o);
    if (!a.ok()) {
        if (p.isSet(QStringLiteral("json")))
            out(jsonText(QJsonDocument(advisor::toJson(a))));
        err(QStringLiteral("pgdba advise: ") + a.error);
        if (!a.fix.isEmpty())
            err(Tr::tr("Fix: %1").arg(a.fix));
        co_return a.fix.isEmpty() ? 1 : 3;
    }
    int result = 0;
    QString written;
    if (p.isSet(QStringLiteral("write-migration"))) {
        int builtIn = 0;
        const migrate::Catalog builtInCatalog = migrate::Catalog::builtIn();
        for (const migrate::Migration &m : builtInCatalog.migrations())
            builtIn = std::max(builtIn, m.version.toInt());
        const QList<advisor::DropProposal> drops =
            p.isSet(QStringLiteral("include-drops")) ? a.drop : QList<advisor::DropProposal>{};
        const advisor::MigrationFiles f = advisor::writeMigration(p.value(QStringLiteral("write-migration")),
                                                                  a.create, drops, a.database, builtIn);
        if (!f.ok()) {
            err(QStringLiteral("pgdba advise: ") + f.error);
            result = 4;
        } else {
            written = f.upPath;
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject j = advisor::toJson(a);
        if (!written.isEmpty())
            j.insert(QStringLiteral("migration"), written);
        out(jsonText(QJsonDocument(j)));
        co_return result;
    }
    const QLocale l = QLocale::c();
    out(Tr::tr("Database %1: %2 statements, %3 candidate indexes, %4 EXPLAINs in %5 ms (HypoPG %6).")
            .arg(a.database)
            .arg(a.statements.size())
            .arg(a.candidates)
            .arg(a.explains)
            .arg(a.elapsedMs)
            .arg(a.hypopg));
    if (a.create.isEmpty())
        out(Tr::tr("No new index would lower the workload's cost by 1 % or more."));
    for (const advisor::CreateProposal &c : a.create) {
        out(QStringLiteral("\n") + c.definition + QLatin1Char(';'));
        out(Tr::tr("  about %1; %2 index writes/s")
                .arg(l.formattedDataSize(c.sizeBytes, 1, QLocale::DataSizeTraditionalFormat),
                     c.writesPerS < 0 ? QStringLiteral("?") : QString::number(c.writesPerS, 'f', 1)));
        for (const advisor::Effect &e : c.statements)
            out(Tr::tr("  %1 calls  cost %2 -> %3  %4")
                    .arg(e.calls)
                    .arg(e.costBefore, 0, 'f', 1)
                    .arg(e.costAfter, 0, 'f', 1)
                    .arg(e.query.simplified().left(90)));
    }
    for (const advisor::DropProposal &d : a.drop) {
        out(QStringLiteral("\n") + d.dropStatement() + QLatin1Char(';'));
        out(QStringLiteral("  ") + d.reason);
        for (const advisor::Effect &e : d.statements)
            out(Tr::tr("  used by: %1 calls  %2").arg(e.calls).arg(e.query.simplified().left(90)));
    }
    if (a.workloadBefore > 0)
        out(Tr::tr("\nWorkload cost (calls x planner cost): %1 -> %2 (%3 %)")
                .arg(a.workloadBefore, 0, 'f', 0)
                .arg(a.workloadAfter, 0, 'f', 0)
                .arg(100.0 * (a.workloadBefore - a.workloadAfter) / a.workloadBefore, 0, 'f', 1));
    if (!written.isEmpty())
        out(Tr::tr("Migration written: %1").arg(written));
    co_return result;
}

} // namespace cli
