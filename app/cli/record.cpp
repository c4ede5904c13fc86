#include "cli/record.h"

#include "cli/command.h"
#include "core/passwordstore.h"
#include "core/profilestore.h"
#include "demo/stopsignal.h"
#include "fleet/fleetcollector.h"
#include "fleet/fleetrecorder.h"
#include "history/store.h"
#include "record/recorder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPointer>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli_record)
};

bool looksLikeDsn(const QString &s) {
    return s.startsWith(QLatin1String("postgres://")) || s.startsWith(QLatin1String("postgresql://")) ||
           s.contains(QLatin1Char('='));
}

// Opens the store: a file (SQLite; empty = the GUI's default) or a PostgreSQL DSN (QPSQL).
bool openStore(history::Store &store, const QString &spec) {
    if (!looksLikeDsn(spec))
        return store.open(spec);
    const pg::ConnInfo info(spec);
    const QString port = info.get("port");
    return store.open(info.get("dbname"), QStringLiteral("QPSQL"), info.get("host"),
                      port.isEmpty() ? -1 : port.toInt(), info.get("user"), info.get("password"));
}

const core::Profile *findProfile(const core::ProfileStore &profiles, const QString &name) {
    for (const auto &p : profiles.profiles())
        if (p.name == name || p.id == name)
            return &p;
    return nullptr;
}
} // namespace

