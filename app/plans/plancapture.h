#pragma once

#include "pg/error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace plans {

// One plan captured without running the statement: the generic plan of a normalised text
// ($1, $2 … as pg_stat_statements shows it). On PostgreSQL before 16: PREPARE + plan_cache_mode =
// force_generic_plan + EXPLAIN EXECUTE with NULL for every parameter; from 16 EXPLAIN
// (GENERIC_PLAN). Always inside BEGIN READ ONLY … ROLLBACK with a statement timeout, on a
// connection of its own (nothing else may run inside that transaction).
struct Capture {
    Q_DECLARE_TR_FUNCTIONS(plans::Capture)
public:
    enum class Outcome { Captured, Skipped, Failed };
    Outcome outcome = Outcome::Failed;
    QString reason;   // Skipped / Failed: why, for the user
    QString planJson; // EXPLAIN (FORMAT JSON) as the server printed it
    QString shape;    // planshape.h
    QString fingerprint;
    double totalCost = 0;
    QString method; // "generic (PREPARE)" or "generic (GENERIC_PLAN)"

    bool ok() const { return outcome == Outcome::Captured; }
};

struct CaptureOptions {
    bool allowWrites = false; // INSERT/UPDATE/DELETE/MERGE: only when the user asks (still never run)
    int statementTimeoutMs = 2000;
};

// Whether a normalised text may be captured, and why not: a statement that writes (unless
// allowed), a utility statement (SET, VACUUM, COPY …) that has no plan, an empty text.
QString refusal(const QString &text, const CaptureOptions &options);
// SET, EXPLAIN, PREPARE, BEGIN, VACUUM …: a statement with no plan of its own.
bool isUtility(const QString &text);
// The highest $N of a normalised text (how many NULLs EXPLAIN EXECUTE needs).
int parameterCount(const QString &text);

// PREPARE name AS text with the parameters' types left to the server; one it cannot infer
// (jsonb_build_object($2, ...): "could not determine data type of parameter $2") is declared
// text and the PREPARE tried again. inTransaction: each failed try is first undone to a
// savepoint (a failed statement aborts the transaction). Nothing when prepared, else the error.
// The plan capture and the advisor both plan normalised texts this way.
QCoro::Task<std::optional<pg::Error>> prepareDeclaringText(pg::Connection *conn, QString name, QString text,
                                                           bool inTransaction);
// "EXECUTE name(NULL, …)" with a NULL for every parameter of text (the generic plan's values).
QString executeWithNulls(const QString &name, const QString &text);

QCoro::Task<Capture> captureGenericPlan(pg::Connection *conn, QString text, CaptureOptions options = {});

} // namespace plans
