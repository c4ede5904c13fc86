#include "monitor/healthtablechecks.h"

#include <QCoreApplication>
#include <QLocale>

namespace monitor {

namespace {
QString when(const QDateTime &t) {
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                       : QCoreApplication::translate("health", "never");
}

QDateTime latest(const QDateTime &a, const QDateTime &b) {
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a > b ? a : b;
}

qint64 typeMax(const QString &type) {
    if (type == QLatin1String("smallint"))
        return 32767;
    if (type == QLatin1String("integer"))
        return 2147483647;
    return std::numeric_limits<qint64>::max();
}

qint64 typeMin(const QString &type) {
    if (type == QLatin1String("smallint"))
        return -32768;
    if (type == QLatin1String("integer"))
        return -2147483647 - 1;
    return std::numeric_limits<qint64>::min();
}
} // namespace

HealthCheck checkCacheHit(const HealthCache &cache, const HealthThresholds &t) {
    HealthCheck c;
    c.id = QStringLiteral("cache_hit");
    c.title = QCoreApplication::translate("health", "Cache hit ratio");
    c.description =
        QCoreApplication::translate("health", "Share of block reads served from shared_buffers in this "
                                              "database; the ticket wants more than 99%.");
    const QLocale loc;
    const auto ratio = cache.ratio();
    const qint64 blocks = cache.blocksHit + cache.blocksRead;
    if (!ratio || blocks < qint64(t.cacheHitMinBlocks)) {
        c.finish(QCoreApplication::translate("health", "Only %1 blocks read so far: too few to judge.")
                     .arg(loc.toString(blocks)));
        return c;
    }
    const double pct = *ratio * 100;
    HealthFinding f;
    f.status = pct < t.cacheHitCritPct   ? HealthStatus::Critical
               : pct < t.cacheHitWarnPct ? HealthStatus::Warning
                                         : HealthStatus::Ok;
    f.object = cache.database;
    f.evidence =
        QCoreApplication::translate("health", "%1% of %2 block reads were cache hits (%3 read from disk) %4.")
            .arg(loc.toString(pct, 'f', 2), loc.toString(blocks), loc.toString(cache.blocksRead),
                 cache.statsReset.isValid()
                     ? QCoreApplication::translate("health", "since %1").arg(when(cache.statsReset))
                     : QCoreApplication::translate("health", "since statistics began"));
    if (f.status != HealthStatus::Ok)
        f.evidence += QLatin1Char(' ') +
                      QCoreApplication::translate(
                          "health", "Consider a larger shared_buffers (Configuration page) or more RAM.");
    f.values = {{QStringLiteral("hit_pct"), pct},
                {QStringLiteral("blocks_hit"), cache.blocksHit},
                {QStringLiteral("blocks_read"), cache.blocksRead}};
    c.findings << f;
    c.summary = QCoreApplication::translate("health", "%1% hits").arg(loc.toString(pct, 'f', 2));
    c.finish({});
    return c;
}

HealthCheck checkVacuum(const QList<HealthTable> &tables, const HealthThresholds &t) {
    HealthCheck c;
    c.id = QStringLiteral("vacuum");
    c.title = QCoreApplication::translate("health", "Tables needing vacuum");
    c.description = QCoreApplication::translate(
        "health", "Tables with many dead rows: bloat and slower scans until VACUUM "
                  "reclaims them.");
    const QLocale loc;
    for (const auto &tab : tables) {
        const qint64 total = tab.liveRows + tab.deadRows;
        if (tab.deadRows < qint64(t.deadTupleMinRows) || total <= 0)
            continue;
        const double pct = 100.0 * double(tab.deadRows) / double(total);
        if (pct <= t.deadTupleWarnPct)
            continue;
        HealthFinding f;
        f.status = pct > t.deadTupleCritPct ? HealthStatus::Critical : HealthStatus::Warning;
        f.object = tab.qualifiedName();
        f.evidence =
            QCoreApplication::translate(
                "health", "%1 dead rows (%2% of the table); last autovacuum %3, last manual vacuum %4.")
                .arg(loc.toString(tab.deadRows), loc.toString(pct, 'f', 1), when(tab.lastAutovacuum),
                     when(tab.lastVacuum));
        f.fixSql = QStringLiteral("VACUUM (ANALYZE) %1;").arg(tab.qualifiedName());
        f.values = {{QStringLiteral("dead_rows"), tab.deadRows},
                    {QStringLiteral("dead_pct"), pct},
                    {QStringLiteral("last_vacuum"),
                     latest(tab.lastVacuum, tab.lastAutovacuum).toString(Qt::ISODate)}};
        c.findings << f;
    }
    c.finish(QCoreApplication::translate("health", "No table has too many dead rows."));
    return c;
}

HealthCheck checkAnalyze(const QList<HealthTable> &tables, const HealthThresholds &t) {
    HealthCheck c;
    c.id = QStringLiteral("analyze");
    c.title = QCoreApplication::translate("health", "Tables needing analyze");
    c.description =
        QCoreApplication::translate("health", "Tables changed a lot since their statistics were gathered, or "
                                              "never analyzed: the planner guesses row counts wrong.");
    const QLocale loc;
    for (const auto &tab : tables) {
        const bool never = !tab.lastAnalyze.isValid() && !tab.lastAutoanalyze.isValid();
        if (tab.modifiedSinceAnalyze < qint64(t.analyzeMinRows))
            continue;
        const double pct =
            100.0 * double(tab.modifiedSinceAnalyze) / double(std::max<qint64>(tab.liveRows, 1));
        if (!never && pct <= t.analyzeWarnPct)
            continue;
        HealthFinding f;
        f.status = HealthStatus::Warning;
        f.object = tab.qualifiedName();
        f.evidence = QCoreApplication::translate("health", "%1 rows changed since the last analyze (%2% of "
                                                           "%3 rows); last autoanalyze %4, last analyze %5.")
                         .arg(loc.toString(tab.modifiedSinceAnalyze), loc.toString(pct, 'f', 1),
                              loc.toString(tab.liveRows), when(tab.lastAutoanalyze), when(tab.lastAnalyze));
        f.fixSql = QStringLiteral("ANALYZE %1;").arg(tab.qualifiedName());
        f.values = {{QStringLiteral("modified_rows"), tab.modifiedSinceAnalyze},
                    {QStringLiteral("modified_pct"), pct}};
        c.findings << f;
    }
    c.finish(QCoreApplication::translate("health", "Statistics are up to date."));
    return c;
}

HealthCheck checkWraparound(const QList<HealthDatabaseAge> &databases, const HealthThresholds &t) {
    HealthCheck c;
    c.id = QStringLiteral("wraparound");
    c.title = QCoreApplication::translate("health", "Transaction ID wraparound");
    c.description = QCoreApplication::translate(
        "health", "Age of each database's oldest unfrozen transaction ID; at about "
                  "2.1 billion the server stops accepting writes.");
    const QLocale loc;
    qint64 oldest = 0;
    QString oldestDb;
    for (const auto &d : databases) {
        if (d.xidAge > oldest) {
            oldest = d.xidAge;
            oldestDb = d.database;
        }
        if (d.xidAge < qint64(t.wraparoundWarnAge))
            continue;
        HealthFinding f;
        f.status = d.xidAge >= qint64(t.wraparoundCritAge) ? HealthStatus::Critical : HealthStatus::Warning;
        f.object = d.database;
        f.evidence =
            QCoreApplication::translate(
                "health",
                "Transaction ID age %1 (%2% of the 2,147,483,647 limit); autovacuum_freeze_max_age is %3.")
                .arg(loc.toString(d.xidAge), loc.toString(100.0 * double(d.xidAge) / 2147483647.0, 'f', 1),
                     loc.toString(d.freezeMaxAge));
        f.fixSql = QCoreApplication::translate("health", "-- connected to database %1:").arg(d.database) +
                   QStringLiteral("\nVACUUM (FREEZE, ANALYZE);");
        f.values = {{QStringLiteral("xid_age"), d.xidAge}, {QStringLiteral("mxid_age"), d.mxidAge}};
        c.findings << f;
    }
    c.finish(QCoreApplication::translate("health", "Oldest: %1 at %2 transactions.")
                 .arg(oldestDb, loc.toString(oldest)));
    return c;
}

HealthCheck checkSequences(const QList<HealthSequence> &sequences, const HealthThresholds &t) {
    HealthCheck c;
    c.id = QStringLiteral("sequences");
    c.title = QCoreApplication::translate("health", "Sequences near their limit");
    c.description = QCoreApplication::translate(
        "health", "Sequences that have handed out most of their range: inserts fail "
                  "once they reach it.");
    const QLocale loc;
    for (const auto &s : sequences) {
        const double pct = s.usedShare * 100;
        if (pct < t.sequenceWarnPct)
            continue;
        HealthFinding f;
        f.status = pct >= t.sequenceCritPct ? HealthStatus::Critical : HealthStatus::Warning;
        f.object = s.qualifiedName();
        f.evidence = QCoreApplication::translate("health", "%1% used: last value %2, limit %3 (%4).")
                         .arg(loc.toString(pct, 'f', 1), loc.toString(s.lastValue),
                              loc.toString(s.increment > 0 ? s.maxValue : s.minValue), s.dataType);
        if (!s.ownerTable.isEmpty())
            f.evidence +=
                QLatin1Char(' ') +
                QCoreApplication::translate("health", "Owned by %1.%2.").arg(s.ownerTable, s.ownerColumn);
        const bool ascending = s.increment > 0;
        const bool atTypeLimit =
            ascending ? s.maxValue >= typeMax(s.dataType) : s.minValue <= typeMin(s.dataType);
        if (!atTypeLimit) {
            f.fixSql = QStringLiteral("ALTER SEQUENCE %1 %2;")
                           .arg(s.qualifiedName(),
                                ascending ? QStringLiteral("NO MAXVALUE") : QStringLiteral("NO MINVALUE"));
        } else if (s.dataType != QLatin1String("bigint")) {
            f.fixSql = QStringLiteral("ALTER SEQUENCE %1 AS bigint;").arg(s.qualifiedName());
            if (!s.ownerTable.isEmpty())
                f.fixSql += QLatin1Char('\n') +
                            QCoreApplication::translate(
                                "health", "-- the column must hold bigint too (rewrites the table):") +
                            QStringLiteral("\nALTER TABLE %1 ALTER COLUMN %2 TYPE bigint;")
                                .arg(s.ownerTable, s.ownerColumn);
        }
        f.values = {{QStringLiteral("used_pct"), pct},
                    {QStringLiteral("last_value"), s.lastValue},
                    {QStringLiteral("limit"), ascending ? s.maxValue : s.minValue},
                    {QStringLiteral("data_type"), s.dataType}};
        c.findings << f;
    }
    c.finish(QCoreApplication::translate("health", "Every sequence has room."));
    return c;
}

} // namespace monitor
