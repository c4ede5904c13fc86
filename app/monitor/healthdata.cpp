#include "monitor/healthdata.h"

#include "pg/connection.h"
#include "pg/result.h"

#include <QRegularExpression>

namespace monitor {

namespace {
QString ident(const QString &s) {
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    return plain.match(s).hasMatch() ? s : pg::Connection::quoteIdentOffline(s);
}

QDateTime ts(const pg::Result &r, int row, const char *col) {
    return r.isNull(row, col) ? QDateTime() : r.timestamp(row, col);
}

std::optional<double> optDbl(const pg::Result &r, int row, const char *col) {
    if (r.isNull(row, col))
        return std::nullopt;
    return r.dbl(row, col);
}
} // namespace

QString quoteQualified(const QString &schema, const QString &name) {
    return ident(schema) + QLatin1Char('.') + ident(name);
}

QString HealthIndex::qualifiedName() const {
    return quoteQualified(schema, name);
}
QString HealthIndex::qualifiedTable() const {
    return quoteQualified(schema, table);
}
QString HealthTable::qualifiedName() const {
    return quoteQualified(schema, name);
}
QString HealthSequence::qualifiedName() const {
    return quoteQualified(schema, name);
}

std::optional<double> HealthCache::ratio() const {
    const qint64 total = blocksHit + blocksRead;
    if (total <= 0)
        return std::nullopt;
    return double(blocksHit) / double(total);
}

QList<HealthIndex> healthIndexesFrom(const pg::Result &r) {
    QList<HealthIndex> out;
    for (int i = 0; i < r.rows(); ++i) {
        HealthIndex x;
        x.oid = r.int64(i, "oid");
        x.schema = r.text(i, "schema");
        x.table = r.text(i, "table_name");
        x.name = r.text(i, "index_name");
        x.method = r.text(i, "method");
        x.keys = r.int64Array(i, "keys");
        x.classes = r.int64Array(i, "classes");
        x.collations = r.int64Array(i, "collations");
        x.options = r.int64Array(i, "options");
        x.keyCount = int(r.int64(i, "key_count"));
        x.expressions = r.text(i, "expressions");
        x.predicate = r.text(i, "predicate");
        x.unique = r.boolean(i, "is_unique");
        x.primary = r.boolean(i, "is_primary");
        x.backsConstraint = r.boolean(i, "backs_constraint");
        x.valid = r.boolean(i, "is_valid");
        x.beingBuilt = r.boolean(i, "being_built");
        x.sizeBytes = r.int64(i, "size_bytes");
        x.scans = r.int64(i, "scans");
        x.definition = r.text(i, "definition");
        out << x;
    }
    return out;
}

QList<HealthTable> healthTablesFrom(const pg::Result &r) {
    QList<HealthTable> out;
    for (int i = 0; i < r.rows(); ++i) {
        HealthTable t;
        t.schema = r.text(i, "schema");
        t.name = r.text(i, "table_name");
        t.seqScans = r.int64(i, "seq_scan");
        t.indexScans = r.int64(i, "idx_scan");
        t.liveRows = r.int64(i, "n_live_tup");
        t.deadRows = r.int64(i, "n_dead_tup");
        t.modifiedSinceAnalyze = r.int64(i, "n_mod_since_analyze");
        t.estimatedRows = r.int64(i, "estimated_rows");
        t.lastVacuum = ts(r, i, "last_vacuum");
        t.lastAutovacuum = ts(r, i, "last_autovacuum");
        t.lastAnalyze = ts(r, i, "last_analyze");
        t.lastAutoanalyze = ts(r, i, "last_autoanalyze");
        t.sizeBytes = r.int64(i, "size_bytes");
        t.hasIndexes = r.boolean(i, "has_indexes");
        out << t;
    }
    return out;
}

HealthCache healthCacheFrom(const pg::Result &r) {
    HealthCache c;
    if (r.rows() < 1)
        return c;
    c.database = r.text(0, "database");
    c.blocksHit = r.int64(0, "blks_hit");
    c.blocksRead = r.int64(0, "blks_read");
    c.statsReset = ts(r, 0, "stats_reset");
    return c;
}

QList<HealthDatabaseAge> healthDatabaseAgesFrom(const pg::Result &r) {
    QList<HealthDatabaseAge> out;
    for (int i = 0; i < r.rows(); ++i)
        out << HealthDatabaseAge{r.text(i, "database"), r.int64(i, "xid_age"), r.int64(i, "mxid_age"),
                                 r.int64(i, "freeze_max_age")};
    return out;
}

QList<HealthSession> healthSessionsFrom(const pg::Result &r) {
    QList<HealthSession> out;
    for (int i = 0; i < r.rows(); ++i) {
        HealthSession s;
        s.pid = int(r.int64(i, "pid"));
        s.user = r.text(i, "usename");
        s.database = r.text(i, "datname");
        s.application = r.text(i, "application_name");
        s.client = r.text(i, "client");
        s.state = r.text(i, "state");
        s.query = r.text(i, "query");
        s.waitEventType = r.text(i, "wait_event_type");
        s.waitEvent = r.text(i, "wait_event");
        s.xactAgeS = optDbl(r, i, "xact_age_s");
        s.queryAgeS = optDbl(r, i, "query_age_s");
        s.stateAgeS = optDbl(r, i, "state_age_s");
        out << s;
    }
    return out;
}

HealthConnections healthConnectionsFrom(const pg::Result &r) {
    HealthConnections c;
    if (r.rows() < 1)
        return c;
    c.connections = int(r.int64(0, "connections"));
    c.active = int(r.int64(0, "active"));
    c.idleInTransaction = int(r.int64(0, "idle_in_transaction"));
    c.maxConnections = int(r.int64(0, "max_connections"));
    c.reserved = int(r.int64(0, "reserved"));
    return c;
}

QList<HealthSequence> healthSequencesFrom(const pg::Result &r) {
    QList<HealthSequence> out;
    for (int i = 0; i < r.rows(); ++i) {
        HealthSequence s;
        s.schema = r.text(i, "schema");
        s.name = r.text(i, "sequence_name");
        s.dataType = r.text(i, "data_type");
        s.lastValue = r.int64(i, "last_value");
        s.minValue = r.int64(i, "min_value");
        s.maxValue = r.int64(i, "max_value");
        s.increment = r.int64(i, "increment_by");
        s.usedShare = r.dbl(i, "used_share");
        s.ownerTable = r.text(i, "owner_table");
        s.ownerColumn = r.text(i, "owner_column");
        out << s;
    }
    return out;
}

} // namespace monitor
