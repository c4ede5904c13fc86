#include "monitor/healththresholds.h"

#include <QCoreApplication>
#include <QSettings>

namespace monitor {

const QList<ThresholdField> &thresholdFields() {
    using T = HealthThresholds;
    static const QList<ThresholdField> fields = [] {
        const QString idx = QCoreApplication::translate("health", "Indexes and scans");
        const QString mem = QCoreApplication::translate("health", "Cache");
        const QString vac = QCoreApplication::translate("health", "Vacuum and wraparound");
        const QString ses = QCoreApplication::translate("health", "Sessions and connections");
        const QString seq = QCoreApplication::translate("health", "Sequences");
        return QList<ThresholdField>{
            {QStringLiteral("seq_scan_min_rows"), idx,
             QCoreApplication::translate("health", "Judge sequential scans on tables over"),
             QCoreApplication::translate("health", "rows"), 0, 1e12, 0, &T::seqScanMinRows},
            {QStringLiteral("seq_scan_min_scans"), idx,
             QCoreApplication::translate("health", "…with at least"),
             QCoreApplication::translate("health", "scans"), 0, 1e12, 0, &T::seqScanMinScans},
            {QStringLiteral("seq_scan_warn_pct"), idx,
             QCoreApplication::translate("health", "Sequential scan share: warning above"),
             QStringLiteral("%"), 0, 100, 1, &T::seqScanWarnPct},
            {QStringLiteral("seq_scan_crit_pct"), idx,
             QCoreApplication::translate("health", "Sequential scan share: critical above"),
             QStringLiteral("%"), 0, 100, 1, &T::seqScanCritPct},
            {QStringLiteral("unused_index_min_mb"), idx,
             QCoreApplication::translate("health", "Report unused indexes from"), QStringLiteral("MB"), 0,
             1e9, 1, &T::unusedIndexMinMb},
            {QStringLiteral("cache_hit_warn_pct"), mem,
             QCoreApplication::translate("health", "Cache hit ratio: warning below"), QStringLiteral("%"), 0,
             100, 2, &T::cacheHitWarnPct},
            {QStringLiteral("cache_hit_crit_pct"), mem,
             QCoreApplication::translate("health", "Cache hit ratio: critical below"), QStringLiteral("%"), 0,
             100, 2, &T::cacheHitCritPct},
            {QStringLiteral("cache_hit_min_blocks"), mem,
             QCoreApplication::translate("health", "Judge the cache after"),
             QCoreApplication::translate("health", "blocks"), 0, 1e15, 0, &T::cacheHitMinBlocks},
            {QStringLiteral("dead_tuple_min_rows"), vac,
             QCoreApplication::translate("health", "Vacuum: at least"),
             QCoreApplication::translate("health", "dead rows"), 0, 1e12, 0, &T::deadTupleMinRows},
            {QStringLiteral("dead_tuple_warn_pct"), vac,
             QCoreApplication::translate("health", "Dead rows: warning above"), QStringLiteral("%"), 0, 100,
             1, &T::deadTupleWarnPct},
            {QStringLiteral("dead_tuple_crit_pct"), vac,
             QCoreApplication::translate("health", "Dead rows: critical above"), QStringLiteral("%"), 0, 100,
             1, &T::deadTupleCritPct},
            {QStringLiteral("analyze_min_rows"), vac,
             QCoreApplication::translate("health", "Analyze: at least"),
             QCoreApplication::translate("health", "changed rows"), 0, 1e12, 0, &T::analyzeMinRows},
            {QStringLiteral("analyze_warn_pct"), vac,
             QCoreApplication::translate("health", "Changed since analyze: warning above"),
             QStringLiteral("%"), 0, 1000, 1, &T::analyzeWarnPct},
            {QStringLiteral("wraparound_warn_age"), vac,
             QCoreApplication::translate("health", "Transaction ID age: warning from"),
             QCoreApplication::translate("health", "XIDs"), 0, 2147483647, 0, &T::wraparoundWarnAge},
            {QStringLiteral("wraparound_crit_age"), vac,
             QCoreApplication::translate("health", "Transaction ID age: critical from"),
             QCoreApplication::translate("health", "XIDs"), 0, 2147483647, 0, &T::wraparoundCritAge},
            {QStringLiteral("long_query_warn_s"), ses,
             QCoreApplication::translate("health", "Running query: warning after"),
             QCoreApplication::translate("health", "s"), 0, 1e9, 0, &T::longQueryWarnS},
            {QStringLiteral("long_query_crit_s"), ses,
             QCoreApplication::translate("health", "Running query: critical after"),
             QCoreApplication::translate("health", "s"), 0, 1e9, 0, &T::longQueryCritS},
            {QStringLiteral("long_tx_warn_s"), ses,
             QCoreApplication::translate("health", "Open transaction: warning after"),
             QCoreApplication::translate("health", "s"), 0, 1e9, 0, &T::longTxWarnS},
            {QStringLiteral("long_tx_crit_s"), ses,
             QCoreApplication::translate("health", "Open transaction: critical after"),
             QCoreApplication::translate("health", "s"), 0, 1e9, 0, &T::longTxCritS},
            {QStringLiteral("idle_tx_warn_s"), ses,
             QCoreApplication::translate("health", "Idle in transaction: warning after"),
             QCoreApplication::translate("health", "s"), 0, 1e9, 0, &T::idleTxWarnS},
            {QStringLiteral("idle_tx_crit_s"), ses,
             QCoreApplication::translate("health", "Idle in transaction: critical after"),
             QCoreApplication::translate("health", "s"), 0, 1e9, 0, &T::idleTxCritS},
            {QStringLiteral("connections_warn_pct"), ses,
             QCoreApplication::translate("health", "Connections used: warning from"), QStringLiteral("%"), 0,
             100, 1, &T::connectionsWarnPct},
            {QStringLiteral("connections_crit_pct"), ses,
             QCoreApplication::translate("health", "Connections used: critical from"), QStringLiteral("%"), 0,
             100, 1, &T::connectionsCritPct},
            {QStringLiteral("sequence_warn_pct"), seq,
             QCoreApplication::translate("health", "Sequence used: warning from"), QStringLiteral("%"), 0,
             100, 1, &T::sequenceWarnPct},
            {QStringLiteral("sequence_crit_pct"), seq,
             QCoreApplication::translate("health", "Sequence used: critical from"), QStringLiteral("%"), 0,
             100, 1, &T::sequenceCritPct},
        };
    }();
    return fields;
}

HealthThresholds HealthThresholds::load(QSettings &settings) {
    HealthThresholds t;
    settings.beginGroup(QStringLiteral("health"));
    for (const auto &f : thresholdFields()) {
        bool ok = false;
        const double v = settings.value(f.key).toDouble(&ok);
        if (ok && v >= f.min && v <= f.max)
            t.*(f.member) = v;
    }
    settings.endGroup();
    return t;
}

void HealthThresholds::save(QSettings &settings) const {
    const HealthThresholds defaults;
    settings.beginGroup(QStringLiteral("health"));
    for (const auto &f : thresholdFields()) {
        if (this->*(f.member) == defaults.*(f.member))
            settings.remove(f.key);
        else
            settings.setValue(f.key, this->*(f.member));
    }
    settings.endGroup();
}

bool HealthThresholds::set(const QString &key, double value, QString *error) {
    for (const auto &f : thresholdFields()) {
        if (f.key != key)
            continue;
        if (value < f.min || value > f.max) {
            if (error)
                *error = QCoreApplication::translate("health", "%1 must be between %2 and %3")
                             .arg(key)
                             .arg(f.min)
                             .arg(f.max);
            return false;
        }
        this->*(f.member) = value;
        return true;
    }
    if (error)
        *error = QCoreApplication::translate("health", "unknown threshold \"%1\"").arg(key);
    return false;
}

} // namespace monitor
