#include "cli/health.h"

#include "cli/command.h"
#include "monitor/healthcollector.h"
#include "monitor/healthjson.h"
#include "monitor/healthrunner.h"
#include "pg/connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>

namespace cli {

namespace {
bool readThresholds(const QStringList &items, monitor::HealthThresholds *t, QString *error) {
    for (const QString &item : items) {
        const int eq = item.indexOf(QLatin1Char('='));
        bool ok = false;
        const double v = eq > 0 ? item.mid(eq + 1).toDouble(&ok) : 0.0;
        if (eq <= 0 || !ok) {
            *error = QCoreApplication::translate("cli", "--threshold: \"%1\" is not key=number").arg(item);
            return false;
        }
        if (!t->set(item.left(eq).trimmed(), v, error))
            return false;
    }
    return true;
}

QString marker(monitor::HealthStatus s) {
    switch (s) {
    case monitor::HealthStatus::Ok:
        return QStringLiteral("[ OK ]");
    case monitor::HealthStatus::Warning:
        return QStringLiteral("[WARN]");
    case monitor::HealthStatus::Critical:
        return QStringLiteral("[CRIT]");
    }
    return {};
}

void printReport(const monitor::HealthReport &r, bool verbose) {
    out(QCoreApplication::translate("cli",
                                    "Health of database %1 (PostgreSQL %2): %3 critical, %4 warning, %5 ok")
            .arg(r.database, r.serverVersion)
            .arg(r.count(monitor::HealthStatus::Critical))
            .arg(r.count(monitor::HealthStatus::Warning))
            .arg(r.count(monitor::HealthStatus::Ok)));
    for (const auto &c : r.checks) {
        out(QStringLiteral("%1 %2: %3")
                .arg(c.error.isEmpty() ? marker(c.status) : QStringLiteral("[ERR ]"), c.title, c.summary));
        for (const auto &f : c.findings) {
            if (f.status == monitor::HealthStatus::Ok && !verbose)
                continue;
            out(QStringLiteral("       %1 %2: %3")
                    .arg(marker(f.status), f.object,
                         QString(f.evidence).replace(QLatin1Char('\n'), QStringLiteral("\n         "))));
            if (!f.fixSql.isEmpty())
                out(QStringLiteral("         ") + QCoreApplication::translate("cli", "fix:") +
                    QLatin1Char(' ') +
                    QString(f.fixSql).replace(QLatin1Char('\n'), QStringLiteral("\n              ")));
        }
    }
}
} // namespace

QCoro::Task<int> runHealth(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Health checks: unused, duplicate and invalid indexes, sequential scans, cache hit ratio, vacuum, "
        "wraparound, long and idle transactions, connections, sequences. Exit code 0: nothing critical; "
        "2: a check is critical; 3: the checks could not run."));
    addDsnOption(p);
    p.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON (stable field names).")});
    p.addOption({QStringLiteral("threshold"),
                 QCoreApplication::translate(
                     "cli", "Override a threshold, e.g. seq_scan_warn_pct=5 (repeatable); the "
                            "others come from the Health page's settings."),
                 QStringLiteral("KEY=VALUE")});
    p.addOption({QStringLiteral("list-thresholds"),
                 QCoreApplication::translate("cli", "Print the thresholds in use and exit.")});
    p.addOption({QStringLiteral("verbose"),
                 QCoreApplication::translate(
                     "cli", "Also print findings that are OK (index usage of every large table).")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("health"), args, &code))
        co_return code;

    QSettings settings;
    monitor::HealthThresholds t = monitor::HealthThresholds::load(settings);
    QString error;
    if (!readThresholds(p.values(QStringLiteral("threshold")), &t, &error)) {
        err(QStringLiteral("pgdba health: ") + error);
        co_return 64;
    }
    if (p.isSet(QStringLiteral("list-thresholds"))) {
        for (const auto &f : monitor::thresholdFields())
            out(QStringLiteral("%1=%2").arg(f.key).arg(t.*(f.member), 0, 'g', 12) + QStringLiteral("    # ") +
                f.label + QLatin1Char(' ') + f.unit);
        co_return 0;
    }

    pg::Connection c;
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba health");
    o.readOnly = true;
    o.statementTimeoutMs = 30000;
    o.lockTimeoutMs = 1000;
    c.setOptions(o);
    if (auto e = co_await c.open(connInfo(p))) {
        err(QStringLiteral("pgdba health: ") + e->message);
        co_return 3;
    }
    const monitor::HealthReport report = co_await monitor::HealthCollector::check(&c, t);
    if (!report.failure.isEmpty()) {
        err(QStringLiteral("pgdba health: ") + report.failure);
        co_return 3;
    }
    if (p.isSet(QStringLiteral("json")))
        out(jsonText(QJsonDocument(monitor::healthReportToJson(report))));
    else
        printReport(report, p.isSet(QStringLiteral("verbose")));
    for (const QString &e : report.errors())
        err(QStringLiteral("pgdba health: ") + e);
    if (report.overall() == monitor::HealthStatus::Critical)
        co_return 2;
    co_return report.errors().isEmpty() ? 0 : 3;
}

} // namespace cli
