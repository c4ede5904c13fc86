#pragma once

#include "monitor/healthtypes.h"

#include <qcoro/qcorotask.h>

class QSettings;

namespace pg {
class Connection;
}
namespace replication {
struct ReplicationSnapshot;
}
namespace vacuum {
struct VacuumSnapshot;
}

namespace monitor {

// Limits of the replication and vacuum checks (settings "health/repl_*", "health/vacuum_*";
// there is no alert engine yet, so these alerts are health checks).
struct ReplVacuumThresholds {
    double slotRetainedWarnMb = 1024; // inactive slot keeping this much WAL
    double slotRetainedCritMb = 10240;
    double lagWarnS = 60; // replay lag (primary) / replay delay (standby)
    double lagCritS = 600;
    double lagWarnMb = 256; // bytes not yet replayed
    double lagCritMb = 4096;
    double horizonWarnXids = 10000000; // xmin horizon held back by this many transactions...
    double horizonCritXids = 100000000;
    double horizonWarnMin = 60; // ...or for this long
    double horizonCritMin = 360;
    double backlogWarnMin = 60; // past the autovacuum threshold, no vacuum for this long

    static ReplVacuumThresholds load(QSettings &settings);
    static ReplVacuumThresholds load(); // QSettings()
};

// Replication: slots, lag, archiving.
HealthCheck checkReplicationSlots(const replication::ReplicationSnapshot &s, const ReplVacuumThresholds &t);
HealthCheck checkReplicationLag(const replication::ReplicationSnapshot &s, const ReplVacuumThresholds &t);
HealthCheck checkArchiver(const replication::ReplicationSnapshot &s);

// The check ids this file and healthvacuumchecks add, in report order.
QStringList replVacuumCheckIds();

// Reads replication and vacuum state once (the collectors' one-shot fetch) and judges it.
// A read that fails marks its checks with the error.
QCoro::Task<QList<HealthCheck>> runReplVacuumChecks(pg::Connection *conn, ReplVacuumThresholds t);

} // namespace monitor
