#pragma once

#include <QtGlobal>

namespace bench {

// What the couriers' claim attempts came to, counted on the client.
struct ClaimCounts {
    qint64 attempts = 0;
    qint64 claimed = 0;       // committed claims
    qint64 notAvailable = 0;  // the order was gone: skippedLocked + alreadyTaken
    qint64 skippedLocked = 0; // still 'new' but locked by another courier: SKIP LOCKED passed it over
    qint64 alreadyTaken = 0;  // another courier had claimed it already
    qint64 deadlocks = 0;     // SQLSTATE 40P01 seen by a courier
};

} // namespace bench
