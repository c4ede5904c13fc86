#pragma once

#include "advisor/candidates.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace advisor {

// The workload index advisor (issue 15): from pg_stat_statements' top statements of the
// connected database and their plans (generic plans, captured without running anything; or a
// literal text auto_explain logged, when one text dominates), candidate indexes
// (candidates.h) are costed with HypoPG against every statement on their table, weighted by
// calls, and chosen greedily by benefit per MB of estimated size; existing indexes that are
// duplicates, prefixes of another or never used are proposed for dropping, with the statements
// whose plans use them. Nothing is built or dropped: hypothetical indexes live in the advisor's
// session only, every EXPLAIN runs read-only with a statement timeout.
struct Options {
    int top = 50;               // statements by total time
    int maxIndexes = 8;         // at most this many proposals
    double minGainShare = 0.01; // a proposal must save at least this share of the workload's cost
    int statementTimeoutMs = 5000;
    // Also plan statements that write (INSERT/UPDATE/DELETE, FOR UPDATE): EXPLAIN only, never run.
    bool allowWrites = false;
    // Literal texts logged by auto_explain per query id, with how often each was seen: when one
    // text is at least 80 % of a statement's samples, it is costed with its constants (custom
    // plan), so a constant that dominates (status = 'new') can become a partial index.
    QHash<qint64, QList<QPair<QString, int>>> literalTexts;
};

// One statement of the workload as the advisor saw it.
struct Statement {
    qint64 queryid = 0;
    QString query;  // as pg_stat_statements normalised it
    QString costed; // the text EXPLAIN costed: the normalised one, or a dominant literal one
    qint64 calls = 0;
    double totalMs = 0, meanMs = 0;
    double costBefore = -1, costAfter = -1; // planner cost without and with the chosen set
    QString skipped;                        // why it was left out (writes, no plan, error)
    QSet<QString> relations, indexesBefore, indexesAfter;
};

struct Effect {
    qint64 queryid = 0;
    QString query;
    qint64 calls = 0;
    double costBefore = 0, costAfter = 0;
};

struct CreateProposal {
    Candidate candidate;
    QString name;
    QString definition;       // CREATE INDEX CONCURRENTLY IF NOT EXISTS ...
    qint64 sizeBytes = 0;     // HypoPG's estimate
    double benefit = 0;       // sum over statements of calls x cost saved, when it was chosen
    double writesPerS = -1;   // index entries written per second (inserts + non-HOT updates)
    QList<Effect> statements; // the statements whose plan uses it, before/after the whole set
};

struct DropProposal {
    QString schema, table, index, definition;
    QString kind;   // "duplicate", "prefix", "unused"
    QString reason; // a sentence
    qint64 sizeBytes = 0, scans = 0;
    QList<Effect> statements;      // statements whose plan uses it now (they would lose it)
    QString dropStatement() const; // DROP INDEX CONCURRENTLY IF EXISTS ...
};

// An existing index as indexes.sql reads it (and the drop rules see it).
struct ExistingIndex {
    QString schema, table, name, method, classes, options, exprs, pred, definition;
    QList<int> keys; // key attribute numbers (INCLUDE columns left out)
    bool enforces = false;
    qint64 scans = 0, bytes = 0;
};

struct Advice {
    Q_DECLARE_TR_FUNCTIONS(advisor::Advice)
public:
    QString database, role, hypopg;
    QString statsSince; // when the index scan counters began
    QList<Statement> statements;
    QList<CreateProposal> create;
    QList<DropProposal> drop;
    int candidates = 0;
    int explains = 0;
    qint64 elapsedMs = 0;
    double workloadBefore = 0, workloadAfter = 0; // sum of calls x cost
    QString error;                                // the run failed: why
    QString fix;                                  // and the one line that fixes it, when there is one

    bool ok() const { return error.isEmpty(); }
};

using Progress = std::function<void(const QString &what, int done, int total)>;

QCoro::Task<Advice> advise(pg::Connection *conn, Options options, Progress progress = {});

// The drop rules, on what indexes.sql read (pure; unit-tested): duplicates (same columns,
// classes, options, expressions and predicate), B-tree prefixes of another B-tree with the same
// predicate, and indexes never scanned since statsSince. Indexes that enforce a constraint are
// never proposed. usedBy: index name -> statements whose plan uses it.
QList<DropProposal> findDrops(const QList<ExistingIndex> &indexes, const QString &statsSince,
                              const QHash<QString, QList<Effect>> &usedBy);

// `pgdba advise --json`: {database, hypopg, create[{definition, table, est_size_bytes, benefit,
// writes_per_s, statements[{queryid, calls, cost_before, cost_after}]}], drop[{index, reason, ...}],
// statements considered, skipped, explains, elapsed_ms}.
QJsonObject toJson(const Advice &advice);

} // namespace advisor
