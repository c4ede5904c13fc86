#include "monitor/healthindexchecks.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace monitor {

namespace {
QString since(const QDateTime &reset) {
    return reset.isValid() ? QCoreApplication::translate("health", "since the statistics reset on %1")
                                 .arg(QLocale().toString(reset.toLocalTime(), QLocale::ShortFormat))
                           : QCoreApplication::translate("health", "since statistics began");
}

QString size(qint64 bytes) {
    return QLocale().formattedDataSize(bytes);
}

QString dropSql(const HealthIndex &i) {
    return QStringLiteral("DROP INDEX CONCURRENTLY %1;").arg(i.qualifiedName());
}

bool sameKeyAt(const HealthIndex &a, const HealthIndex &b, int pos) {
    return a.keys.value(pos) == b.keys.value(pos) && a.classes.value(pos) == b.classes.value(pos) &&
           a.collations.value(pos) == b.collations.value(pos) && a.options.value(pos) == b.options.value(pos);
}

QSet<qint64> includeColumns(const HealthIndex &i) {
    QSet<qint64> out;
    for (int p = i.keyCount; p < i.keys.size(); ++p)
        out.insert(i.keys.at(p));
    return out;
}

QSet<qint64> allColumns(const HealthIndex &i) {
    return QSet<qint64>(i.keys.cbegin(), i.keys.cend());
}

bool comparable(const HealthIndex &a, const HealthIndex &b) {
    return a.oid != b.oid && a.schema == b.schema && a.table == b.table && a.method == b.method &&
           a.predicate == b.predicate && a.expressions == b.expressions && a.valid && b.valid;
}

// a can go because b does all its work.
bool coveredBy(const HealthIndex &a, const HealthIndex &b) {
    if (!comparable(a, b) || a.keyCount > b.keyCount || a.keyCount <= 0)
        return false;
    for (int p = 0; p < a.keyCount; ++p)
        if (!sameKeyAt(a, b, p))
            return false;
    const bool sameKeys = a.keyCount == b.keyCount;
    if (!sameKeys && a.method != QLatin1String("btree"))
        return false; // only B-trees serve a leading prefix of their keys
    const QSet<qint64> inc = includeColumns(a);
    const QSet<qint64> cols = allColumns(b);
    for (qint64 c : inc)
        if (!cols.contains(c))
            return false;
    if (a.unique && !(b.unique && sameKeys))
        return false; // a unique index on fewer columns enforces something b does not
    return true;
}

bool identical(const HealthIndex &a, const HealthIndex &b) {
    return a.keyCount == b.keyCount && a.unique == b.unique && includeColumns(a) == includeColumns(b) &&
           coveredBy(a, b) && coveredBy(b, a);
}

bool droppable(const HealthIndex &i) {
    return !i.primary && !i.backsConstraint;
}
} // namespace

QList<IndexRedundancy> findRedundantIndexes(const QList<HealthIndex> &indexes) {
    QList<IndexRedundancy> out;
    QSet<qint64> reported;
    auto add = [&](const HealthIndex &r, const HealthIndex &c, bool same) {
        if (reported.contains(r.oid) || !droppable(r))
            return;
        reported.insert(r.oid);
        out.append(IndexRedundancy{r, c, same});
    };
    for (int i = 0; i < indexes.size(); ++i) {
        for (int j = i + 1; j < indexes.size(); ++j) {
            const HealthIndex &a = indexes.at(i), &b = indexes.at(j);
            if (!comparable(a, b))
                continue;
            if (identical(a, b)) {
                // Keep the one a constraint needs, else the older one.
                const bool dropA = !droppable(b) || (droppable(a) && a.oid > b.oid);
                if (dropA)
                    add(a, b, true);
                else
                    add(b, a, true);
            } else if (coveredBy(a, b)) {
                add(a, b, false);
            } else if (coveredBy(b, a)) {
                add(b, a, false);
            }
        }
    }
    return out;
}

HealthCheck checkUnusedIndexes(const QList<HealthIndex> &indexes, const QDateTime &statsReset,
                               const HealthThresholds &t) {
    HealthCheck c;
    c.id = QStringLiteral("unused_indexes");
    c.title = QCoreApplication::translate("health", "Unused indexes");
    c.description = QCoreApplication::translate(
        "health", "Indexes never scanned since the statistics were reset: every write still maintains them. "
                  "Unique and primary-key indexes are left out (they enforce constraints).");
    const qint64 minBytes = qint64(t.unusedIndexMinMb * 1024 * 1024);
    for (const auto &i : indexes) {
        if (!i.valid || i.scans > 0 || i.unique || i.primary || i.backsConstraint || i.sizeBytes < minBytes)
            continue;
        HealthFinding f;
        f.status = HealthStatus::Warning;
        f.object = i.qualifiedName();
        f.evidence = QCoreApplication::translate("health", "0 scans %1; %2 on %3.")
                         .arg(since(statsReset), size(i.sizeBytes), i.qualifiedTable());
        f.fixSql = dropSql(i);
        f.values = {{QStringLiteral("table"), i.qualifiedTable()},
                    {QStringLiteral("scans"), i.scans},
                    {QStringLiteral("size_bytes"), i.sizeBytes},
                    {QStringLiteral("definition"), i.definition}};
        c.findings << f;
    }
    c.finish(QCoreApplication::translate("health", "Every index has been used."));
    return c;
}

