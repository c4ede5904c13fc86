#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pg {
class Result;
}

namespace monitor {

// Cumulative pg_stat_database counters of one database plus its client sessions by state.
struct DatabaseCounters {
    qint64 datid = 0; // 0: the shared catalogs' row
    QString name;     // empty for datid 0
    qint64 commits = 0;
    qint64 rollbacks = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 fetched = 0;
    qint64 returned = 0;
    qint64 blksRead = 0;
    qint64 blksHit = 0;
    QString statsReset; // as the server printed it; a change means the counters were reset
    int active = 0;
    int waiting = 0; // active, waiting on a lock
    int idleInTransaction = 0;
    int idle = 0;
    int other = 0; // fastpath function call, disabled
};

// One read of sql/monitor/serverstats.sql.
struct ServerStatsSample {
    qint64 serverMs = 0; // the server's clock: the time base of rates
    qint64 localMs = 0;  // pgdba's clock when the sample arrived: the charts' time axis
    QList<DatabaseCounters> databases;

    bool isValid() const { return serverMs > 0; }
    static ServerStatsSample fromResult(const pg::Result &r, qint64 localMs);
    QStringList databaseNames() const; // sorted, without the shared row
};

} // namespace monitor
