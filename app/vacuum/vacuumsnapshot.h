#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <limits>

namespace pg {
class Result;
}

namespace vacuum {

// One running maintenance command from a pg_stat_progress_* view (sql/vacuum/progress*.sql).
struct MaintenanceProgress {
    QString kind; // vacuum, analyze, create_index, cluster, basebackup, copy
    int pid = 0;
    QString database;
    QString relation; // empty for a base backup
    QString phase;
    qint64 done = 0;
    qint64 total = -1; // -1: unknown (e.g. COPY FROM STDIN)
    QString unit;      // blocks, tuples, bytes
    QString detail;
    bool autovacuum = false;
    double runningS = 0;

    double fraction() const; // 0..1, or -1 when the total is unknown
};

struct AutovacuumWorkers {
    int busy = 0;
    int max = 0;
    bool enabled = true;
    double baseThreshold = 50;
    double scaleFactor = 0.2;
    qint64 freezeMaxAge = 200000000;
    qint64 databaseFreezeAge = 0;
};

// A table and how close autovacuum is to it (sql/vacuum/tables.sql).
struct TableVacuumState {
    qint64 oid = 0;
    QString relation;
    qint64 liveTuples = 0;
    qint64 deadTuples = 0;
    double threshold = 0; // dead tuples that trigger autovacuum (reloptions honoured)
    qint64 freezeAge = 0;
    qint64 freezeMaxAge = 0;
    qint64 bytes = 0;
    QDateTime lastVacuum; // manual or automatic, the later one
    QDateTime lastAutovacuum;
    bool autovacuumEnabled = true;
    bool hasReloptions = false;
    double vacuumRatio = 0; // dead / threshold: >= 1 is due
    double freezeRatio = 0; // age / freeze max age: >= 1 forces an anti-wraparound vacuum

    bool pastThreshold() const { return vacuumRatio >= 1; }
};

// Something holding back the xmin horizon (sql/vacuum/horizon.sql).
struct HorizonHolder {
    Q_DECLARE_TR_FUNCTIONS(vacuum::HorizonHolder)
public:
    enum class Kind { Transaction, Snapshot, Slot, Prepared, Standby };
    Kind kind = Kind::Transaction;
    QString holder; // pid, slot name, prepared gid or standby name
    int pid = 0;
    QString database;
    QString role;
    QString application;
    QString state;
    qint64 ageXids = -1;
    double ageS = -1; // -1: unknown (slots, standby feedback)
    QString query;
    QDateTime backendStart; // backends: guards an action against a reused pid

    QString kindKey() const; // "transaction", "snapshot", "slot", "prepared", "standby" (stable)
    QString kindLabel() const;
    QString action() const;    // what to do, translated
    QString actionSql() const; // the statement that releases it (to review and run), if one exists
};

// Statistics-based bloat estimate per table, and pgstattuple's exact figures when known.
struct TableBloat {
    qint64 oid = 0;
    QString relation;
    qint64 bytes = 0;
    qint64 bloatBytes = 0;
    double bloatPct = 0;
    bool statsComplete = true; // every column has pg_stats (else the estimate is weaker)
    bool exact = false;        // figures below from pgstattuple
    qint64 deadBytes = -1;
    qint64 freeBytes = -1;
    double growthBytes = std::numeric_limits<double>::quiet_NaN(); // vs the oldest in the history window
};

// Statistics-based B-tree index bloat estimate (sql/vacuum/index_bloat.sql), and pgstatindex's
// exact figures when pgstattuple is installed (sql/vacuum/index_bloat_exact.sql).
struct IndexBloat {
    qint64 oid = 0;
    QString index; // schema-qualified, quoted as needed
    QString table;
    qint64 bytes = 0;
    qint64 bloatBytes = 0;
    double bloatPct = 0;
    double fillfactor = 90;
    bool statsComplete = true;
    bool exact = false;      // figures below from pgstatindex
    double leafDensity = -1; // pgstatindex avg_leaf_density (%), -1 unknown
    double growthBytes = std::numeric_limits<double>::quiet_NaN(); // vs the oldest in the history window
};

struct VacuumSnapshot {
    qint64 tsMs = 0;
    QList<MaintenanceProgress> running;
    AutovacuumWorkers workers;
    QList<HorizonHolder> horizon;
    // The slow part, read less often (every table of the database):
    qint64 tablesTsMs = 0;
    QList<TableVacuumState> tables;
    QList<TableBloat> bloat;
    QList<IndexBloat> indexBloat;
    bool pgstattuple = false; // the extension is installed in this database

    bool isValid() const { return tsMs > 0; }
    const TableBloat *bloatOf(const QString &relation) const;
    static QList<MaintenanceProgress> progressFrom(const pg::Result &r);
    static AutovacuumWorkers workersFrom(const pg::Result &r);
    static QList<HorizonHolder> horizonFrom(const pg::Result &r);
    static QList<TableVacuumState> tablesFrom(const pg::Result &r);
    static QList<TableBloat> bloatFrom(const pg::Result &r);
    // Replaces estimates by pgstattuple's figures where `exact` has them.
    static void applyExact(QList<TableBloat> &bloat, const pg::Result &exact);
    static QList<IndexBloat> indexBloatFrom(const pg::Result &r);
    static void applyExact(QList<IndexBloat> &bloat, const pg::Result &exact);
};

} // namespace vacuum
