#pragma once

#include "migrate/statementinfo.h"

#include <optional>

namespace migrate {

// A statement that destroys data or objects: DROP ..., TRUNCATE, DELETE or UPDATE without a
// WHERE, ALTER TABLE ... DROP COLUMN / CONSTRAINT. Read from the statement's tokens (the SQL
// lexer: comments and strings never match), by its leading words, so "ON DELETE CASCADE" in a
// CREATE TABLE is not one.
struct Destructive {
    QString action;              // "DROP TABLE", "TRUNCATE", "DELETE without WHERE", ...
    QStringList objects;         // what it destroys, as written: "orders_archive", "orders.note"
    QList<QualifiedName> tables; // tables whose rows are lost (for the row counts)
};

std::optional<Destructive> destructiveOf(const QString &statementSql);

} // namespace migrate
