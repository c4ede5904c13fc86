#pragma once

#include "explain/explainrunner.h"

namespace history {
class Store;
}

namespace explain {

// Signals sent through EXPLAIN ANALYZE (pg_cancel_backend / pg_terminate_backend in a statement
// whose side effects the user allowed) go to the same audit log as Cancel/Terminate: one entry
// per signalling function, with the target pid when the statement names it as a literal.
// Returns the number of entries written.
int auditSignals(history::Store *store, const QString &serverKey, const QString &database,
                 const QString &dbRole, const ExplainRequest &request, const ExplainOutcome &outcome);

// The literal pids a statement passes to pg_cancel_backend/pg_terminate_backend ("" → 0).
QList<int> signalledPids(const QString &sql, const QString &function);

} // namespace explain
