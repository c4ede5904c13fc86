#include "cli/report.h"

#include "cli/command.h"
#include "cli/history.h"
#include "core/profilestore.h"
#include "core/serversession.h"
#include "history/store.h"
#include "pg/connection.h"
#include "report/reportfile.h"
#include "sessionhistory/historytime.h"
#include "sessionhistory/sessionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli_report)
};
} // namespace

QCoro::Task<int> runReport(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("A report to hand over: one self-contained HTML file (charts inline, no network needed) or a "
               "PDF, with server facts, health checks, configuration advice, top statements, the period's "
               "wait-event profile and lock incidents (from the history store), replication, vacuum and "
               "alerts."));
    addDsnOption(p);
    p.addOption({QStringLiteral("server"), Tr::tr("A saved server's name instead of --dsn."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("from"),
                 Tr::tr("Start of the period: ISO time or relative (-15m, -2h, -1d); "
                        "default -24h."),
                 QStringLiteral("T"), QStringLiteral("-24h")});
    p.addOption({QStringLiteral("to"), Tr::tr("End of the period: ISO time, relative, or now (default)."),
                 QStringLiteral("T"), QStringLiteral("now")});
    p.addOption({QStringLiteral("store"),
                 Tr::tr("History store: an SQLite file, or a PostgreSQL DSN (default: the GUI's store)."),
                 QStringLiteral("PATH|DSN")});
    p.addOption({QStringLiteral("output"), Tr::tr("The file to write (required)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("format"),
                 Tr::tr("html or pdf (default: from the file's extension, else html)."),
                 QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("top"), Tr::tr("Statements listed (default 10)."), QStringLiteral("N"),
                 QStringLiteral("10")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("report"), args, &code))
        co_return code;

    const QString output = p.value(QStringLiteral("output"));
    QString format = p.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? QStringLiteral("pdf")
                                                                             : QStringLiteral("html");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto from = sessionhistory::parseHistoryTime(p.value(QStringLiteral("from")), now);
    const auto to = sessionhistory::parseHistoryTime(p.value(QStringLiteral("to")), now);
    bool topOk = false;
    const int top = p.value(QStringLiteral("top")).toInt(&topOk);
    if (output.isEmpty() || (format != QLatin1String("html") && format != QLatin1String("pdf")) || !from ||
        !to || *to <= *from || !topOk || top <= 0 ||
        (p.isSet(QStringLiteral("dsn")) == p.isSet(QStringLiteral("server")))) {
        err(Tr::tr(
            "pgdba report: give --dsn or --server (one of them) and --output FILE; --format html or pdf; "
            "--from/--to an ISO time, a relative time (-2h, -1d) or now, --from before --to."));
        co_return 64;
    }

    pg::ConnInfo info = connInfo(p);
    QString name = info.displayName();
    if (p.isSet(QStringLiteral("server"))) {
        const QString wanted = p.value(QStringLiteral("server"));
        const core::ProfileStore profiles;
        bool found = false;
        for (const auto &pr : profiles.profiles())
            if (pr.name == wanted || pr.id == wanted) {
                info = pr.connInfo();
                name = pr.displayName();
                found = true;
                break;
            }
        if (!found) {
            err(Tr::tr("pgdba report: no saved server is called \"%1\" (pgdba server list shows them).")
                    .arg(wanted));
            co_return 64;
        }
    }

    pg::Connection c;
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba report");
    c.setOptions(o);
    if (auto e = co_await c.open(info)) {
        err(QStringLiteral("pgdba report: ") + e->message);
        co_return 2;
    }

    history::Store store;
    report::Options ro;
    ro.fromMs = *from;
    ro.toMs = *to;
    ro.serverName = name;
    ro.serverKey = core::ServerSession::historyKeyFor(info);
    ro.topStatements = top;
    if (openHistoryStore(store, p.value(QStringLiteral("store")))) {
        sessionhistory::SessionWriter(store.database()).ensureSchema();
        ro.storeConnection = store.database().connectionName();
    } else {
        err(Tr::tr("pgdba report: the history store cannot be opened (%1); the report has no history.")
                .arg(store.lastError()));
    }
    const std::optional<bool> pdf = format == QLatin1String("pdf");
    const auto error = co_await report::writeReport(&c, ro, output, pdf);
    store.close();
    if (error) {
        err(QStringLiteral("pgdba report: ") + *error);
        co_return 3;
    }
    out(Tr::tr("Report of %1 (%2 to %3) written to %4")
            .arg(name, QDateTime::fromMSecsSinceEpoch(*from).toString(Qt::ISODate),
                 QDateTime::fromMSecsSinceEpoch(*to).toString(Qt::ISODate), output));
    co_return 0;
}

} // namespace cli
