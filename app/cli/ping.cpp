#include "cli/ping.h"

#include "cli/command.h"
#include "pg/connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

QCoro::Task<int> runPing(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("cli", "Connect, print server facts and the round trip."));
    addDsnOption(p);
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("ping"), args, &code))
        co_return code;

    pg::Connection c;
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba ping");
    c.setOptions(o);
    if (auto e = co_await c.open(connInfo(p))) {
        err(QStringLiteral("pgdba: ") + e->message);
        co_return 2;
    }
    const pg::Result r = co_await c.query(QStringLiteral("SELECT 1"));
    if (!r.ok()) {
        err(QStringLiteral("pgdba: ") + r.error()->message);
        co_return 2;
    }
    const auto &f = c.facts();
    auto yn = [](bool b) {
        return b ? QCoreApplication::translate("cli", "yes") : QCoreApplication::translate("cli", "no");
    };
    if (p.isSet(QStringLiteral("json"))) {
        out(jsonText(QJsonDocument(QJsonObject{{QStringLiteral("server_version"), f.version},
                                               {QStringLiteral("server_version_num"), f.versionNum},
                                               {QStringLiteral("role"), f.role},
                                               {QStringLiteral("database"), f.database},
                                               {QStringLiteral("superuser"), f.superuser},
                                               {QStringLiteral("pg_monitor"), f.pgMonitor},
                                               {QStringLiteral("pg_signal_backend"), f.pgSignalBackend},
                                               {QStringLiteral("round_trip_ms"), c.lastRoundTripMs()}})));
        co_return 0;
    }
    out(QCoreApplication::translate("cli", "server:      PostgreSQL %1 (%2)")
            .arg(f.version)
            .arg(f.versionNum));
    out(QCoreApplication::translate("cli", "connected:   %1").arg(c.connInfo().displayName()));
    out(QCoreApplication::translate("cli", "role:        %1").arg(f.role));
    out(QCoreApplication::translate("cli", "superuser:   %1").arg(yn(f.superuser)));
    out(QCoreApplication::translate("cli", "pg_monitor:  %1").arg(yn(f.pgMonitor || f.superuser)));
    out(QCoreApplication::translate("cli", "round trip:  %1 ms").arg(c.lastRoundTripMs(), 0, 'f', 2));
    co_return 0;
}

} // namespace cli
