#pragma once

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace pg {
class Result;
}

namespace tuning {

// The server's own counters that support (or contradict) the advice.
struct Evidence {
    bool valid = false;
    qint64 tempFiles = 0; // all databases, since their statistics were reset
    qint64 tempBytes = 0;
    qint64 blocksHit = 0;
    qint64 blocksRead = 0;
    QDateTime databaseStatsReset; // invalid: never reset
    qint64 checkpointsTimed = 0;
    qint64 checkpointsRequested = 0;
    QDateTime checkpointStatsReset;
    int connections = 0; // client backends now
    int maxConnections = 0;
    int reservedConnections = 0;
    QDateTime started;

    std::optional<double> cacheHitRatio() const; // 0..1, nullopt without reads
    double requestedCheckpointShare() const;     // 0..1
    double connectionUse() const;                // connections / max_connections, 0..1
};

// One row of sql/tuning/evidence.sql.
Evidence evidenceFrom(const pg::Result &r);

// The counter that bears on a setting, in one sentence ("12 temporary files, 1.2 GB since
// ..."), or empty when none does.
QString evidenceFor(const QString &setting, const Evidence &e);
// All counters, one sentence each, for the evidence panel and the command line.
QStringList evidenceLines(const Evidence &e);

} // namespace tuning
