#include "cli/alerts.h"

#include "alerts/alertservice.h"
#include "alerts/alertstore.h"
#include "cli/command.h"
#include "cli/history.h"
#include "core/profilestore.h"
#include "core/serversession.h"
#include "history/store.h"
#include "sessionhistory/historytime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli_alerts)
};

// --server: a saved server's name (its host:port key) or a key as stored.
QString serverKey(const QString &given) {
    const core::ProfileStore profiles;
    for (const auto &p : profiles.profiles())
        if (p.name == given || p.id == given)
            return core::ServerSession::historyKeyFor(p.connInfo());
    return given;
}

QString localTime(qint64 ms) {
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
              : QString();
}

QString line(const alerts::Alert &a) {
    QString s =
        QStringLiteral("#%1  %2  %3  %4  %5")
            .arg(a.id)
            .arg(alerts::severityLabel(a.severity).toUpper(), a.server, localTime(a.firedMs), a.message());
    if (a.isAcked())
        s += QStringLiteral("  ") + Tr::tr("[acknowledged by %1 at %2]").arg(a.ackedBy, localTime(a.ackedMs));
    if (!a.isOpen())
        s += QStringLiteral("  ") + Tr::tr("[resolved at %1]").arg(localTime(a.resolvedMs));
    return s;
}
} // namespace

// `pgdba alerts rules [--json] [--import FILE] [--reset] [--hook COMMAND]`: the rules the GUI and
// `pgdba record` evaluate (QSettings), for servers without a window.
int runRules(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("The alert rules (the same the window edits): print them, import them from "
               "a JSON file (an array of rules as --json prints them), or go back to the "
               "shipped ones; set the command hook."));
    p.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    p.addOption({QStringLiteral("import"), Tr::tr("Replace the rules with those of a JSON file."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("reset"), Tr::tr("Go back to the shipped rules.")});
    p.addOption({QStringLiteral("hook"),
                 Tr::tr("The command run for every alert event, with the alert as JSON on standard input "
                        "(no shell; empty: none)."),
                 QStringLiteral("COMMAND")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("alerts rules"), args, &code))
        return code;
    QSettings settings;
    if (p.isSet(QStringLiteral("reset")))
        settings.remove(QStringLiteral("alerts/rules"));
    if (p.isSet(QStringLiteral("import"))) {
        QFile f(p.value(QStringLiteral("import")));
        if (!f.open(QIODevice::ReadOnly)) {
            err(Tr::tr("pgdba alerts rules: cannot read %1: %2").arg(f.fileName(), f.errorString()));
            return 2;
        }
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
        if (!doc.isArray()) {
            err(Tr::tr("pgdba alerts rules: %1 is not a JSON array of rules (%2).")
                    .arg(f.fileName(), e.errorString()));
            return 2;
        }
        QList<alerts::Rule> rules;
        for (const auto &v : doc.array()) {
            const alerts::Rule r = alerts::Rule::fromJson(v.toObject());
            if (r.id.isEmpty() || !alerts::metricInfo(r.metric)) {
                err(Tr::tr("pgdba alerts rules: a rule needs an id and a known metric (%1).")
                        .arg(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))));
                return 2;
            }
            rules << r;
        }
        alerts::saveRules(settings, rules);
    }
    if (p.isSet(QStringLiteral("hook")))
        alerts::saveHookCommand(settings, p.value(QStringLiteral("hook")));
    settings.sync();
    const QList<alerts::Rule> rules = alerts::loadRules(settings);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const auto &r : rules)
            a.append(r.toJson());
        out(jsonText(QJsonDocument(a)));
        return 0;
    }
    for (const auto &r : rules)
        out(QStringLiteral("%1  %2  [%3]%4  %5")
                .arg(r.id, r.name, alerts::severityLabel(r.severity),
                     r.muted ? QStringLiteral(" ") + Tr::tr("(muted)") : QString(), r.conditionText()));
    const QString hook = alerts::loadHookCommand(settings);
    out(hook.isEmpty() ? Tr::tr("No command hook.") : Tr::tr("Command hook: %1").arg(hook));
    return 0;
}

