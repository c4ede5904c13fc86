#include "cli/history.h"

#include "cli/command.h"
#include "core/profilestore.h"
#include "core/serversession.h"
#include "history/store.h"
#include "record/recorder.h"
#include "sessionhistory/historytime.h"
#include "sessionhistory/sessionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli_history)
};

// The store's name of a server: as stored (host:port), or a saved server's name.
QString resolveServer(const QString &given, const QStringList &known) {
    if (given.isEmpty())
        return known.size() == 1 ? known.first() : QString();
    if (known.contains(given))
        return given;
    const core::ProfileStore profiles;
    for (const auto &p : profiles.profiles())
        if (p.name == given || p.id == given) {
            const QString key = core::ServerSession::historyKeyFor(p.connInfo());
            if (known.contains(key))
                return key;
        }
    return {};
}

QString iso(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString padRight(const QString &s, int w) {
    return s.size() >= w ? s : s + QString(w - s.size(), QLatin1Char(' '));
}
} // namespace

// The same store specification as `pgdba record --store`.
bool openHistoryStore(history::Store &store, const QString &spec) {
    const bool dsn = spec.startsWith(QLatin1String("postgres://")) ||
                     spec.startsWith(QLatin1String("postgresql://")) || spec.contains(QLatin1Char('='));
    if (!dsn)
        return store.open(spec);
    const pg::ConnInfo info(spec);
    const QString port = info.get("port");
    return store.open(info.get("dbname"), QStringLiteral("QPSQL"), info.get("host"),
                      port.isEmpty() ? -1 : port.toInt(), info.get("user"), info.get("password"));
}

