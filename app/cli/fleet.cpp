#include "cli/fleet.h"

#include "cli/command.h"
#include "core/profilestore.h"
#include "fleet/fleetcollector.h"
#include "fleet/fleetmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <qcoro/qcorotimer.h>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli_fleet)
};

// Every server has answered enough: down, or up with a rate (two samples) and, when asked, its
// health counts.
bool settled(const fleet::FleetCollector &c, bool health) {
    for (const fleet::ServerStatus &s : c.statuses()) {
        if (s.state == fleet::ServerStatus::State::Down)
            continue;
        if (s.state == fleet::ServerStatus::State::Pending || !s.tps || (health && s.healthCritical < 0))
            return false;
    }
    return true;
}

QString orDash(const QString &s) {
    return s.isEmpty() ? QStringLiteral("-") : s;
}
} // namespace

QCoro::Task<int> runFleet(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Every saved server at once: reachable (or why not), version, role, active and waiting "
               "sessions, transactions per second (two samples a second apart), cache hit, replication lag, "
               "health counts and open alerts.\n"
               "Exit codes: 0 every server reachable; 1 at least one unreachable; 2 a reachable server has a "
               "critical health check or a critical open alert; 3 no saved servers; 64 bad usage. 1 wins "
               "over 2."));
    p.addOption({QStringLiteral("json"), Tr::tr("Print JSON (one object per server).")});
    p.addOption({QStringLiteral("no-health"), Tr::tr("Skip the health checks (faster).")});
    p.addOption({QStringLiteral("timeout"),
                 Tr::tr("Give up waiting for slow servers after this many seconds (default 20)."),
                 QStringLiteral("S"), QStringLiteral("20")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("fleet"), args, &code))
        co_return code;
    bool ok = false;
    const int timeoutS = p.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeoutS < 1) {
        err(Tr::tr("pgdba fleet: --timeout takes a number of seconds (at least 1)."));
        co_return 64;
    }
    const bool health = !p.isSet(QStringLiteral("no-health"));

    const core::ProfileStore profiles;
    if (profiles.profiles().isEmpty()) {
        err(Tr::tr("pgdba fleet: no saved servers (%1); add one with pgdba server add NAME --dsn DSN.")
                .arg(profiles.fileName()));
        co_return 3;
    }
    fleet::FleetCollector collector;
    collector.setIntervalMs(1000);
    collector.setHealthEveryMs(health ? fleet::FleetCollector::HealthEveryMs : 0);
    collector.setTargets(co_await fleet::FleetCollector::targets(profiles.profiles()));
    collector.setActive(true);
    QElapsedTimer waited;
    waited.start();
    while (!settled(collector, health) && waited.elapsed() < qint64(timeoutS) * 1000)
        co_await QCoro::sleepFor(std::chrono::milliseconds(50));
    collector.setActive(false);

    const QList<fleet::ServerStatus> all = collector.statuses();
    bool down = false, critical = false;
    for (const fleet::ServerStatus &s : all) {
        down = down || !s.reachable();
        critical = critical || (s.reachable() && (s.healthCritical > 0 || s.openCriticalAlerts > 0));
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const fleet::ServerStatus &s : all) {
            QJsonObject o = s.toJson();
            if (s.state == fleet::ServerStatus::State::Pending)
                o.insert(QStringLiteral("error"), Tr::tr("no answer within %1 s").arg(timeoutS));
            a.append(o);
        }
        out(jsonText(QJsonDocument(a)));
    } else {
        out(Tr::tr(
            "NAME\tGROUP\tSTATUS\tVERSION\tROLE\tACTIVE\tWAITING\tTPS\tCACHE HIT\tLAG\tHEALTH\tALERTS"));
        for (const fleet::ServerStatus &s : all) {
            const QString state = s.state == fleet::ServerStatus::State::Pending
                                      ? Tr::tr("no answer within %1 s").arg(timeoutS)
                                      : s.stateText();
            out(QStringList{s.name, orDash(s.group), state, orDash(s.version), orDash(s.roleText()),
                            s.active < 0 ? QStringLiteral("-") : QString::number(s.active),
                            s.waiting < 0 ? QStringLiteral("-") : QString::number(s.waiting),
                            orDash(fleet::FleetModel::formatTps(s.tps)),
                            orDash(fleet::FleetModel::formatCacheHit(s.cacheHit)),
                            orDash(fleet::FleetModel::formatLag(s.lagS)),
                            orDash(fleet::FleetModel::formatHealth(s)), QString::number(s.openAlerts)}
                    .join(QLatin1Char('\t')));
        }
    }
    co_return down ? 1 : critical ? 2 : 0;
}

} // namespace cli
