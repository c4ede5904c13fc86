-- Existing indexes of table $1. "shape" is pg_get_indexdef without name and table, so two
-- indexes with the same shape (and uniqueness) are equivalent.
SELECT c.relname AS name, n.nspname AS schema, i.indisvalid AS valid, i.indisready AS ready,
       i.indisunique AS is_unique, i.indisprimary AS is_primary, am.amname AS method,
       pg_get_indexdef(i.indexrelid) AS definition,
       regexp_replace(pg_get_indexdef(i.indexrelid), '^.*? USING ', '') AS shape,
       coalesce(pg_get_expr(i.indpred, i.indrelid), '') AS predicate,
       ARRAY(SELECT coalesce(a.attname::text, '(expression)')
             FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
             LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0
             WHERE k.ord <= i.indnkeyatts ORDER BY k.ord) AS key_columns,
       pg_relation_size(i.indexrelid) AS size_bytes,
       (SELECT con.conname FROM pg_constraint con WHERE con.conindid = i.indexrelid LIMIT 1) AS constraint_name,
       (SELECT p.pid FROM pg_stat_progress_create_index p WHERE p.index_relid = i.indexrelid LIMIT 1) AS building_pid
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_am am ON am.oid = c.relam
WHERE i.indrelid = to_regclass($1)
ORDER BY c.relname
