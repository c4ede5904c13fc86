#pragma once

#include "monitor/activitysnapshot.h"
#include "monitor/lockforest.h"
#include "sessionhistory/sessionsample.h"

namespace sessionhistory {

// A recorded sample as the live pages' data, for replay: the Activity page's snapshot (the busy
// sessions and blockers as recorded; idle sessions were only counted) and the Locks page's forest.
monitor::ActivitySnapshot toActivitySnapshot(const SessionSample &sample);
monitor::LockForest toLockForest(const SessionSample &sample);

} // namespace sessionhistory
