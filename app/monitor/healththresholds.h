#pragma once

#include <QList>
#include <QString>

class QSettings;

namespace monitor {

// The limits the health checks judge by. Defaults are the ticket's alerts (sequential scans
// above 10% on tables over 10,000 rows, cache hit ratio below 99%, connection pool
// exhaustion) and PgHero's usual limits for the rest. Stored in QSettings ("health/...").
struct HealthThresholds {
    double seqScanMinRows = 10000;
    double seqScanMinScans = 10;
    double seqScanWarnPct = 10;
    double seqScanCritPct = 50;
    double cacheHitWarnPct = 99;
    double cacheHitCritPct = 95;
    double cacheHitMinBlocks = 1000;
    double unusedIndexMinMb = 0;
    double deadTupleMinRows = 1000;
    double deadTupleWarnPct = 20;
    double deadTupleCritPct = 50;
    double analyzeMinRows = 1000;
    double analyzeWarnPct = 20;
    double wraparoundWarnAge = 500000000;
    double wraparoundCritAge = 1500000000;
    double longQueryWarnS = 60;
    double longQueryCritS = 300;
    double longTxWarnS = 300;
    double longTxCritS = 1800;
    double idleTxWarnS = 60;
    double idleTxCritS = 600;
    double connectionsWarnPct = 80;
    double connectionsCritPct = 95;
    double sequenceWarnPct = 75;
    double sequenceCritPct = 90;

    bool operator==(const HealthThresholds &) const = default;

    static HealthThresholds load(QSettings &settings);
    void save(QSettings &settings) const;
    // "key=value" from the command line; false (and *error) when the key or value is wrong.
    bool set(const QString &key, double value, QString *error = nullptr);
};

// A threshold described for the page's form and the command line.
struct ThresholdField {
    QString key;   // settings/CLI key, e.g. "seq_scan_warn_pct"
    QString group; // translated: "Indexes and scans", ...
    QString label; // translated
    QString unit;  // "%", "rows", "s", "MB", "blocks", "transactions"
    double min = 0;
    double max = 0;
    int decimals = 0;
    double HealthThresholds::*member = nullptr;
};

const QList<ThresholdField> &thresholdFields();

} // namespace monitor
