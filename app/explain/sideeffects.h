#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace explain {

// What calling a function does, as far as a ROLLBACK is concerned. EXPLAIN ANALYZE runs the
// statement inside BEGIN ... ROLLBACK: that undoes changes to table rows, DDL and
// transaction-level locks, nothing else.
struct FunctionEffect {
    enum class Kind {
        None,          // reads only (or is stable/immutable, which promises as much)
        RolledBack,    // writes table data: undone by the rollback
        NotRolledBack, // acts outside the transaction: a signal, another connection, a sequence...
        Unknown,       // pgdba cannot vouch for it (untrusted language, dynamic SQL, unknown C code)
    };
    QString function; // as found: "dblink_exec", "public.bump"
    Kind kind = Kind::None;
    QString what;        // translated: what it does that the rollback cannot undo
    QString via;         // translated: "" (called directly), "in the body of f()", "trigger t on orders"
    bool signal = false; // pg_cancel_backend / pg_terminate_backend: audited like Cancel/Terminate

    bool refusedByDefault() const { return kind == Kind::NotRolledBack || kind == Kind::Unknown; }
};

// One row of sql/explain/function_info.sql.
struct FunctionInfo {
    QString name; // proname
    QString schema;
    QChar volatility; // 'i', 's', 'v'
    QChar kind;       // 'f', 'p', 'a', 'w'
    QString language; // lanname
    bool trusted = true;
    QString source; // pg_get_functiondef for sql and plpgsql functions, else empty
};

// The effect of one function, from its catalog row (not following calls in its body: the
// caller does that with bodyCalls()).
FunctionEffect classifyFunction(const FunctionInfo &f);

// The names a text calls as functions ("name(" or "schema.name("), strings and comments
// skipped, lower-cased unless quoted; "schema.name" when qualified.
QStringList calledNames(const QString &text);

// The names the body of a sql/plpgsql function calls (empty for other languages).
QStringList bodyCalls(const FunctionInfo &f);

// What a sql/plpgsql body does besides calls: writes (RolledBack), dynamic SQL or COPY ...
// PROGRAM (Unknown / NotRolledBack), or nothing (None).
FunctionEffect bodyEffect(const FunctionInfo &f);

// What an EXPLAIN (VERBOSE, FORMAT JSON) plan reaches: every function name in its
// expressions (views, rules and column defaults are already expanded there) and the
// relations that its ModifyTable nodes write (for their triggers).
struct PlanReach {
    QStringList functions;
    QStringList writtenRelations; // relname (unqualified)
    bool ok = false;
};
PlanReach planReach(const QByteArray &json);

} // namespace explain
