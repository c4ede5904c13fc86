#pragma once

#include "bench/scenario.h"

#include <QString>

namespace bench {

// What to run: the scenario, how many couriers (coroutines) for how long, and the pool.
struct RunConfig {
    Scenario scenario = Scenario::Mixed;
    int couriers = 32;
    int durationS = 30;
    int poolMin = 10; // the ticket's asyncpg pool: min_size=10, max_size=20
    int poolMax = 20;
    QString label;           // free text shown next to the run ("before 002")
    int claimCandidates = 5; // a courier claims one of the top K orders of its list
    quint32 seed = 0;        // 0: random
};

} // namespace bench
