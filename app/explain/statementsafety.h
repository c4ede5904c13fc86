#pragma once

#include "explain/sideeffects.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace explain {

// Whether running a statement under EXPLAIN ANALYZE could change anything, and what a
// ROLLBACK would not undo. The lexical part (classifyStatement) reads the SQL: INSERT/UPDATE/
// DELETE/MERGE (also inside a WITH), SELECT INTO, CREATE TABLE AS, locking reads, EXECUTE, and
// the functions it names. The runner then asks the server (assessStatement in explainrunner.h):
// a plain EXPLAIN (VERBOSE) of the statement shows every function it reaches through views,
// rules and column defaults; triggers of the tables it writes and the bodies of sql/plpgsql
// functions are followed; each function is classified (sideeffects.h).
struct StatementSafety {
    enum class Kind {
        ReadOnly,       // a query that only reads (as far as can be vouched for)
        DataModifying,  // writes table rows: runs inside BEGIN ... ROLLBACK
        Ddl,            // CREATE TABLE AS / SELECT INTO: the rollback removes the table again
        UnvouchedCalls, // calls functions that write table data, or a prepared statement
    };
    Kind kind = Kind::ReadOnly;
    QString reason;                // translated: "UPDATE", "a data-modifying WITH (DELETE)", ...
    QStringList functions;         // every function the statement names (lower-case, as written)
    QList<FunctionEffect> effects; // what the server says the reached functions do (not None)
    bool assessedByServer = false; // the plan and the catalog were read

    // Functions whose effects a rollback cannot undo, or that pgdba cannot vouch for.
    QList<FunctionEffect> sideEffects() const;
    bool refusedByDefault() const { return !sideEffects().isEmpty(); }
    bool sendsSignals() const;
    bool mustRollBack() const { return kind != Kind::ReadOnly || !effects.isEmpty(); }

    // Before running: what the rollback undoes and, with side effects, what it does not.
    QString noticeBefore() const;
    // Why the run was refused (side effects, no override given), and how to override.
    QString refusal() const;
    // The override's confirmation text (GUI): every function and what it does.
    QString confirmation() const;
    // After a run that was rolled back: precisely what was undone and what was not.
    QString noticeAfter() const;
};

StatementSafety classifyStatement(const QString &sql);

} // namespace explain

Q_DECLARE_METATYPE(explain::StatementSafety)
