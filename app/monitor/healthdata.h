#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pg {
class Result;
}

namespace monitor {

// What the health checks read from the server, as plain values (sql/health/*.sql), so the
// judging can be tested without a server.

struct HealthIndex {
    qint64 oid = 0;
    QString schema, table, name, method;
    QList<qint64> keys; // pg_index.indkey: table column numbers, 0 for an expression
    QList<qint64> classes, collations, options;
    int keyCount = 0; // indnkeyatts: the rest of keys are INCLUDE columns
    QString expressions, predicate;
    bool unique = false, primary = false, backsConstraint = false;
    bool valid = true, beingBuilt = false;
    qint64 sizeBytes = 0;
    qint64 scans = 0;
    QString definition;
    QString qualifiedName() const; // schema.name, quoted where needed
    QString qualifiedTable() const;
};

struct HealthTable {
    QString schema, name;
    qint64 seqScans = 0, indexScans = 0;
    qint64 liveRows = 0, deadRows = 0, modifiedSinceAnalyze = 0, estimatedRows = 0;
    QDateTime lastVacuum, lastAutovacuum, lastAnalyze, lastAutoanalyze;
    qint64 sizeBytes = 0;
    bool hasIndexes = false;
    QString qualifiedName() const;
    qint64 rows() const { return std::max(liveRows, estimatedRows); }
};

struct HealthCache {
    QString database;
    qint64 blocksHit = 0, blocksRead = 0;
    QDateTime statsReset;
    std::optional<double> ratio() const;
};

struct HealthDatabaseAge {
    QString database;
    qint64 xidAge = 0, mxidAge = 0, freezeMaxAge = 0;
};

struct HealthSession {
    int pid = 0;
    QString user, database, application, client, state, query, waitEventType, waitEvent;
    std::optional<double> xactAgeS, queryAgeS, stateAgeS;
};

struct HealthConnections {
    int connections = 0, active = 0, idleInTransaction = 0;
    int maxConnections = 0, reserved = 0;
    int usable() const { return std::max(1, maxConnections - reserved); }
};

struct HealthSequence {
    QString schema, name, dataType;
    qint64 lastValue = 0, minValue = 0, maxValue = 0, increment = 1;
    double usedShare = 0; // 0..1 of the range already handed out
    QString ownerTable, ownerColumn;
    QString qualifiedName() const;
};

QString quoteQualified(const QString &schema, const QString &name);

QList<HealthIndex> healthIndexesFrom(const pg::Result &r);
QList<HealthTable> healthTablesFrom(const pg::Result &r);
HealthCache healthCacheFrom(const pg::Result &r);
QList<HealthDatabaseAge> healthDatabaseAgesFrom(const pg::Result &r);
QList<HealthSession> healthSessionsFrom(const pg::Result &r);
HealthConnections healthConnectionsFrom(const pg::Result &r);
QList<HealthSequence> healthSequencesFrom(const pg::Result &r);

} // namespace monitor
