#pragma once

#include "monitor/serverstatspoint.h"
#include "monitor/serverstatssample.h"

#include <optional>

namespace monitor {

// How much each counter grew between two samples, summed over the chosen databases.
struct CounterDeltas {
    qint64 commits = 0;
    qint64 rollbacks = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 fetched = 0;
    qint64 returned = 0;
    qint64 blksRead = 0;
    qint64 blksHit = 0;
    int resets = 0; // databases whose counters were reset in the interval
};

// Counter deltas between two samples. A database is matched by datid; when its stats_reset
// changed or any counter went down, the counters were reset inside the interval and the
// current values (what was counted since the reset) are its delta, never a negative number.
// A database that appeared counts from zero; one that was dropped is left out.
// database: one database by name, or empty for all (including the shared catalogs' row).
CounterDeltas counterDeltas(const ServerStatsSample &prev, const ServerStatsSample &cur,
                            const QString &database = {});

// Rates per second between two samples (server clock), plus the sessions by state of cur.
// nullopt when there is no previous sample or no time passed.
std::optional<ServerStatsPoint> ratePoint(const ServerStatsSample &prev, const ServerStatsSample &cur,
                                          const QString &database = {});

} // namespace monitor
