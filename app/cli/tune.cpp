#include "cli/tune.h"

#include "cli/command.h"
#include "pg/connection.h"
#include "tuning/advisor.h"
#include "tuning/applier.h"
#include "tuning/livestate.h"
#include "tuning/script.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {
bool readInputs(const QCommandLineParser &p, tuning::Inputs *in, QString *error) {
    if (p.isSet(QStringLiteral("ram"))) {
        const auto mb = tuning::parseRamMb(p.value(QStringLiteral("ram")));
        if (!mb) {
            *error = QCoreApplication::translate(
                         "cli", "--ram: \"%1\" is not a memory size between 256MB and 64TB (e.g. 4GB)")
                         .arg(p.value(QStringLiteral("ram")));
            return false;
        }
        in->ramMb = *mb;
    }
    if (p.isSet(QStringLiteral("cpus"))) {
        bool ok = false;
        in->cpus = p.value(QStringLiteral("cpus")).toInt(&ok);
        if (!ok || in->cpus < 1 || in->cpus > 1024) {
            *error = QCoreApplication::translate("cli", "--cpus: \"%1\" is not a number of CPUs")
                         .arg(p.value(QStringLiteral("cpus")));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("storage"))) {
        const auto s = tuning::storageFromKey(p.value(QStringLiteral("storage")));
        if (!s) {
            *error = QCoreApplication::translate("cli", "--storage: \"%1\" is not ssd, hdd or san")
                         .arg(p.value(QStringLiteral("storage")));
            return false;
        }
        in->storage = *s;
    }
    if (p.isSet(QStringLiteral("workload"))) {
        const auto w = tuning::workloadFromKey(p.value(QStringLiteral("workload")));
        if (!w) {
            *error = QCoreApplication::translate("cli",
                                                 "--workload: \"%1\" is not web, oltp, dw, mixed or desktop")
                         .arg(p.value(QStringLiteral("workload")));
            return false;
        }
        in->workload = *w;
    }
    if (p.isSet(QStringLiteral("connections"))) {
        bool ok = false;
        in->connections = p.value(QStringLiteral("connections")).toInt(&ok);
        if (!ok || in->connections < 0 || in->connections > 100000) {
            *error =
                QCoreApplication::translate("cli", "--connections: \"%1\" is not a number of connections")
                    .arg(p.value(QStringLiteral("connections")));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("pg-version"))) {
        bool ok = false;
        in->pgMajor = p.value(QStringLiteral("pg-version")).toInt(&ok);
        if (!ok || in->pgMajor < 9 || in->pgMajor > 30) {
            *error =
                QCoreApplication::translate("cli", "--pg-version: \"%1\" is not a PostgreSQL major version")
                    .arg(p.value(QStringLiteral("pg-version")));
            return false;
        }
    }
    return true;
}

QJsonObject toJson(const tuning::Inputs &in, const QList<tuning::SettingDiff> &diffs,
                   const tuning::Evidence &e, bool connected) {
    QJsonArray settings;
    for (const auto &d : diffs) {
        QJsonObject o{{QStringLiteral("name"), d.rec.name},
                      {QStringLiteral("recommended"), d.rec.value},
                      {QStringLiteral("category"), d.rec.category},
                      {QStringLiteral("reason"), d.rec.reason},
                      {QStringLiteral("formula"), d.rec.formula},
                      {QStringLiteral("takes_effect"),
                       d.takes == tuning::Takes::Restart       ? QStringLiteral("restart")
                       : d.takes == tuning::Takes::Reload      ? QStringLiteral("reload")
                       : d.takes == tuning::Takes::NewSessions ? QStringLiteral("new_sessions")
                       : d.takes == tuning::Takes::Never       ? QStringLiteral("never")
                                                               : QStringLiteral("unknown")},
                      {QStringLiteral("evidence"), tuning::evidenceFor(d.rec.name, e)}};
        if (d.live) {
            o.insert(QStringLiteral("current"), d.live->shown);
            o.insert(QStringLiteral("source"), d.live->source);
            o.insert(QStringLiteral("context"), d.live->context);
            o.insert(QStringLiteral("differs"), d.differs);
            o.insert(QStringLiteral("pending_restart"), d.live->pendingRestart);
        }
        settings.append(o);
    }
    QJsonObject root{{QStringLiteral("inputs"),
                      QJsonObject{{QStringLiteral("ram_mb"), in.ramMb},
                                  {QStringLiteral("cpus"), in.cpus},
                                  {QStringLiteral("storage"), tuning::storageKey(in.storage)},
                                  {QStringLiteral("workload"), tuning::workloadKey(in.workload)},
                                  {QStringLiteral("connections"), tuning::effectiveConnections(in)},
                                  {QStringLiteral("pg_version"), in.pgMajor}}},
                     {QStringLiteral("connected"), connected},
                     {QStringLiteral("settings"), settings}};
    if (e.valid) {
        root.insert(QStringLiteral("evidence"),
                    QJsonObject{{QStringLiteral("temp_files"), e.tempFiles},
                                {QStringLiteral("temp_bytes"), e.tempBytes},
                                {QStringLiteral("checkpoints_timed"), e.checkpointsTimed},
                                {QStringLiteral("checkpoints_requested"), e.checkpointsRequested},
                                {QStringLiteral("cache_hit_ratio"),
                                 e.cacheHitRatio() ? QJsonValue(*e.cacheHitRatio()) : QJsonValue()},
                                {QStringLiteral("connections"), e.connections},
                                {QStringLiteral("max_connections"), e.maxConnections}});
    }
    return root;
}

