#include "monitor/healthreplchecks.h"

#include "monitor/healthvacuumchecks.h"
#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "replication/replicationcollector.h"
#include "vacuum/vacuumcollector.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace monitor {

namespace {
constexpr double Mb = 1024.0 * 1024.0;

HealthStatus level(double v, double warn, double crit) {
    return v >= crit ? HealthStatus::Critical : v >= warn ? HealthStatus::Warning : HealthStatus::Ok;
}

HealthCheck shape(const char *id, const char *title, const char *description) {
    HealthCheck c;
    c.id = QLatin1String(id);
    c.title = QCoreApplication::translate("health", title);
    c.description = QCoreApplication::translate("health", description);
    return c;
}

HealthCheck failed(HealthCheck c, const pg::Error &e) {
    c.error = e.toString();
    c.summary = QCoreApplication::translate("health", "Could not check: %1").arg(e.message);
    return c;
}
} // namespace

ReplVacuumThresholds ReplVacuumThresholds::load(QSettings &s) {
    ReplVacuumThresholds t;
    auto get = [&s](const char *key, double &v) {
        v = s.value(QStringLiteral("health/") + QLatin1String(key), v).toDouble();
    };
    get("repl_slot_retained_warn_mb", t.slotRetainedWarnMb);
    get("repl_slot_retained_crit_mb", t.slotRetainedCritMb);
    get("repl_lag_warn_s", t.lagWarnS);
    get("repl_lag_crit_s", t.lagCritS);
    get("repl_lag_warn_mb", t.lagWarnMb);
    get("repl_lag_crit_mb", t.lagCritMb);
    get("vacuum_horizon_warn_xids", t.horizonWarnXids);
    get("vacuum_horizon_crit_xids", t.horizonCritXids);
    get("vacuum_horizon_warn_min", t.horizonWarnMin);
    get("vacuum_horizon_crit_min", t.horizonCritMin);
    get("vacuum_backlog_warn_min", t.backlogWarnMin);
    return t;
}

ReplVacuumThresholds ReplVacuumThresholds::load() {
    QSettings s;
    return load(s);
}

QStringList replVacuumCheckIds() {
    return {QStringLiteral("replication_slots"), QStringLiteral("replication_lag"),
            QStringLiteral("archiver"), QStringLiteral("xmin_horizon"), QStringLiteral("autovacuum_backlog")};
}

HealthCheck checkReplicationSlots(const replication::ReplicationSnapshot &s, const ReplVacuumThresholds &t) {
    HealthCheck c =
        shape("replication_slots", QT_TRANSLATE_NOOP("health", "Replication slots"),
              QT_TRANSLATE_NOOP("health",
                                "Inactive slots keeping WAL, and slots whose WAL is no longer reserved."));
    for (const auto &slot : s.replicationSlots) {
        HealthStatus st = HealthStatus::Ok;
        if (slot.walStatus == QLatin1String("lost") || slot.walStatus == QLatin1String("unreserved"))
            st = HealthStatus::Critical;
        else if (slot.walStatus == QLatin1String("extended"))
            st = HealthStatus::Warning;
        if (!slot.active && slot.retainedBytes >= 0)
            st =
                worse(st, level(double(slot.retainedBytes) / Mb, t.slotRetainedWarnMb, t.slotRetainedCritMb));
        if (st == HealthStatus::Ok)
            continue;
        HealthFinding f;
        f.status = st;
        f.object = QCoreApplication::translate("health", "slot %1").arg(slot.name);
        f.evidence = slot.problem(qint64(t.slotRetainedWarnMb * Mb));
        f.fixSql = QStringLiteral("SELECT pg_drop_replication_slot('%1');")
                       .arg(QString(slot.name).replace(QLatin1Char('\''), QStringLiteral("''")));
        f.values = {{QStringLiteral("slot_name"), slot.name},
                    {QStringLiteral("slot_type"), slot.type},
                    {QStringLiteral("active"), slot.active},
                    {QStringLiteral("wal_status"), slot.walStatus},
                    {QStringLiteral("retained_bytes"), double(slot.retainedBytes)}};
        c.findings << f;
    }
    c.finish(QCoreApplication::translate("health", "No slot is holding WAL beyond the limits."));
    return c;
}

