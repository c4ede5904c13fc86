#pragma once

#include <QMetaType>

namespace bench {

// One second of a running benchmark, for the live chart and the saved timeline.
struct LivePoint {
    double tS = 0;      // seconds since the couriers started
    double opsPerS = 0; // requests completed in the last interval, per second
    double p95Ms = 0;   // p95 of those requests (all kinds)
    qint64 totalOps = 0;
    qint64 claimed = 0;
    int poolInUse = 0;
    int poolWaiting = 0;
};

} // namespace bench

Q_DECLARE_METATYPE(bench::LivePoint)
