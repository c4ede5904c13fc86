#pragma once

#include "migrate/migration.h"
#include "migrate/verifier.h"
#include "pg/error.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace migrate {

struct StatementOutcome {
    QString summary;
    bool ok = false;
    qint64 ms = 0;
    std::optional<pg::Error> error;
};

struct MigrationOutcome {
    Migration migration;
    Direction direction = Direction::Up;
    bool ran = false;      // every statement succeeded
    bool verified = false; // verification passed
    bool recorded = false; // version row written (up) or removed (down)
    bool cancelled = false;
    qint64 durationMs = 0;
    QList<StatementOutcome> statements;
    QList<IndexVerification> indexes;
    QStringList cleanedUp;   // INVALID indexes this run built, dropped after its build failed
    QStringList leftInvalid; // INVALID indexes seen after a failure but not this run's: left alone
    QString error;           // one sentence when something went wrong

    // One-off migrations (no file) are verified but not recorded in the version table.
    bool ok() const { return ran && verified && (recorded || migration.oneOff); }
};

struct RunResult {
    bool ok = false;
    bool cancelled = false;
    bool locked = false; // refused: another run holds the database's run lock (error names it)
    QList<MigrationOutcome> migrations;
    QString error;
};

} // namespace migrate

Q_DECLARE_METATYPE(migrate::MigrationOutcome)
