#pragma once

#include "migrate/status.h"

namespace migrate {

// What one run does: migrations in execution order and the direction.
struct Plan {
    Direction direction = Direction::Up;
    QList<Migration> migrations;
    QString error; // why there is nothing to run (already applied, no down file, ...)

    bool isEmpty() const { return migrations.isEmpty(); }
    QStringList versions() const;
    // "up: 001_initial_schema, 002_add_performance_indexes"
    QString describe() const;

    // Every pending (or failed) migration up to target (empty: all), oldest first.
    static Plan up(const QList<MigrationStatus> &statuses, const QString &target = {});
    // Every applied migration from the newest down to target (inclusive), newest first.
    static Plan down(const QList<MigrationStatus> &statuses, const QString &target);
    static Plan single(const Migration &m, Direction d);
};

} // namespace migrate