HealthCheck checkDuplicateIndexes(const QList<HealthIndex> &indexes) {
    HealthCheck c;
    c.id = QStringLiteral("duplicate_indexes");
    c.title = QCoreApplication::translate("health", "Duplicate and redundant indexes");
    c.description = QCoreApplication::translate(
        "health", "Indexes that another index on the same table already covers: identical, or their "
                  "columns are a leading prefix of the other's (same method, predicate and expressions).");
    for (const auto &r : findRedundantIndexes(indexes)) {
        HealthFinding f;
        f.status = HealthStatus::Warning;
        f.object = r.redundant.qualifiedName();
        f.evidence = (r.identical ? QCoreApplication::translate("health", "Identical to %1; %2 wasted.")
                                  : QCoreApplication::translate(
                                        "health", "Its columns are a leading prefix of %1; %2 wasted."))
                         .arg(r.covering.qualifiedName(), size(r.redundant.sizeBytes)) +
                     QLatin1Char('\n') + r.redundant.definition + QLatin1Char('\n') + r.covering.definition;
        f.fixSql = dropSql(r.redundant);
        f.values = {{QStringLiteral("table"), r.redundant.qualifiedTable()},
                    {QStringLiteral("covered_by"), r.covering.qualifiedName()},
                    {QStringLiteral("identical"), r.identical},
                    {QStringLiteral("size_bytes"), r.redundant.sizeBytes},
                    {QStringLiteral("definition"), r.redundant.definition}};
        c.findings << f;
    }
    c.finish(QCoreApplication::translate("health", "No index duplicates another."));
    return c;
}

HealthCheck checkInvalidIndexes(const QList<HealthIndex> &indexes) {
    HealthCheck c;
    c.id = QStringLiteral("invalid_indexes");
    c.title = QCoreApplication::translate("health", "Invalid indexes");
    c.description = QCoreApplication::translate(
        "health", "Indexes left INVALID by a failed CREATE INDEX CONCURRENTLY or REINDEX: never used for "
                  "queries but still updated on every write. Indexes being built right now are left out.");
    for (const auto &i : indexes) {
        if (i.valid || i.beingBuilt)
            continue;
        HealthFinding f;
        f.status = HealthStatus::Warning;
        f.object = i.qualifiedName();
        f.evidence = QCoreApplication::translate("health", "INVALID and not being built; %1 on %2.\n%3")
                         .arg(size(i.sizeBytes), i.qualifiedTable(), i.definition);
        f.fixSql = QCoreApplication::translate(
                       "health",
                       "-- rebuild it once the cause is fixed (e.g. duplicate values for a unique index):") +
                   QStringLiteral("\nREINDEX INDEX CONCURRENTLY %1;\n").arg(i.qualifiedName()) +
                   QCoreApplication::translate("health", "-- or drop it:") + QStringLiteral("\n-- ") +
                   dropSql(i);
        f.values = {{QStringLiteral("table"), i.qualifiedTable()},
                    {QStringLiteral("size_bytes"), i.sizeBytes},
                    {QStringLiteral("definition"), i.definition}};
        c.findings << f;
    }
    c.finish(QCoreApplication::translate("health", "No invalid indexes."));
    return c;
}

HealthCheck checkSeqScans(const QList<HealthTable> &tables, const HealthThresholds &t) {
    HealthCheck c;
    c.id = QStringLiteral("seq_scans");
    c.title = QCoreApplication::translate("health", "Sequential scans and index usage");
    c.description =
        QCoreApplication::translate("health", "Share of sequential scans on tables over %1 rows; the ticket "
                                              "alerts above %2% (a missing index).")
            .arg(QLocale().toString(qint64(t.seqScanMinRows)))
            .arg(t.seqScanWarnPct);
    const QLocale loc;
    int judged = 0;
    for (const auto &tab : tables) {
        const qint64 scans = tab.seqScans + tab.indexScans;
        if (tab.rows() <= qint64(t.seqScanMinRows) || scans < qint64(t.seqScanMinScans) || scans == 0)
            continue;
        ++judged;
        const double seqPct = 100.0 * double(tab.seqScans) / double(scans);
        HealthFinding f;
        f.status = seqPct > t.seqScanCritPct   ? HealthStatus::Critical
                   : seqPct > t.seqScanWarnPct ? HealthStatus::Warning
                                               : HealthStatus::Ok;
        f.object = tab.qualifiedName();
        f.evidence =
            QCoreApplication::translate("health", "%1% of %2 scans were sequential (%3 sequential, %4 index; "
                                                  "index usage %5%) on about %6 rows.")
                .arg(loc.toString(seqPct, 'f', 1), loc.toString(scans), loc.toString(tab.seqScans),
                     loc.toString(tab.indexScans), loc.toString(100.0 - seqPct, 'f', 1),
                     loc.toString(tab.rows()));
        if (f.status != HealthStatus::Ok)
            f.evidence +=
                QLatin1Char(' ') +
                (tab.hasIndexes
                     ? QCoreApplication::translate(
                           "health", "Find the queries that scan it (Statements page) and EXPLAIN them.")
                     : QCoreApplication::translate("health", "The table has no index at all."));
        f.values = {{QStringLiteral("seq_scans"), tab.seqScans},
                    {QStringLiteral("index_scans"), tab.indexScans},
                    {QStringLiteral("seq_scan_pct"), seqPct},
                    {QStringLiteral("index_usage_pct"), 100.0 - seqPct},
                    {QStringLiteral("rows"), tab.rows()}};
        c.findings << f;
    }
    c.finish(
        judged == 0
            ? QCoreApplication::translate("health", "No table over %1 rows has been scanned enough to judge.")
                  .arg(loc.toString(qint64(t.seqScanMinRows)))
            : QCoreApplication::translate("health", "%n large table(s) use their indexes.", nullptr, judged));
    return c;
}

} // namespace monitor
