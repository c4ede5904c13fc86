-- Row estimate for a partial-index predicate: EXPLAIN (FORMAT JSON) SELECT 1 FROM {table} WHERE {predicate}
EXPLAIN (FORMAT JSON) SELECT 1 FROM {table} WHERE {predicate}
