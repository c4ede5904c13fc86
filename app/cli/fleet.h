#pragma once

#include <QStringList>

#include <qcoro/qcorotask.h>

namespace cli {

// `pgdba fleet [--json] [--no-health] [--timeout S]`: every saved server at once (the Fleet
// page's numbers: reachable, version, role, active, waiting, tps, cache hit, replication lag,
// health counts, open alerts), sampled twice a second apart for the rate.
// Exit codes: 0 every server reachable, 1 at least one unreachable, 2 a reachable server has a
// critical health check (or a critical open alert), 3 no saved servers, 64 bad usage.
// 1 wins over 2 (an unreachable server is the first thing to see).
QCoro::Task<int> runFleet(QStringList args);

} // namespace cli
