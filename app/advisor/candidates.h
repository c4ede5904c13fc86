#pragma once

#include "explain/plan.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace advisor {

// One index the workload advisor may propose, derived from the scans of captured plans:
// equality columns first, then "= ANY" lists, then ranges; or equality columns then the ORDER BY
// of a Sort under a LIMIT; INCLUDE when that makes an index-only scan possible; a partial
// predicate when the filter compares with a constant (IS NULL, or 'new' in a plan with literals).
struct Candidate {
    QString schema; // empty: the search path's
    QString table;
    QStringList keys;     // SQL fragments, quoted: "status", "created_at DESC"
    QStringList include;  // quoted column names
    QString predicate;    // partial index predicate, or empty
    QSet<int> statements; // indexes into the workload's statement list it was derived from
    QStringList reasons;  // "Seq Scan on orders with Filter (status = $1)", ...

    bool isValid() const { return !table.isEmpty() && !keys.isEmpty(); }
    QString target() const; // "public"."orders" or "orders"
    // The identity used to merge duplicates: table, keys, include, predicate.
    QString identity() const;
    // A B-tree CREATE INDEX without a name (HypoPG names it), or with one and CONCURRENTLY.
    QString hypotheticalDefinition() const;
    QString createStatement(const QString &name) const;
    QString suggestedName() const; // <table>_<key columns>[_incl][_part]_idx, at most 63 bytes
};

// The column of an index key as written ("\"created at\" DESC" -> "\"created at\"").
QString keyColumn(const QString &key);

// The candidates one plan suggests (statement is the plan's position in the workload).
QList<Candidate> candidatesFromPlan(const explain::Plan &plan, int statement);
// Merges candidates with the same identity (their statements and reasons are joined).
QList<Candidate> mergeCandidates(const QList<Candidate> &all);
// Relations a plan scans, unqualified names ("orders"), and the indexes its scans use.
QSet<QString> relationsOf(const explain::Plan &plan);
QSet<QString> indexesUsedBy(const explain::Plan &plan);

} // namespace advisor