QCoro::Task<int> runAlerts(QStringList args) {
    if (!args.isEmpty() && args.first() == QLatin1String("rules")) {
        args.removeFirst();
        co_return runRules(args);
    }
    const bool ack = !args.isEmpty() && args.first() == QLatin1String("ack");
    if (ack)
        args.removeFirst();
    QCommandLineParser p;
    p.setApplicationDescription(
        ack ? Tr::tr("Acknowledge an open alert (by its number): it stays open until its condition clears, "
                     "but is marked as seen, with who and when.")
            : Tr::tr(
                  "Open and recent alerts from the alert history (evaluated by the GUI and by `pgdba "
                  "record`). Exit code 2 when any critical alert is open. `pgdba alerts ack ID` acknowledges "
                  "one; `pgdba alerts rules` shows or sets the rules."));
    p.addOption({QStringLiteral("store"),
                 Tr::tr("History store: an SQLite file, or a PostgreSQL DSN (default: the GUI's store)."),
                 QStringLiteral("PATH|DSN")});
    if (ack) {
        p.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The alert's number (pgdba alerts shows it)."));
        p.addOption({QStringLiteral("by"), Tr::tr("Who acknowledges (default: the operating system user)."),
                     QStringLiteral("NAME")});
    } else {
        p.addOption({QStringLiteral("server"),
                     Tr::tr("Only this server: a saved server's name or host:port as recorded."),
                     QStringLiteral("NAME")});
        p.addOption({QStringLiteral("dsn"), Tr::tr("Only the server of this connection string."),
                     QStringLiteral("DSN")});
        p.addOption({QStringLiteral("since"),
                     Tr::tr("Recent alerts since: ISO time or relative (-15m, -2h, -1d); default -24h."),
                     QStringLiteral("T"), QStringLiteral("-24h")});
        p.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    }
    int code = 0;
    if (!parseArgs(p, ack ? QStringLiteral("alerts ack") : QStringLiteral("alerts"), args, &code))
        co_return code;

    history::Store store;
    if (!openHistoryStore(store, p.value(QStringLiteral("store")))) {
        err(Tr::tr("pgdba alerts: cannot open the history store: %1").arg(store.lastError()));
        co_return 4;
    }
    alerts::AlertStore alertStore(&store);
    if (!alertStore.isReady()) {
        err(Tr::tr("pgdba alerts: cannot open the history store: %1").arg(alertStore.lastError()));
        co_return 4;
    }

    if (ack) {
        bool ok = false;
        const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
        if (!ok || p.positionalArguments().size() != 1) {
            err(Tr::tr("pgdba alerts ack: give the alert's number, e.g. pgdba alerts ack 12."));
            co_return 64;
        }
        const auto a = alertStore.alert(id);
        if (!a) {
            err(Tr::tr("pgdba alerts ack: there is no alert %1 in %2.").arg(id).arg(store.fileName()));
            co_return 3;
        }
        if (a->isAcked()) {
            out(Tr::tr("Alert %1 was already acknowledged by %2 at %3.")
                    .arg(id)
                    .arg(a->ackedBy, localTime(a->ackedMs)));
            co_return 0;
        }
        const QString by =
            p.isSet(QStringLiteral("by")) ? p.value(QStringLiteral("by")) : alerts::AlertService::osUser();
        if (!alertStore.acknowledge(id, by, QDateTime::currentMSecsSinceEpoch())) {
            err(Tr::tr("pgdba alerts ack: %1").arg(alertStore.lastError()));
            co_return 4;
        }
        out(Tr::tr("Alert %1 acknowledged by %2.").arg(id).arg(by));
        co_return 0;
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto since = sessionhistory::parseHistoryTime(p.value(QStringLiteral("since")), now);
    if (!since) {
        err(Tr::tr("pgdba alerts: --since takes an ISO time (2026-12-06T03:12:00) or a relative time (-15m, "
                   "-2h, -1d)."));
        co_return 64;
    }
    QString server;
    if (p.isSet(QStringLiteral("dsn")))
        server = core::ServerSession::historyKeyFor(pg::ConnInfo(p.value(QStringLiteral("dsn"))));
    else if (p.isSet(QStringLiteral("server")))
        server = serverKey(p.value(QStringLiteral("server")));

    const QList<alerts::Alert> open = alertStore.open(server);
    QList<alerts::Alert> recent;
    for (const alerts::Alert &a : alertStore.recent(server, 1000))
        if (!a.isOpen() && a.firedMs >= *since)
            recent << a;
    const alerts::OpenSummary summary = alerts::AlertStore::summarize(open);
    const bool critical = summary.worst == int(alerts::Severity::Critical);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray o, r;
        for (const auto &a : open)
            o.append(a.toJson());
        for (const auto &a : recent)
            r.append(a.toJson());
        out(jsonText(QJsonDocument(QJsonObject{
            {QStringLiteral("server"), server.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(server)},
            {QStringLiteral("open"), o},
            {QStringLiteral("recent"), r},
            {QStringLiteral("open_count"), summary.open},
            {QStringLiteral("unacknowledged"), summary.unacknowledged},
            {QStringLiteral("critical"), critical}})));
        co_return critical ? 2 : 0;
    }
    if (open.isEmpty())
        out(Tr::tr("No open alerts."));
    else
        out(Tr::tr("Open alerts (%1, %2 not acknowledged):").arg(summary.open).arg(summary.unacknowledged));
    for (const auto &a : open)
        out(QStringLiteral("  ") + line(a));
    if (!recent.isEmpty()) {
        out(Tr::tr("Resolved since %1:").arg(localTime(*since)));
        for (const auto &a : recent)
            out(QStringLiteral("  ") + line(a));
    }
    co_return critical ? 2 : 0;
}

} // namespace cli
