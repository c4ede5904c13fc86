#include "monitor/healthvacuumchecks.h"

#include "replication/replicationsnapshot.h"
#include "vacuum/vacuumsnapshot.h"

#include <QCoreApplication>

namespace monitor {

HealthCheck checkXminHorizon(const vacuum::VacuumSnapshot &s, const ReplVacuumThresholds &t) {
    HealthCheck c;
    c.id = QStringLiteral("xmin_horizon");
    c.title = QCoreApplication::translate("health", "xmin horizon");
    c.description = QCoreApplication::translate(
        "health", "What keeps VACUUM from removing dead rows: old transactions, snapshots, slots, prepared "
                  "transactions, standby feedback.");
    for (const auto &h : s.horizon) {
        HealthStatus st = HealthStatus::Ok;
        if (h.ageXids >= 0)
            st = worse(st, h.ageXids >= t.horizonCritXids   ? HealthStatus::Critical
                           : h.ageXids >= t.horizonWarnXids ? HealthStatus::Warning
                                                            : HealthStatus::Ok);
        if (h.ageS >= 0)
            st = worse(st, h.ageS >= t.horizonCritMin * 60   ? HealthStatus::Critical
                           : h.ageS >= t.horizonWarnMin * 60 ? HealthStatus::Warning
                                                             : HealthStatus::Ok);
        if (st == HealthStatus::Ok)
            continue;
        HealthFinding f;
        f.status = st;
        f.object = QStringLiteral("%1 %2").arg(h.kindLabel(), h.holder);
        f.evidence = QCoreApplication::translate("health", "holds the horizon %1 transactions back%2; %3")
                         .arg(h.ageXids)
                         .arg(h.ageS >= 0 ? QCoreApplication::translate("health", " for %1")
                                                .arg(replication::secondsText(h.ageS))
                                          : QString(),
                              h.action());
        f.fixSql = h.actionSql();
        f.values = {{QStringLiteral("kind"), h.kindKey()},
                    {QStringLiteral("holder"), h.holder},
                    {QStringLiteral("age_xids"), double(h.ageXids)},
                    {QStringLiteral("age_s"), h.ageS >= 0 ? QVariant(h.ageS) : QVariant()}};
        c.findings << f;
    }
    c.finish(QCoreApplication::translate("health", "Nothing holds the xmin horizon back beyond the limits."));
    return c;
}

HealthCheck checkAutovacuumBacklog(const vacuum::VacuumSnapshot &s, const ReplVacuumThresholds &t) {
    HealthCheck c;
    c.id = QStringLiteral("autovacuum_backlog");
    c.title = QCoreApplication::translate("health", "Autovacuum backlog");
    c.description = QCoreApplication::translate(
        "health",
        "Tables past their autovacuum threshold that have not been vacuumed for a while, and tables "
        "past their anti-wraparound age.");
    const QDateTime now =
        QDateTime::fromMSecsSinceEpoch(s.tsMs > 0 ? s.tsMs : QDateTime::currentMSecsSinceEpoch());
    for (const auto &tb : s.tables) {
        HealthStatus st = HealthStatus::Ok;
        QString why;
        const double sinceMin = tb.lastVacuum.isValid() ? double(tb.lastVacuum.msecsTo(now)) / 60000.0
                                                        : std::numeric_limits<double>::infinity();
        if (tb.pastThreshold() && sinceMin >= t.backlogWarnMin) {
            st = HealthStatus::Warning;
            why = QCoreApplication::translate("health", "%1 dead tuples against a threshold of %2, %3")
                      .arg(tb.deadTuples)
                      .arg(qint64(tb.threshold))
                      .arg(tb.lastVacuum.isValid()
                               ? QCoreApplication::translate("health", "last vacuumed %1 min ago")
                                     .arg(qint64(sinceMin))
                               : QCoreApplication::translate("health", "never vacuumed"));
            if (!tb.autovacuumEnabled)
                why += QCoreApplication::translate("health", " (autovacuum is disabled for it)");
        }
        if (tb.freezeRatio >= 1) {
            st = HealthStatus::Critical;
            why = QCoreApplication::translate("health", "age %1 is past autovacuum_freeze_max_age %2: an "
                                                        "anti-wraparound vacuum is due")
                      .arg(tb.freezeAge)
                      .arg(tb.freezeMaxAge);
        }
        if (st == HealthStatus::Ok)
            continue;
        HealthFinding f;
        f.status = st;
        f.object = tb.relation;
        f.evidence = why;
        f.fixSql = QStringLiteral("VACUUM (VERBOSE, ANALYZE) %1;").arg(tb.relation);
        f.values = {{QStringLiteral("relation"), tb.relation},
                    {QStringLiteral("dead_tuples"), double(tb.deadTuples)},
                    {QStringLiteral("threshold"), tb.threshold},
                    {QStringLiteral("freeze_age"), double(tb.freezeAge)}};
        c.findings << f;
    }
    c.finish(QCoreApplication::translate("health", "Autovacuum keeps up with every table."));
    return c;
}

} // namespace monitor