QCoro::Task<int> runRecord(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Record a server headless: server statistics and activity every interval, pg_stat_statements "
               "every 10 s, into the history store the GUI reads (its Dashboard shows what was recorded). "
               "Logs a line a minute, reconnects when the server goes away, stops on SIGTERM/SIGINT.\n"
               "Exit codes: 0 stopped, 2 bad DSN or unknown server name, 3 another recorder holds the "
               "store for this server, 4 the store cannot be opened."));
    addDsnOption(p);
    p.addOption({QStringLiteral("store"),
                 Tr::tr("History store: an SQLite file, or a PostgreSQL DSN (default: the GUI's store)."),
                 QStringLiteral("PATH|DSN")});
    p.addOption({QStringLiteral("interval"), Tr::tr("Sampling interval, e.g. 1s, 500ms, 5s (default 1s)."),
                 QStringLiteral("D"), QStringLiteral("1s")});
    p.addOption({QStringLiteral("statements-interval"),
                 Tr::tr("pg_stat_statements interval (default 10s; 0 turns it off)."), QStringLiteral("D"),
                 QStringLiteral("10s")});
    p.addOption(
        {QStringLiteral("sessions-interval"),
         Tr::tr("Session history (Timeline, pgdba history) interval, 500ms to 10s (default 1s; 0 turns it "
                "off)."),
         QStringLiteral("D"), QStringLiteral("1s")});
    p.addOption({QStringLiteral("alerts-interval"),
                 Tr::tr("Alert rules: how often their metrics are read (default 10s; 0 turns alerts off)."),
                 QStringLiteral("D"), QStringLiteral("10s")});
    p.addOption(
        {QStringLiteral("server-key"),
         Tr::tr("The name to record the server under in the store (default host:port, as the GUI names "
                "it); for a team store that several servers share under one address."),
         QStringLiteral("KEY")});
    p.addOption({QStringLiteral("duration"),
                 Tr::tr("Stop after this long, e.g. 20s, 2h (default: until stopped)."),
                 QStringLiteral("D")});
    p.addOption(
        {QStringLiteral("name"),
         Tr::tr("A saved server (its name in the server list): its connection, unless --dsn is given, "
                "and its name in the log."),
         QStringLiteral("SERVER")});
    p.addOption(
        {QStringLiteral("all"),
         Tr::tr("Record every saved server (pgdba server list), one recorder each, into one store.")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("record"), args, &code))
        co_return code;

    record::Recorder::Options o;
    o.intervalMs = int(record::Recorder::parseDuration(p.value(QStringLiteral("interval"))));
    o.statementsEveryMs =
        int(record::Recorder::parseDuration(p.value(QStringLiteral("statements-interval"))));
    o.durationMs = p.isSet(QStringLiteral("duration"))
                       ? record::Recorder::parseDuration(p.value(QStringLiteral("duration")))
                       : 0;
    o.sessionsEveryMs = int(record::Recorder::parseDuration(p.value(QStringLiteral("sessions-interval"))));
    if (o.sessionsEveryMs != 0 && (o.sessionsEveryMs < 500 || o.sessionsEveryMs > 10000)) {
        err(Tr::tr("pgdba record: --sessions-interval takes 0 (off) or a time from 500ms to 10s."));
        co_return 64;
    }
    o.alertsEveryMs = int(record::Recorder::parseDuration(p.value(QStringLiteral("alerts-interval"))));
    if (o.alertsEveryMs != 0 && o.alertsEveryMs < 100) {
        err(Tr::tr("pgdba record: --alerts-interval takes 0 (off) or a time of at least 100ms."));
        co_return 64;
    }
    if (o.intervalMs < 100 || o.statementsEveryMs < 0 || o.durationMs < 0) {
        err(Tr::tr("pgdba record: --interval (at least 100ms), --statements-interval and --duration take a "
                   "time such as 500ms, 1s, 5m or 2h."));
        co_return 64;
    }
    o.name = p.value(QStringLiteral("name"));
    o.serverKey = p.value(QStringLiteral("server-key"));
    const bool all = p.isSet(QStringLiteral("all"));
    const core::ProfileStore saved;
    if (all && (p.isSet(QStringLiteral("dsn")) || !o.name.isEmpty() || !o.serverKey.isEmpty())) {
        err(Tr::tr(
            "pgdba record: --all records every saved server; it takes no --dsn, --name or --server-key."));
        co_return 64;
    } else if (all && saved.profiles().isEmpty()) {
        err(Tr::tr("pgdba record: --all, but no server is saved (%1).").arg(saved.fileName()));
        co_return 2;
    } else if (all) {
        // every saved server, below
    } else if (p.isSet(QStringLiteral("dsn"))) {
        o.info = connInfo(p);
    } else if (!o.name.isEmpty()) {
        const core::ProfileStore profiles;
        const core::Profile *profile = findProfile(profiles, o.name);
        if (!profile) {
            err(Tr::tr("pgdba record: no saved server is called \"%1\" (%2).")
                    .arg(o.name, profiles.fileName()));
            co_return 2;
        }
        o.info = profile->connInfo();
        if (qEnvironmentVariableIsEmpty("PGDBA_NO_KEYRING") && core::PasswordStore::keyringReachable()) {
            core::PasswordStore passwords;
            const std::optional<QString> pw = co_await passwords.read(profile->id);
            if (pw && !pw->isEmpty())
                o.info.set("password", *pw);
        }
    } else {
        err(Tr::tr("pgdba record: give --dsn DSN or --name SERVER (a saved server)."));
        co_return 64;
    }

    history::Store store;
    if (!openStore(store, p.value(QStringLiteral("store")))) {
        err(Tr::tr("pgdba record: cannot open the history store %1: %2")
                .arg(store.fileName().isEmpty() ? p.value(QStringLiteral("store")) : store.fileName(),
                     store.lastError()));
        co_return record::Recorder::StoreFailed;
    }
    if (all) {
        fleet::FleetRecorder recorders(o, co_await fleet::FleetCollector::targets(saved.profiles()), &store);
        QObject::connect(&recorders, &fleet::FleetRecorder::logLine, &recorders,
                         [](const QString &line) { out(line); });
        demo::StopSignal stopAll;
        QObject::connect(&stopAll, &demo::StopSignal::received, &recorders,
                         [&recorders] { recorders.stop(); });
        const int result = co_await recorders.run();
        store.close();
        co_return result;
    }
    record::Recorder recorder(o, &store);
    QObject::connect(&recorder, &record::Recorder::logLine, &recorder,
                     [](const QString &line) { out(line); });
    demo::StopSignal stopSignal;
    QObject::connect(&stopSignal, &demo::StopSignal::received, &recorder, [&recorder] { recorder.stop(); });
    const int result = co_await recorder.run();
    store.close();
    co_return result;
}

} // namespace cli
