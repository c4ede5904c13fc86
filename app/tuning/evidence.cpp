#include "tuning/evidence.h"

#include "pg/result.h"
#include "tuning/units.h"

#include <QCoreApplication>
#include <QLocale>

namespace tuning {

namespace {
QString since(const QDateTime &reset, const QDateTime &started) {
    if (reset.isValid())
        return QCoreApplication::translate("tuning", "since %1")
            .arg(QLocale().toString(reset.toLocalTime(), QLocale::ShortFormat));
    if (started.isValid())
        return QCoreApplication::translate("tuning", "since statistics began (server up since %1)")
            .arg(QLocale().toString(started.toLocalTime(), QLocale::ShortFormat));
    return QCoreApplication::translate("tuning", "since statistics began");
}

QString percent(double share) {
    return QLocale().toString(share * 100, 'f', 2) + QStringLiteral(" %");
}
} // namespace

std::optional<double> Evidence::cacheHitRatio() const {
    const qint64 total = blocksHit + blocksRead;
    if (total <= 0)
        return std::nullopt;
    return double(blocksHit) / double(total);
}

double Evidence::requestedCheckpointShare() const {
    const qint64 total = checkpointsTimed + checkpointsRequested;
    return total > 0 ? double(checkpointsRequested) / double(total) : 0.0;
}

double Evidence::connectionUse() const {
    return maxConnections > 0 ? double(connections) / maxConnections : 0.0;
}

Evidence evidenceFrom(const pg::Result &r) {
    Evidence e;
    if (!r.ok() || r.rows() < 1)
        return e;
    e.valid = true;
    e.tempFiles = r.int64(0, "temp_files");
    e.tempBytes = r.int64(0, "temp_bytes");
    e.blocksHit = r.int64(0, "blks_hit");
    e.blocksRead = r.int64(0, "blks_read");
    e.databaseStatsReset =
        r.isNull(0, "database_stats_reset") ? QDateTime() : r.timestamp(0, "database_stats_reset");
    e.checkpointsTimed = r.int64(0, "checkpoints_timed");
    e.checkpointsRequested = r.int64(0, "checkpoints_requested");
    e.checkpointStatsReset =
        r.isNull(0, "checkpoint_stats_reset") ? QDateTime() : r.timestamp(0, "checkpoint_stats_reset");
    e.connections = int(r.int64(0, "connections"));
    e.maxConnections = int(r.int64(0, "max_connections"));
    e.reservedConnections = int(r.int64(0, "reserved_connections"));
    e.started = r.timestamp(0, "started");
    return e;
}

QString evidenceFor(const QString &setting, const Evidence &e) {
    if (!e.valid)
        return {};
    const QLocale loc;
    if (setting == QLatin1String("work_mem")) {
        if (e.tempFiles == 0)
            return QCoreApplication::translate("tuning",
                                               "No temporary files %1: sorts and hashes fit into work_mem.")
                .arg(since(e.databaseStatsReset, e.started));
        return QCoreApplication::translate(
                   "tuning", "%1 temporary files, %2 written %3: sorts or hashes spilled to disk.")
            .arg(loc.toString(e.tempFiles), formatBytes(double(e.tempBytes)),
                 since(e.databaseStatsReset, e.started));
    }
    if (setting == QLatin1String("max_wal_size") || setting == QLatin1String("min_wal_size")) {
        return QCoreApplication::translate(
                   "tuning", "Checkpoints %1: %2 requested (WAL full) vs %3 timed; %4 requested.")
            .arg(since(e.checkpointStatsReset, e.started), loc.toString(e.checkpointsRequested),
                 loc.toString(e.checkpointsTimed), percent(e.requestedCheckpointShare()));
    }
    if (setting == QLatin1String("shared_buffers") || setting == QLatin1String("effective_cache_size")) {
        const auto ratio = e.cacheHitRatio();
        if (!ratio)
            return QCoreApplication::translate("tuning", "No block reads counted yet.");
        return QCoreApplication::translate(
                   "tuning", "Cache hit ratio %1 (%2 hits, %3 reads) %4; the ticket's target is above 99 %.")
            .arg(percent(*ratio), loc.toString(e.blocksHit), loc.toString(e.blocksRead),
                 since(e.databaseStatsReset, e.started));
    }
    if (setting == QLatin1String("max_connections")) {
        return QCoreApplication::translate("tuning",
                                           "%1 of %2 connections in use (%3), %4 reserved for superusers.")
            .arg(e.connections)
            .arg(e.maxConnections)
            .arg(percent(e.connectionUse()))
            .arg(e.reservedConnections);
    }
    return {};
}

QStringList evidenceLines(const Evidence &e) {
    if (!e.valid)
        return {};
    return {evidenceFor(QStringLiteral("work_mem"), e), evidenceFor(QStringLiteral("max_wal_size"), e),
            evidenceFor(QStringLiteral("shared_buffers"), e),
            evidenceFor(QStringLiteral("max_connections"), e)};
}

} // namespace tuning
