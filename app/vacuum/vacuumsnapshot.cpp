#include "vacuum/vacuumsnapshot.h"

#include "pg/connection.h"
#include "pg/result.h"

namespace vacuum {

double MaintenanceProgress::fraction() const {
    if (total <= 0)
        return -1;
    return qBound(0.0, double(done) / double(total), 1.0);
}

QString HorizonHolder::kindKey() const {
    switch (kind) {
    case Kind::Transaction:
        return QStringLiteral("transaction");
    case Kind::Snapshot:
        return QStringLiteral("snapshot");
    case Kind::Slot:
        return QStringLiteral("slot");
    case Kind::Prepared:
        return QStringLiteral("prepared");
    case Kind::Standby:
        break;
    }
    return QStringLiteral("standby");
}

QString HorizonHolder::kindLabel() const {
    switch (kind) {
    case Kind::Transaction:
        return tr("open transaction");
    case Kind::Snapshot:
        return tr("snapshot (query or repeatable read)");
    case Kind::Slot:
        return tr("replication slot");
    case Kind::Prepared:
        return tr("prepared transaction");
    case Kind::Standby:
        break;
    }
    return tr("standby feedback");
}

QString HorizonHolder::action() const {
    switch (kind) {
    case Kind::Transaction:
    case Kind::Snapshot:
        return tr("terminate pid %1 (or have its application commit)").arg(pid);
    case Kind::Slot:
        return tr("drop slot \"%1\" if its consumer is gone, else let it catch up").arg(holder);
    case Kind::Prepared:
        return tr("COMMIT PREPARED or ROLLBACK PREPARED '%1' in database %2").arg(holder, database);
    case Kind::Standby:
        break;
    }
    return tr("end the long queries on standby \"%1\" or turn off hot_standby_feedback there").arg(holder);
}

QString HorizonHolder::actionSql() const {
    const QString literal = QLatin1Char('\'') +
                            QString(holder).replace(QLatin1Char('\''), QStringLiteral("''")) +
                            QLatin1Char('\'');
    switch (kind) {
    case Kind::Transaction:
    case Kind::Snapshot:
        return QStringLiteral("SELECT pg_terminate_backend(%1);").arg(pid);
    case Kind::Slot:
        return QStringLiteral("SELECT pg_drop_replication_slot(%1);").arg(literal);
    case Kind::Prepared:
        return QStringLiteral("ROLLBACK PREPARED %1; -- in database %2")
            .arg(literal,
                 pg::Connection::quoteIdentOffline(database.simplified())); // no line break ends the comment
    case Kind::Standby:
        break;
    }
    return {};
}

const TableBloat *VacuumSnapshot::bloatOf(const QString &relation) const {
    for (const auto &b : bloat)
        if (b.relation == relation)
            return &b;
    return nullptr;
}

QList<MaintenanceProgress> VacuumSnapshot::progressFrom(const pg::Result &r) {
    QList<MaintenanceProgress> out;
    if (!r.ok())
        return out;
    for (int i = 0; i < r.rows(); ++i) {
        MaintenanceProgress p;
        p.kind = r.text(i, "kind");
        p.pid = int(r.int64(i, "pid"));
        p.database = r.text(i, "datname");
        p.relation = r.text(i, "relation");
        p.phase = r.text(i, "phase");
        p.done = r.int64(i, "done");
        p.total = r.isNull(i, "total") ? -1 : r.int64(i, "total");
        p.unit = r.text(i, "unit");
        p.detail = r.text(i, "detail");
        p.autovacuum = r.boolean(i, "autovacuum");
        p.runningS = r.dbl(i, "running_s");
        out << p;
    }
    return out;
}

AutovacuumWorkers VacuumSnapshot::workersFrom(const pg::Result &r) {
    AutovacuumWorkers w;
    if (!r.ok() || r.rows() < 1)
        return w;
    w.busy = int(r.int64(0, "workers_busy"));
    w.max = int(r.int64(0, "workers_max"));
    w.enabled = r.boolean(0, "autovacuum_on");
    w.baseThreshold = r.dbl(0, "vacuum_threshold");
    w.scaleFactor = r.dbl(0, "vacuum_scale_factor");
    w.freezeMaxAge = r.int64(0, "freeze_max_age");
    w.databaseFreezeAge = r.int64(0, "database_freeze_age");
    return w;
}

QList<HorizonHolder> VacuumSnapshot::horizonFrom(const pg::Result &r) {
    QList<HorizonHolder> out;
    if (!r.ok())
        return out;
    for (int i = 0; i < r.rows(); ++i) {
        HorizonHolder h;
        const QString kind = r.text(i, "kind");
        h.kind = kind == QLatin1String("transaction") ? HorizonHolder::Kind::Transaction
                 : kind == QLatin1String("snapshot")  ? HorizonHolder::Kind::Snapshot
                 : kind == QLatin1String("slot")      ? HorizonHolder::Kind::Slot
                 : kind == QLatin1String("prepared")  ? HorizonHolder::Kind::Prepared
                                                      : HorizonHolder::Kind::Standby;
        h.holder = r.text(i, "holder");
        h.pid = int(r.int64(i, "pid"));
        h.database = r.text(i, "database");
        h.role = r.text(i, "role");
        h.application = r.text(i, "application");
        h.state = r.text(i, "state");
        h.ageXids = r.isNull(i, "age_xids") ? -1 : r.int64(i, "age_xids");
        h.ageS = r.isNull(i, "age_s") ? -1 : r.dbl(i, "age_s");
        h.query = r.text(i, "query");
        if (r.column("backend_start") >= 0 && !r.isNull(i, "backend_start"))
            h.backendStart = r.timestamp(i, "backend_start");
        out << h;
    }
    return out;
}

QList<TableVacuumState> VacuumSnapshot::tablesFrom(const pg::Result &r) {
    QList<TableVacuumState> out;
    if (!r.ok())
        return out;
    out.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i) {
        TableVacuumState t;
        t.oid = r.int64(i, "oid");
        t.relation = r.text(i, "relation");
        t.liveTuples = r.int64(i, "live_tuples");
        t.deadTuples = r.int64(i, "dead_tuples");
        t.threshold = r.dbl(i, "threshold");
        t.freezeAge = r.int64(i, "freeze_age");
        t.freezeMaxAge = r.int64(i, "freeze_max_age");
        t.bytes = r.int64(i, "bytes");
        t.lastVacuum = r.timestamp(i, "last_vacuum");
        t.lastAutovacuum = r.timestamp(i, "last_autovacuum");
        t.autovacuumEnabled = r.boolean(i, "autovacuum_enabled");
        t.hasReloptions = r.boolean(i, "has_reloptions");
        t.vacuumRatio = r.dbl(i, "vacuum_ratio");
        t.freezeRatio = r.dbl(i, "freeze_ratio");
        out << t;
    }
    return out;
}

