#pragma once

#include "pg/error.h"
#include "tuning/evidence.h"
#include "tuning/livesetting.h"

#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace tuning {

// What the advisor reads from a connected server.
struct LiveState {
    LiveSettings settings;
    Evidence evidence;
    int versionNum = 0;
    std::optional<pg::Error> error; // the first query that failed
};

// pg_settings for every setting the advisor knows, plus the evidence counters.
QCoro::Task<LiveState> loadLiveState(pg::Connection *c);

} // namespace tuning
