#pragma once

#include "explain/explainoptions.h"
#include "explain/statementsafety.h"
#include "pg/error.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace explain {

struct ExplainRequest {
    QString sql;
    QStringList params; // values for $1, $2, ... (sent as text, types inferred)
    ExplainOptions options;
    int statementTimeoutMs = 0; // 0: none
    // Run under ANALYZE even when the statement reaches functions whose effects a rollback
    // cannot undo (StatementSafety::sideEffects): the user confirmed (GUI) or gave
    // --allow-side-effects (CLI).
    bool allowSideEffects = false;
};

struct ExplainOutcome {
    QByteArray json;                // EXPLAIN's output on success
    std::optional<pg::Error> error; // the server's error (57014 when cancelled or timed out)
    bool cancelled = false;         // cancelled by the user (not by the timeout)
    bool rolledBack = false;        // ran inside BEGIN ... ROLLBACK
    int statementOffset = 0;        // characters before the user's statement (error positions)
    QStringList notices;            // server notices raised while running
    StatementSafety safety;         // what was known before running (ExplainSession fills it)
    bool refused = false;           // not run: side effects and no allowSideEffects (error says why)
};

// Completes the lexical classification with the server's word: a plain EXPLAIN (VERBOSE) of the
// statement (nothing executes) names every function it reaches through views, rules and
// defaults; triggers of the tables it writes and sql/plpgsql bodies are followed; each function
// is classified (sideeffects.h). Functions that write table data make it UnvouchedCalls.
QCoro::Task<StatementSafety> assessStatement(pg::Connection *connection, QString sql,
                                             QStringList params = {});

// What the Explain page and `pgdba explain` run: with ANALYZE, assesses the statement first
// (`assessed` is called with the result before anything executes) and refuses one with side
// effects unless request.allowSideEffects; then runExplain. outcome.safety is filled.
QCoro::Task<ExplainOutcome> assessAndRun(pg::Connection *connection, ExplainRequest request,
                                         std::function<void(const StatementSafety &)> assessed = {},
                                         const bool *cancelRequested = nullptr);

// On `connection` (a dedicated one: see ServerSession::openConnection): sets the statement
// timeout, and with ANALYZE runs BEGIN / EXPLAIN / ROLLBACK as separate statements, so
// whatever the statement changes is undone, even when it fails or is cancelled.
// `cancelRequested` lets the caller mark a cancel so the outcome says "cancelled".
QCoro::Task<ExplainOutcome> runExplain(pg::Connection *connection, ExplainRequest request,
                                       const bool *cancelRequested = nullptr);

// The highest $n in a statement (strings and comments skipped): how many values it needs.
int parameterCount(const QString &sql);

// The text sent to the server: the EXPLAIN prefix (sql/explain/explain.sql) and the statement.
QString explainStatement(const ExplainRequest &request, int serverVersionNum, int *statementOffset = nullptr);

} // namespace explain