void printTable(const QList<tuning::SettingDiff> &diffs, const tuning::Evidence &e, bool connected) {
    int w0 = 7, w1 = 7, w2 = 11;
    for (const auto &d : diffs) {
        w0 = std::max(w0, int(d.rec.name.size()));
        w1 = std::max(w1, int(d.current().size()));
        w2 = std::max(w2, int(d.rec.value.size()));
    }
    w1 = std::min(w1, 20);
    w2 = std::min(w2, 20);
    if (connected)
        out(QCoreApplication::translate("cli", "setting").leftJustified(w0) + QStringLiteral("  ") +
            QCoreApplication::translate("cli", "current").leftJustified(w1) + QStringLiteral("  ") +
            QCoreApplication::translate("cli", "recommended").leftJustified(w2) + QStringLiteral("  ") +
            QCoreApplication::translate("cli", "takes effect").leftJustified(21) + QStringLiteral("  ") +
            QCoreApplication::translate("cli", "status"));
    else
        out(QCoreApplication::translate("cli", "setting").leftJustified(w0) + QStringLiteral("  ") +
            QCoreApplication::translate("cli", "recommended").leftJustified(w2) + QStringLiteral("  ") +
            QCoreApplication::translate("cli", "takes effect").leftJustified(21) + QStringLiteral("  ") +
            QCoreApplication::translate("cli", "reason"));
    for (const auto &d : diffs) {
        const QString takes = tuning::takesLabel(d.takes).leftJustified(21);
        if (connected) {
            const QString status = !d.live ? QCoreApplication::translate("cli", "not on this server")
                                   : d.pendingRestart()
                                       ? QCoreApplication::translate("cli", "PENDING RESTART")
                                   : d.differs ? QCoreApplication::translate("cli", "change")
                                               : QCoreApplication::translate("cli", "ok");
            out(d.rec.name.leftJustified(w0) + QStringLiteral("  ") +
                d.current().leftJustified(w1, QLatin1Char(' '), true) + QStringLiteral("  ") +
                d.rec.value.leftJustified(w2, QLatin1Char(' '), true) + QStringLiteral("  ") + takes +
                QStringLiteral("  ") + status);
        } else {
            out(d.rec.name.leftJustified(w0) + QStringLiteral("  ") +
                d.rec.value.leftJustified(w2, QLatin1Char(' '), true) + QStringLiteral("  ") + takes +
                QStringLiteral("  ") + d.rec.reason);
        }
    }
    const QStringList ev = tuning::evidenceLines(e);
    if (!ev.isEmpty()) {
        out(QString());
        out(QCoreApplication::translate("cli", "Evidence from the server's counters:"));
        for (const QString &l : ev)
            out(QStringLiteral("  ") + l);
    }
}
} // namespace

