#include "monitor/serverstatssample.h"

#include "pg/result.h"

namespace monitor {

ServerStatsSample ServerStatsSample::fromResult(const pg::Result &r, qint64 localMs) {
    ServerStatsSample s;
    s.localMs = localMs;
    for (int i = 0; i < r.rows(); ++i) {
        DatabaseCounters d;
        d.datid = r.int64(i, "datid");
        d.name = r.text(i, "datname");
        d.commits = r.int64(i, "xact_commit");
        d.rollbacks = r.int64(i, "xact_rollback");
        d.inserted = r.int64(i, "tup_inserted");
        d.updated = r.int64(i, "tup_updated");
        d.deleted = r.int64(i, "tup_deleted");
        d.fetched = r.int64(i, "tup_fetched");
        d.returned = r.int64(i, "tup_returned");
        d.blksRead = r.int64(i, "blks_read");
        d.blksHit = r.int64(i, "blks_hit");
        d.statsReset = r.text(i, "stats_reset");
        d.active = int(r.int64(i, "active"));
        d.waiting = int(r.int64(i, "waiting"));
        d.idleInTransaction = int(r.int64(i, "idle_in_xact"));
        d.idle = int(r.int64(i, "idle"));
        d.other = int(r.int64(i, "other"));
        s.databases << d;
        s.serverMs = r.int64(i, "server_ms");
    }
    return s;
}

QStringList ServerStatsSample::databaseNames() const {
    QStringList names;
    for (const auto &d : databases)
        if (d.datid != 0 && !d.name.isEmpty())
            names << d.name;
    names.sort();
    return names;
}

} // namespace monitor
