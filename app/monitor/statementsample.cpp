#include "monitor/statementsample.h"

#include "pg/result.h"

#include <QHash>

namespace monitor {

namespace {
// Column positions looked up once: 10,000 rows × 30 columns by name would cost more than
// the parsing itself.
struct Columns {
    int userid, dbid, queryid, toplevel, datname, rolname, calls, totalExec, minExec, maxExec, meanExec,
        stddevExec, plans, totalPlan, meanPlan, rows, sharedHit, sharedRead, sharedDirtied, sharedWritten,
        localHit, localRead, localDirtied, localWritten, tempRead, tempWritten, ioRead, ioWrite, walRecords,
        walFpi, walBytes, statsSince;
    explicit Columns(const pg::Result &r)
        : userid(r.column("userid"))
        , dbid(r.column("dbid"))
        , queryid(r.column("queryid"))
        , toplevel(r.column("toplevel"))
        , datname(r.column("datname"))
        , rolname(r.column("rolname"))
        , calls(r.column("calls"))
        , totalExec(r.column("total_exec_ms"))
        , minExec(r.column("min_exec_ms"))
        , maxExec(r.column("max_exec_ms"))
        , meanExec(r.column("mean_exec_ms"))
        , stddevExec(r.column("stddev_exec_ms"))
        , plans(r.column("plans"))
        , totalPlan(r.column("total_plan_ms"))
        , meanPlan(r.column("mean_plan_ms"))
        , rows(r.column("rows"))
        , sharedHit(r.column("shared_blks_hit"))
        , sharedRead(r.column("shared_blks_read"))
        , sharedDirtied(r.column("shared_blks_dirtied"))
        , sharedWritten(r.column("shared_blks_written"))
        , localHit(r.column("local_blks_hit"))
        , localRead(r.column("local_blks_read"))
        , localDirtied(r.column("local_blks_dirtied"))
        , localWritten(r.column("local_blks_written"))
        , tempRead(r.column("temp_blks_read"))
        , tempWritten(r.column("temp_blks_written"))
        , ioRead(r.column("io_read_ms"))
        , ioWrite(r.column("io_write_ms"))
        , walRecords(r.column("wal_records"))
        , walFpi(r.column("wal_fpi"))
        , walBytes(r.column("wal_bytes"))
        , statsSince(r.column("stats_since")) {}
};

double num(const pg::Result &r, int row, int col) {
    if (col < 0 || r.isNull(row, col))
        return 0.0;
    return r.text(row, col).toDouble();
}
} // namespace

StatementSample StatementSample::fromResults(const pg::Result &res, const pg::Result &info, qint64 tsMs) {
    StatementSample s;
    s.tsMs = tsMs;
    if (info.ok() && info.rows() > 0) {
        if (!info.isNull(0, "dealloc"))
            s.dealloc = info.int64(0, "dealloc");
        if (!info.isNull(0, "stats_reset"))
            s.statsResetMs = info.timestamp(0, "stats_reset").toMSecsSinceEpoch();
    }
    if (!res.ok())
        return s;
    const Columns c(res);
    const int n = res.rows();
    s.rows.reserve(n);
    QHash<QPair<quint32, quint32>, qsizetype> hiddenAt; // (dbid, userid) -> index of folded row
    for (int i = 0; i < n; ++i) {
        if (res.isNull(i, c.userid))
            continue; // statements_delta.sql's row when nothing changed
        StatementCounters e;
        e.key.userid = quint32(res.int64(i, c.userid));
        e.key.dbid = quint32(res.int64(i, c.dbid));
        e.key.hidden = res.isNull(i, c.queryid);
        e.key.queryid = e.key.hidden ? 0 : res.int64(i, c.queryid);
        e.key.toplevel = e.key.hidden || c.toplevel < 0 || res.text(i, c.toplevel) != QLatin1String("f");
        e.database = res.text(i, c.datname);
        e.user = res.text(i, c.rolname);
        e.calls = res.int64(i, c.calls);
        e.totalExecMs = num(res, i, c.totalExec);
        e.minExecMs = num(res, i, c.minExec);
        e.maxExecMs = num(res, i, c.maxExec);
        e.meanExecMs = num(res, i, c.meanExec);
        e.stddevExecMs = num(res, i, c.stddevExec);
        e.planTracked = c.plans >= 0 && !res.isNull(i, c.plans);
        e.plans = res.int64(i, c.plans);
        e.totalPlanMs = num(res, i, c.totalPlan);
        e.meanPlanMs = num(res, i, c.meanPlan);
        e.rows = res.int64(i, c.rows);
        e.sharedHit = res.int64(i, c.sharedHit);
        e.sharedRead = res.int64(i, c.sharedRead);
        e.sharedDirtied = res.int64(i, c.sharedDirtied);
        e.sharedWritten = res.int64(i, c.sharedWritten);
        e.localHit = res.int64(i, c.localHit);
        e.localRead = res.int64(i, c.localRead);
        e.localDirtied = res.int64(i, c.localDirtied);
        e.localWritten = res.int64(i, c.localWritten);
        e.tempRead = res.int64(i, c.tempRead);
        e.tempWritten = res.int64(i, c.tempWritten);
        e.ioReadMs = num(res, i, c.ioRead);
        e.ioWriteMs = num(res, i, c.ioWrite);
        e.walTracked = c.walBytes >= 0 && !res.isNull(i, c.walBytes);
        e.walRecords = res.int64(i, c.walRecords);
        e.walFpi = res.int64(i, c.walFpi);
        e.walBytes = num(res, i, c.walBytes);
        if (c.statsSince >= 0 && !res.isNull(i, c.statsSince))
            e.statsSinceMs = pg::Result::parseTimestamp(res.text(i, c.statsSince)).toMSecsSinceEpoch();
        if (!e.key.hidden) {
            s.rows.append(std::move(e));
            continue;
        }
        ++s.hiddenStatements;
        const auto slot = qMakePair(e.key.dbid, e.key.userid);
        const auto it = hiddenAt.constFind(slot);
        if (it == hiddenAt.constEnd()) {
            e.hiddenCount = 1;
            hiddenAt.insert(slot, s.rows.size());
            s.rows.append(std::move(e));
        } else {
            s.rows[*it].fold(e);
        }
    }
    return s;
}

} // namespace monitor