HealthCheck checkReplicationLag(const replication::ReplicationSnapshot &s, const ReplVacuumThresholds &t) {
    HealthCheck c = shape(
        "replication_lag", QT_TRANSLATE_NOOP("health", "Replication lag"),
        QT_TRANSLATE_NOOP("health", "Standbys behind this primary, or this standby behind its primary."));
    auto judge = [&](const QString &object, double lagS, qint64 lagBytes, const QString &extra) {
        HealthStatus st = HealthStatus::Ok;
        if (!std::isnan(lagS))
            st = worse(st, level(lagS, t.lagWarnS, t.lagCritS));
        if (lagBytes >= 0)
            st = worse(st, level(double(lagBytes) / Mb, t.lagWarnMb, t.lagCritMb));
        if (st == HealthStatus::Ok)
            return;
        HealthFinding f;
        f.status = st;
        f.object = object;
        f.evidence = QCoreApplication::translate("health", "replay %1 behind, %2 not yet replayed%3")
                         .arg(replication::secondsText(lagS), replication::bytesText(lagBytes), extra);
        f.values = {{QStringLiteral("lag_s"), std::isnan(lagS) ? QVariant() : QVariant(lagS)},
                    {QStringLiteral("lag_bytes"), double(lagBytes)}};
        c.findings << f;
    };
    for (const auto &w : s.senders)
        judge(QCoreApplication::translate("health", "standby %1").arg(w.applicationName), w.replayLagS,
              w.lagBytes, QString());
    if (s.inRecovery)
        judge(QCoreApplication::translate("health", "this standby"), s.standby.replayDelayS,
              s.standby.replayGapBytes,
              s.standby.paused ? QCoreApplication::translate("health", " (replay is paused)") : QString());
    c.finish(QCoreApplication::translate("health", "Replication is within the lag limits."));
    return c;
}

HealthCheck checkArchiver(const replication::ReplicationSnapshot &s) {
    HealthCheck c =
        shape("archiver", QT_TRANSLATE_NOOP("health", "WAL archiving"),
              QT_TRANSLATE_NOOP("health", "The archiver's last attempt failed (pg_stat_archiver)."));
    if (s.archiver.failing()) {
        HealthFinding f;
        f.status = HealthStatus::Critical;
        f.object = s.archiver.lastFailedWal;
        f.evidence =
            QCoreApplication::translate("health", "archiving %1 failed at %2 (%3 failures so far); WAL "
                                                  "piles up in pg_wal until archive_command succeeds")
                .arg(s.archiver.lastFailedWal, s.archiver.lastFailed.toString(Qt::ISODate))
                .arg(s.archiver.failed);
        f.values = {{QStringLiteral("failed_count"), double(s.archiver.failed)},
                    {QStringLiteral("last_failed_wal"), s.archiver.lastFailedWal}};
        c.findings << f;
    }
    c.finish(s.archiver.mode == QLatin1String("off")
                 ? QCoreApplication::translate("health", "Archiving is off.")
                 : QCoreApplication::translate("health", "The archiver's last attempt succeeded."));
    return c;
}

QCoro::Task<QList<HealthCheck>> runReplVacuumChecks(pg::Connection *c, ReplVacuumThresholds t) {
    QPointer<pg::Connection> conn(c);
    QList<HealthCheck> out;
    const replication::ReplicationFetch repl = co_await replication::ReplicationCollector::fetch(conn);
    vacuum::VacuumFetchOptions opt;
    opt.exactCount = 0; // no pgstattuple in a health check
    opt.bloatLimit = 0;
    const vacuum::VacuumFetch vac = co_await vacuum::VacuumCollector::fetch(conn, opt);
    // Judged on the thread pool, like the other checks (runHealthChecks).
    auto judge = QtConcurrent::run([repl, vac, t] {
        QList<HealthCheck> checks;
        auto add = [&checks](const HealthCheck &check, bool ok, const std::optional<pg::Error> &e) {
            checks << (ok || !e ? check : failed(check, *e));
        };
        const bool replOk = repl.snapshot.isValid();
        add(checkReplicationSlots(repl.snapshot, t), replOk, repl.error);
        add(checkReplicationLag(repl.snapshot, t), replOk, repl.error);
        add(checkArchiver(repl.snapshot), replOk, repl.error);
        const bool vacOk = vac.snapshot.isValid() && !vac.error;
        add(checkXminHorizon(vac.snapshot, t), vacOk, vac.error);
        add(checkAutovacuumBacklog(vac.snapshot, t), vacOk, vac.error);
        return checks;
    });
    auto judged = pg::awaitFuture(judge);
    out = co_await judged;
    co_return out;
}

} // namespace monitor
