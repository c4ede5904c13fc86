#pragma once

#include <QHash>
#include <QString>

namespace monitor {

// Identifies one pg_stat_statements entry. The extension keys entries by (user, database,
// query id, toplevel); statements whose text this role may not see come without a query id
// and are folded into one "hidden" entry per (user, database).
struct StatementKey {
    quint32 userid = 0;
    quint32 dbid = 0;
    qint64 queryid = 0;
    bool toplevel = true;
    bool hidden = false;

    // The history store's key: "queryid/dbid/userid", "/nested" for non-top-level entries,
    // "hidden/dbid/userid" for the folded entries.
    QString toString() const;
    static StatementKey fromString(const QString &s, bool *ok = nullptr);
    friend bool operator==(const StatementKey &a, const StatementKey &b) {
        return a.queryid == b.queryid && a.dbid == b.dbid && a.userid == b.userid &&
               a.toplevel == b.toplevel && a.hidden == b.hidden;
    }
};

inline size_t qHash(const StatementKey &k, size_t seed = 0) noexcept {
    return qHashMulti(seed, k.queryid, k.dbid, k.userid, k.toplevel, k.hidden);
}

// Differences of the cumulative counters over an interval (never negative), or their sum
// over a window. Times in milliseconds.
struct StatementDelta {
    qint64 calls = 0;
    double execMs = 0;
    double planMs = 0;
    qint64 rows = 0;
    qint64 sharedHit = 0;
    qint64 sharedRead = 0;
    qint64 tempBlocks = 0; // temp read + written
    qint64 localRead = 0;
    double ioMs = 0;
    double walBytes = 0;

    qint64 blocksRead() const { return sharedRead + localRead; }
    bool isZero() const {
        return calls == 0 && execMs <= 0 && rows == 0 && sharedRead == 0 && sharedHit == 0;
    }
    StatementDelta &operator+=(const StatementDelta &o);
    StatementDelta &operator-=(const StatementDelta &o); // clamps at zero
};

// One entry's cumulative counters as pg_stat_statements reports them ("since reset").
struct StatementCounters {
    StatementKey key;
    int hiddenCount = 0; // folded entries: how many statements were folded
    QString database;
    QString user;
    qint64 calls = 0;
    double totalExecMs = 0;
    double minExecMs = 0;
    double maxExecMs = 0;
    double meanExecMs = 0;
    double stddevExecMs = 0;
    bool planTracked = false; // the server has planning counters (13+)
    qint64 plans = 0;
    double totalPlanMs = 0;
    double meanPlanMs = 0;
    qint64 rows = 0;
    qint64 sharedHit = 0;
    qint64 sharedRead = 0;
    qint64 sharedDirtied = 0;
    qint64 sharedWritten = 0;
    qint64 localHit = 0;
    qint64 localRead = 0;
    qint64 localDirtied = 0;
    qint64 localWritten = 0;
    qint64 tempRead = 0;
    qint64 tempWritten = 0;
    double ioReadMs = 0;
    double ioWriteMs = 0;
    bool walTracked = false; // 13+
    qint64 walRecords = 0;
    qint64 walFpi = 0;
    double walBytes = 0;
    qint64 statsSinceMs = 0; // 17+: when the entry was created; 0 when unknown

    double ioMs() const { return ioReadMs + ioWriteMs; }
    qint64 tempBlocks() const { return tempRead + tempWritten; }
    // shared_blks_hit / (hit + read); -1 when the statement touched no shared buffers.
    double hitRatio() const;
    // The counters as a delta from zero (an entry created within an interval).
    StatementDelta asDelta() const;
    // this - older, field by field, never negative.
    StatementDelta minus(const StatementCounters &older) const;
    // Adds a folded (hidden) entry's counters; min/max/mean/stddev become approximations.
    void fold(const StatementCounters &o);
};

} // namespace monitor
