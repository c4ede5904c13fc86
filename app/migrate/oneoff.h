#pragma once

#include "migrate/migration.h"

#include <QVariantMap>

namespace migrate {

// A one-off migration for a single index, as the EXPLAIN page's "Create index..." hands it
// over: {"create_index": {"table": "orders", "schema": "public", "columns": ["status"],
// "predicate": "courier_id IS NULL", "name": "...", "statement": "CREATE INDEX ...",
// "query": "SELECT ..."}} (see docs/architecture.md). Only "table" and "columns" (or
// "statement") are required.
struct IndexRequest {
    QString schema;
    QString table;
    QStringList columns;
    QString predicate;
    QString name;      // empty: <table>_<columns>_idx
    QString statement; // a complete CREATE INDEX to use as is (then the fields above only label it)
    QString query;     // the query whose plan suggested the index (HypoPG comparison, verification)

    static IndexRequest fromVariant(const QVariantMap &createIndex);
    QVariantMap toVariant() const;
    bool isValid() const { return !statement.isEmpty() || (!table.isEmpty() && !columns.isEmpty()); }
    QString indexName() const;
    // Always CONCURRENTLY, outside a transaction; the down drops it concurrently.
    Migration migration() const;
};

} // namespace migrate