QCoro::Task<int> runHistory(QStringList args) {
    const bool incidents = !args.isEmpty() && args.first() == QLatin1String("incidents");
    if (incidents)
        args.removeFirst();
    QCommandLineParser p;
    p.setApplicationDescription(
        incidents
            ? Tr::tr("Lock incidents of the recorded session history: sessions that waited for a lock at "
                     "least 1 s, with the root blocker, how long, and how many sessions were blocked.")
            : Tr::tr("Recorded session history (from `pgdba record` or the GUI): the top wait events, "
                     "queries, users, applications, databases or clients of a window, by average active "
                     "sessions. `pgdba history incidents` lists the lock incidents."));
    p.addOption({QStringLiteral("store"),
                 Tr::tr("History store: an SQLite file, or a PostgreSQL DSN (default: the GUI's store)."),
                 QStringLiteral("PATH|DSN")});
    p.addOption(
        {QStringLiteral("server"),
         Tr::tr("The server as recorded (host:port) or a saved server's name (default: the only one)."),
         QStringLiteral("NAME")});
    p.addOption({QStringLiteral("from"), Tr::tr("Start: ISO time or relative (-15m, -2h, -1d); default -1h."),
                 QStringLiteral("T"), QStringLiteral("-1h")});
    p.addOption({QStringLiteral("to"), Tr::tr("End: ISO time, relative, or now (default)."),
                 QStringLiteral("T"), QStringLiteral("now")});
    if (!incidents) {
        p.addOption(
            {QStringLiteral("by"),
             Tr::tr("Group by: wait, query, user, application, database, client or class (default wait)."),
             QStringLiteral("DIM"), QStringLiteral("wait")});
        p.addOption({QStringLiteral("top"), Tr::tr("At most N rows (default 10; 0: all)."),
                     QStringLiteral("N"), QStringLiteral("10")});
        p.addOption({QStringLiteral("level"),
                     Tr::tr("Read raw samples, minute or hour aggregates (default: chosen by the window)."),
                     QStringLiteral("raw|minute|hour")});
    }
    p.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    int code = 0;
    if (!parseArgs(p, incidents ? QStringLiteral("history incidents") : QStringLiteral("history"), args,
                   &code))
        co_return code;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto from = sessionhistory::parseHistoryTime(p.value(QStringLiteral("from")), now);
    const auto to = sessionhistory::parseHistoryTime(p.value(QStringLiteral("to")), now);
    if (!from || !to || *to <= *from) {
        err(Tr::tr(
            "pgdba history: --from and --to take an ISO time (2026-12-06T03:12:00), a relative time (-15m, "
            "-2h, -1d) or now, with --from before --to."));
        co_return 64;
    }
    std::optional<sessionhistory::Dim> dim;
    sessionhistory::Level level = sessionhistory::Level::Auto;
    int top = 10;
    if (!incidents) {
        dim = sessionhistory::dimFromName(p.value(QStringLiteral("by")));
        bool ok = false;
        top = p.value(QStringLiteral("top")).toInt(&ok);
        const QString lv = p.value(QStringLiteral("level"));
        if (lv == QLatin1String("raw"))
            level = sessionhistory::Level::Raw;
        else if (lv == QLatin1String("minute"))
            level = sessionhistory::Level::Minute;
        else if (lv == QLatin1String("hour"))
            level = sessionhistory::Level::Hour;
        if (!dim || !ok || top < 0 || (!lv.isEmpty() && level == sessionhistory::Level::Auto)) {
            err(Tr::tr("pgdba history: --by takes wait, query, user, application, database, client or class; "
                       "--top a "
                       "number; --level raw, minute or hour."));
            co_return 64;
        }
    }

    history::Store store;
    if (!openHistoryStore(store, p.value(QStringLiteral("store")))) {
        err(Tr::tr("pgdba history: cannot open the history store %1: %2")
                .arg(store.fileName().isEmpty() ? p.value(QStringLiteral("store")) : store.fileName(),
                     store.lastError()));
        co_return 4;
    }
    sessionhistory::SessionWriter(store.database()).ensureSchema();
    int result = 0;
    {
        sessionhistory::SessionReader reader(store.database().connectionName());
        const QStringList known = reader.servers();
        const QString server = resolveServer(p.value(QStringLiteral("server")), known);
        if (server.isEmpty()) {
            err(known.isEmpty()
                    ? Tr::tr("pgdba history: the store %1 holds no session history yet (run pgdba record).")
                          .arg(store.fileName())
                    : Tr::tr("pgdba history: give --server; the store holds: %1")
                          .arg(known.join(QStringLiteral(", "))));
            result = 2;
        } else if (incidents) {
            const auto list = reader.incidents(server, *from, *to);
            if (p.isSet(QStringLiteral("json"))) {
                QJsonArray a;
                for (const auto &i : list)
                    a << QJsonObject{{QStringLiteral("start"), iso(i.startMs)},
                                     {QStringLiteral("end"), iso(i.endMs)},
                                     {QStringLiteral("duration_s"), i.durationS()},
                                     {QStringLiteral("root_pid"), i.rootPid},
                                     {QStringLiteral("root_state"), i.rootState},
                                     {QStringLiteral("root_query"), i.rootQuery},
                                     {QStringLiteral("blocked_max"), i.blockedMax},
                                     {QStringLiteral("wait_mode"), i.waitMode},
                                     {QStringLiteral("relation"), i.relation}};
                out(jsonText(QJsonDocument(a)));
            } else if (list.isEmpty()) {
                out(Tr::tr("No lock incidents on %1 in this window.").arg(server));
            } else {
                for (const auto &i : list)
                    out(Tr::tr("%1  %2 s  %3 blocked  root pid %4 (%5) %6  [%7 %8]")
                            .arg(QDateTime::fromMSecsSinceEpoch(i.startMs).toString(Qt::ISODate))
                            .arg(i.durationS(), 0, 'f', 1)
                            .arg(i.blockedMax)
                            .arg(i.rootPid)
                            .arg(i.rootState, i.rootQuery.left(80), i.waitMode, i.relation));
            }
        } else {
            auto list = reader.top(server, *from, *to, *dim, top, level);
            // Top queries: calls and mean time from the statements history of the window.
            const bool queries = *dim == sessionhistory::Dim::Query;
            if (queries)
                reader.addStatementStats(server, *from, *to, &list);
            if (p.isSet(QStringLiteral("json"))) {
                QJsonArray a;
                for (const auto &e : list) {
                    QJsonObject o{{QStringLiteral("key"), e.key},
                                  {QStringLiteral("samples"), e.samples},
                                  {QStringLiteral("avg_active"), e.avgActive},
                                  {QStringLiteral("share"), e.share}};
                    if (queries) { // null: no statements history for it in the window
                        o.insert(QStringLiteral("calls"), e.calls < 0 ? QJsonValue() : QJsonValue(e.calls));
                        o.insert(QStringLiteral("mean_ms"),
                                 e.calls > 0 ? QJsonValue(e.meanMs) : QJsonValue());
                    }
                    a << o;
                }
                out(jsonText(QJsonDocument(a)));
            } else if (list.isEmpty()) {
                out(Tr::tr("No active sessions recorded on %1 in this window.").arg(server));
            } else {
                out(padRight(Tr::tr("avg active"), 11) + padRight(Tr::tr("share"), 8) +
                    padRight(Tr::tr("samples"), 10) +
                    (queries ? padRight(Tr::tr("calls"), 10) + padRight(Tr::tr("mean ms"), 10) : QString()) +
                    sessionhistory::dimName(*dim));
                for (const auto &e : list)
                    out(padRight(QString::number(e.avgActive, 'f', 2), 11) +
                        padRight(QString::number(e.share * 100.0, 'f', 1) + QLatin1Char('%'), 8) +
                        padRight(QString::number(e.samples), 10) +
                        (queries
                             ? padRight(e.calls < 0 ? QStringLiteral("-") : QString::number(e.calls), 10) +
                                   padRight(e.calls > 0 ? QString::number(e.meanMs, 'f', 2)
                                                        : QStringLiteral("-"),
                                            10)
                             : QString()) +
                        e.key.left(100));
            }
        }
    }
    store.close();
    co_return result;
}

} // namespace cli
