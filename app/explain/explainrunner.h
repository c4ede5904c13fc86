#pragma once

#include "explain/explainoptions.h"
#include "explain/statementsafety.h"
#include "pg/error.h"

#include <QByteArray>
#include <QStringList>

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
};

struct ExplainOutcome {
    QByteArray json;                // EXPLAIN's output on success
    std::optional<pg::Error> error; // the server's error (57014 when cancelled or timed out)
    bool cancelled = false;         // cancelled by the user (not by the timeout)
    bool rolledBack = false;        // ran inside BEGIN ... ROLLBACK
    int statementOffset = 0;        // characters before the user's statement (error positions)
    QStringList notices;            // server notices raised while running
    StatementSafety safety;         // what was known before running (ExplainSession fills it)
};

// Completes the lexical classification with the server's word on the called functions:
// volatile ones (other than known harmless ones) make the statement UnvouchedCalls.
QCoro::Task<StatementSafety> assessStatement(pg::Connection *connection, QString sql);

// On `connection` (a dedicated one: see ServerSession::openConnection): sets the statement
// timeout, and with ANALYZE runs BEGIN / EXPLAIN / ROLLBACK as separate statements, so
// whatever the statement changes is undone, even when it fails or is cancelled.
// `cancelRequested` lets the caller mark a cancel so the outcome says "cancelled".
QCoro::Task<ExplainOutcome> runExplain(pg::Connection *connection, ExplainRequest request,
                                       const bool *cancelRequested = nullptr);

// The text sent to the server: the EXPLAIN prefix (sql/explain/explain.sql) and the statement.
QString explainStatement(const ExplainRequest &request, int serverVersionNum, int *statementOffset = nullptr);

} // namespace explain