QList<TableBloat> VacuumSnapshot::bloatFrom(const pg::Result &r) {
    QList<TableBloat> out;
    if (!r.ok())
        return out;
    out.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i) {
        TableBloat b;
        b.oid = r.int64(i, "oid");
        b.relation = r.text(i, "relation");
        b.bytes = r.int64(i, "bytes");
        b.bloatBytes = r.int64(i, "bloat_bytes");
        b.bloatPct = r.dbl(i, "bloat_pct");
        b.statsComplete = r.boolean(i, "stats_complete");
        out << b;
    }
    return out;
}

void VacuumSnapshot::applyExact(QList<TableBloat> &bloat, const pg::Result &exact) {
    if (!exact.ok())
        return;
    for (int i = 0; i < exact.rows(); ++i) {
        const qint64 oid = exact.int64(i, "oid");
        for (auto &b : bloat) {
            if (b.oid != oid)
                continue;
            b.exact = true;
            b.bytes = exact.int64(i, "bytes");
            b.deadBytes = exact.int64(i, "dead_bytes");
            b.freeBytes = exact.int64(i, "free_bytes");
            b.bloatBytes = b.deadBytes + b.freeBytes;
            b.bloatPct = exact.dbl(i, "bloat_pct");
        }
    }
}

QList<IndexBloat> VacuumSnapshot::indexBloatFrom(const pg::Result &r) {
    QList<IndexBloat> out;
    if (!r.ok())
        return out;
    out.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i) {
        IndexBloat b;
        b.oid = r.int64(i, "oid");
        b.index = r.text(i, "index_name");
        b.table = r.text(i, "table_name");
        b.bytes = r.int64(i, "bytes");
        b.fillfactor = r.dbl(i, "fillfactor");
        b.bloatBytes = r.int64(i, "bloat_bytes");
        b.bloatPct = r.dbl(i, "bloat_pct");
        b.statsComplete = r.boolean(i, "stats_complete");
        out << b;
    }
    return out;
}

void VacuumSnapshot::applyExact(QList<IndexBloat> &bloat, const pg::Result &exact) {
    if (!exact.ok())
        return;
    for (int i = 0; i < exact.rows(); ++i) {
        const qint64 oid = exact.int64(i, "oid");
        for (auto &b : bloat) {
            if (b.oid != oid)
                continue;
            b.exact = true;
            b.bytes = exact.int64(i, "bytes");
            b.bloatBytes = exact.int64(i, "bloat_bytes");
            b.bloatPct = b.bytes > 0 ? 100.0 * double(b.bloatBytes) / double(b.bytes) : 0;
            b.leafDensity = exact.isNull(i, "leaf_density") ? -1 : exact.dbl(i, "leaf_density");
        }
    }
}

} // namespace vacuum
