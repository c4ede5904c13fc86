#pragma once

#include <QString>
#include <QStringList>

namespace explain {

// An index that would let PostgreSQL skip most of a sequential scan's rows. Derived from the
// scan's Filter: columns compared with something that varies (parameters, ranges, other
// columns) become the key, comparisons with constants (= 'new', IS NULL) the partial predicate.
// A later "Create index..." action (index-migration wizard) consumes this as data.
struct IndexCandidate {
    QString schema; // empty when the plan did not say (non-VERBOSE plans)
    QString table;
    QStringList columns;     // key columns: equality first, then "= ANY (...)" lists, then ranges
    int equalityColumns = 0; // how many leading columns are plain equalities
    int listColumns = 0;     // then how many "= ANY (...)" columns (no order across their values)
    QString predicate;       // "status = 'new'::text AND courier_id IS NULL", or empty
    QStringList ignored;     // filter parts that cannot be indexed as written (OR, expressions)
    // Every comparison with a constant (= 'new', IS NULL, = ANY ('{...}')), keyed or not: what a
    // partial index for exactly this filter would say. constantKey: the key is made of them.
    QString constantPredicate;
    bool constantKey = false;

    bool isValid() const { return !table.isEmpty() && !columns.isEmpty(); }
    // CREATE INDEX CONCURRENTLY statement with quoted identifiers (offline quoting rules).
    QString createStatement(const QString &indexName = {}) const;
    // A default name: <table>_<col1>_<col2>_idx (partial: _part_idx), at most 63 bytes.
    QString suggestedName() const;
    bool operator==(const IndexCandidate &) const = default;

    // Builds the candidate from a Filter text as printed by EXPLAIN; alias is the scan's alias
    // (qualifiers "alias." are removed).
    static IndexCandidate fromFilter(const QString &schema, const QString &table, const QString &alias,
                                     const QString &filter);
};

} // namespace explain
