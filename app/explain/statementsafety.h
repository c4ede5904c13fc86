#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace explain {

// Whether running a statement under EXPLAIN ANALYZE could change data. The lexical part
// (classifyStatement) reads the SQL: INSERT/UPDATE/DELETE/MERGE (also inside a WITH), SELECT
// INTO, CREATE TABLE AS, locking reads, EXECUTE, and the functions it calls. The runner then
// asks the server which of those functions are volatile (explainrunner.h).
struct StatementSafety {
    enum class Kind {
        ReadOnly,       // a query that only reads (as far as can be vouched for)
        DataModifying,  // writes: runs inside BEGIN ... ROLLBACK
        UnvouchedCalls, // calls volatile functions or a prepared statement: also rolled back
    };
    Kind kind = Kind::ReadOnly;
    QString reason;               // translated: "UPDATE", "a data-modifying WITH (DELETE)", ...
    QStringList functions;        // every function the statement calls (lower-case, as written)
    QStringList unvouched;        // the ones that may write (filled by the runner)
    bool sequenceChanges = false; // nextval/setval: not undone by ROLLBACK

    bool mustRollBack() const { return kind != Kind::ReadOnly; }
    // The notice the page shows before running ("... will run inside BEGIN ... ROLLBACK").
    QString noticeBefore() const;
    QString noticeAfter() const;
};

StatementSafety classifyStatement(const QString &sql);

// Functions that are volatile but never write (random(), clock_timestamp(), pg_sleep(), ...).
bool isKnownHarmless(const QString &function);

} // namespace explain

Q_DECLARE_METATYPE(explain::StatementSafety)