QCoro::Task<int> runTune(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "cli", "Configuration advisor: PGTune's formulas plus the ticket's observability and "
               "autovacuum settings; with --dsn compared with the server's pg_settings."));
    addDsnOption(p);
    p.addOption({QStringLiteral("ram"),
                 QCoreApplication::translate("cli", "Memory of the server (default 4GB)."),
                 QStringLiteral("SIZE")});
    p.addOption({QStringLiteral("cpus"), QCoreApplication::translate("cli", "CPUs (default 2)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("storage"),
                 QCoreApplication::translate("cli", "ssd, hdd or san (default ssd)."),
                 QStringLiteral("KIND")});
    p.addOption({QStringLiteral("workload"),
                 QCoreApplication::translate("cli", "web, oltp, dw, mixed or desktop (default web)."),
                 QStringLiteral("KIND")});
    p.addOption({QStringLiteral("connections"),
                 QCoreApplication::translate(
                     "cli", "Expected connections (default 100; 0 = PGTune's default for the workload)."),
                 QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("pg-version"),
         QCoreApplication::translate("cli", "PostgreSQL major version (default: the server's, else 15)."),
         QStringLiteral("N")});
    p.addOption({QStringLiteral("format"),
                 QCoreApplication::translate(
                     "cli", "table, sql (ALTER SYSTEM script), conf (conf.d snippet) or json."),
                 QStringLiteral("FORMAT"), QStringLiteral("table")});
    p.addOption({QStringLiteral("all"),
                 QCoreApplication::translate(
                     "cli", "Scripts include settings that already have the recommended value.")});
    p.addOption({QStringLiteral("apply"),
                 QCoreApplication::translate("cli", "Run ALTER SYSTEM for the settings that differ, then "
                                                    "pg_reload_conf() (needs --dsn and --yes).")});
    p.addOption(
        {QStringLiteral("only"),
         QCoreApplication::translate("cli", "With --apply: only these settings (comma-separated names)."),
         QStringLiteral("NAMES")});
    p.addOption({QStringLiteral("yes"), QCoreApplication::translate("cli", "Confirm --apply.")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("tune"), args, &code))
        co_return code;

    tuning::Inputs in;
    QString error;
    if (!readInputs(p, &in, &error)) {
        err(QStringLiteral("pgdba tune: ") + error);
        co_return 64;
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("sql") &&
        format != QLatin1String("conf") && format != QLatin1String("json")) {
        err(QStringLiteral("pgdba tune: ") +
            QCoreApplication::translate("cli", "--format: \"%1\" is not table, sql, conf or json")
                .arg(format));
        co_return 64;
    }
    const bool connected = p.isSet(QStringLiteral("dsn"));
    if (p.isSet(QStringLiteral("apply")) && !connected) {
        err(QStringLiteral("pgdba tune: ") + QCoreApplication::translate("cli", "--apply needs --dsn"));
        co_return 64;
    }

    pg::Connection c;
    tuning::LiveState live;
    if (connected) {
        pg::Connection::Options o;
        o.applicationName = QStringLiteral("pgdba tune");
        c.setOptions(o);
        if (auto e = co_await c.open(connInfo(p))) {
            err(QStringLiteral("pgdba tune: ") + e->message);
            co_return 2;
        }
        live = co_await tuning::loadLiveState(&c);
        if (live.error) {
            err(QStringLiteral("pgdba tune: ") + live.error->toString());
            co_return 2;
        }
        if (!p.isSet(QStringLiteral("pg-version")))
            in.pgMajor = c.facts().major();
    }
    const QString preload = live.settings.value(QStringLiteral("shared_preload_libraries")).setting;
    const auto diffs = tuning::diffSettings(tuning::recommend(in, preload), live.settings);
    const bool onlyChanged = connected && !p.isSet(QStringLiteral("all"));

    if (p.isSet(QStringLiteral("apply"))) {
        QList<tuning::SettingDiff> changes;
        QList<tuning::Recommendation> recs;
        QStringList only;
        for (const QString &n : p.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            only << n.trimmed();
        for (const QString &n : std::as_const(only)) {
            bool known = false;
            for (const auto &d : diffs)
                known = known || d.rec.name == n;
            if (!known) {
                err(QStringLiteral("pgdba tune: ") +
                    QCoreApplication::translate("cli", "--only: \"%1\" is not a recommended setting").arg(n));
                co_return 64;
            }
        }
        for (const auto &d : diffs)
            if (d.live && d.differs && d.takes != tuning::Takes::Never &&
                (only.isEmpty() || only.contains(d.rec.name))) {
                changes << d;
                recs << d.rec;
            }
        if (changes.isEmpty()) {
            out(QCoreApplication::translate(
                "cli", "Nothing to change: the server already has every recommended value."));
            co_return 0;
        }
        out(tuning::applyPreview(changes));
        if (!p.isSet(QStringLiteral("yes"))) {
            err(QCoreApplication::translate("cli",
                                            "pgdba tune: not applied; add --yes to run these statements."));
            co_return 1;
        }
        const tuning::ApplyOutcome outcome = co_await tuning::applySettings(&c, recs);
        out(QString());
        out(outcome.summary());
        co_return outcome.refusal.isEmpty() && !outcome.error && outcome.failed().isEmpty() ? 0 : 2;
    }

    if (format == QLatin1String("sql"))
        out(tuning::alterSystemScript(diffs, in, onlyChanged).trimmed());
    else if (format == QLatin1String("conf"))
        out(tuning::confSnippet(diffs, in, onlyChanged).trimmed());
    else if (format == QLatin1String("json"))
        out(jsonText(QJsonDocument(toJson(in, diffs, live.evidence, connected))));
    else {
        out(QStringLiteral("# ") + tuning::describe(in));
        printTable(diffs, live.evidence, connected);
    }
    co_return 0;
}

} // namespace cli
