#pragma once

#include <QList>
#include <QString>

namespace migrate {

// One statement of a migration script, as written (without the terminating semicolon).
struct Statement {
    QString sql;     // from the first token to the last one before ';'
    QString comment; // the comment lines right above it (without "--"), e.g. "Partial index ..."
    int line = 1;    // line of the first token in the script
};

struct SplitResult {
    QList<Statement> statements;
    QString error; // an unterminated string / comment / dollar quote, with errorLine
    int errorLine = 0;
    bool ok() const { return error.isEmpty(); }
};

// Splits a script at top-level semicolons, the way psql does: semicolons inside comments,
// quoted strings and identifiers, dollar-quoted bodies and the BEGIN ATOMIC ... END body of
// a SQL-standard CREATE FUNCTION / PROCEDURE do not end a statement.
SplitResult splitStatements(const QString &script);

} // namespace migrate
