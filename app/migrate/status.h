#pragma once

#include "migrate/catalog.h"
#include "migrate/dbstate.h"

#include <optional>

namespace migrate {

enum class Status {
    Pending, // not recorded
    Applied, // recorded with the file's checksum
    Failed,  // not recorded, but an INVALID index of its own is left (an interrupted build)
    Drift,   // recorded, but the file changed since (checksum differs)
    Missing, // recorded, but no file with that version in the folder
};

struct MigrationStatus {
    Migration migration; // empty (only version/name) for Missing
    Status status = Status::Pending;
    std::optional<AppliedVersion> applied;
    QStringList invalidIndexes; // its INVALID leftovers (Failed)
    QString detail;             // one sentence: why this status

    bool isApplied() const {
        return status == Status::Applied || status == Status::Drift || status == Status::Missing;
    }
};

QString statusKey(Status s);  // "applied", "pending", "failed", "drift", "missing" (stable: CLI, tests)
QString statusText(Status s); // translated

// The catalog's migrations against the database state, in version order; recorded versions
// without a file come last as Missing.
QList<MigrationStatus> computeStatus(const Catalog &catalog, const DatabaseState &db);

} // namespace migrate
