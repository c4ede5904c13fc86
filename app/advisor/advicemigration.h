#pragma once

#include "advisor/advisor.h"

#include <QString>

namespace advisor {

// The advice as a migration of pgdba's kind (NNN_name.up.sql + .down.sql, "transaction: no"):
// every chosen index built with CREATE INDEX CONCURRENTLY, every chosen drop with DROP INDEX
// CONCURRENTLY; the down file drops the new indexes and re-creates the dropped ones (from their
// pg_get_indexdef, concurrently). The migration wizard and `pgdba migrate up --dir` apply it.
struct MigrationFiles {
    QString version; // "004"
    QString name;    // "index_advice"
    QString upPath, downPath;
    QString error; // nothing written: why
    bool ok() const { return error.isEmpty(); }
};

QString migrationUp(const QList<CreateProposal> &create, const QList<DropProposal> &drop,
                    const QString &database);
QString migrationDown(const QList<CreateProposal> &create, const QList<DropProposal> &drop);

// Writes the files into folder (made when missing) under the next free version: one past the
// highest version of the folder and past minVersion (e.g. the database's newest applied one).
MigrationFiles writeMigration(const QString &folder, const QList<CreateProposal> &create,
                              const QList<DropProposal> &drop, const QString &database, int minVersion = 0);

} // namespace advisor
