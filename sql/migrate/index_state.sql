-- Verification of created indexes: $1 tables as written in the statements, $2 index names
-- (the index lives in its table's schema).
SELECT n.tbl AS table_sql, n.idx AS name, c.oid IS NOT NULL AS present,
       coalesce(i.indisvalid, false) AS valid, coalesce(i.indisready, false) AS ready,
       coalesce(pg_relation_size(c.oid), 0) AS size_bytes,
       coalesce(pg_relation_size(t0.oid), 0) AS table_bytes,
       pg_get_indexdef(c.oid) AS definition, am.amname AS method
FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS n(tbl, idx, ord)
LEFT JOIN pg_class t0 ON t0.oid = to_regclass(n.tbl)
LEFT JOIN pg_class c ON c.relname = n.idx AND c.relnamespace = t0.relnamespace AND c.relkind IN ('i', 'I')
LEFT JOIN pg_index i ON i.indexrelid = c.oid
LEFT JOIN pg_am am ON am.oid = c.relam
ORDER BY n.ord
