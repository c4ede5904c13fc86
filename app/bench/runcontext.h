#pragma once

#include "bench/claimcounts.h"
#include "bench/runconfig.h"
#include "bench/samplerecorder.h"
#include "bench/statements.h"

#include <QElapsedTimer>
#include <QList>

namespace bench {

class ConnectionPool;
class Pauser;

// A committed claim as a courier reported it (checked against the database afterwards).
struct ReportedClaim {
    qint64 orderId = 0;
    int courierId = 0;
};

// The state every courier of a run shares (all in one event loop, so no locking).
struct RunContext {
    RunConfig config;
    QString runId;
    Statements sql;
    ConnectionPool *pool = nullptr;
    Pauser *pauser = nullptr;
    SampleRecorder recorder;
    ClaimCounts claims;
    QList<ReportedClaim> reported;
    qint64 minOrderId = 0;
    qint64 maxOrderId = 0;
    QElapsedTimer clock; // started when the couriers start
    qint64 deadlineMs = 0;
    bool stopRequested = false;
    int couriersOutOfOrders = 0; // claim scenarios: couriers that found no new orders left

    bool shouldStop() const { return stopRequested || clock.elapsed() >= deadlineMs; }
};

} // namespace bench
