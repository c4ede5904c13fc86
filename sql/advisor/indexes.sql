-- Every valid index of the user's tables, for the drop proposals: its key columns (attribute
-- numbers, the first indnkeyatts of indkey), operator classes and options, expressions and
-- predicate, whether it enforces a constraint, its scans and size.
SELECT n.nspname AS schema,
       t.relname AS "table",
       c.relname AS index,
       am.amname AS method,
       i.indnkeyatts::int AS key_count,
       i.indkey::text AS keys,
       i.indclass::text AS classes,
       i.indoption::text AS options,
       pg_get_expr(i.indexprs, i.indrelid) AS exprs,
       pg_get_expr(i.indpred, i.indrelid) AS pred,
       (i.indisunique OR i.indisprimary OR i.indisexclusion
        OR EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)) AS enforces,
       coalesce(s.idx_scan, 0)::bigint AS scans,
       pg_relation_size(i.indexrelid)::bigint AS bytes,
       pg_get_indexdef(i.indexrelid) AS definition
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_am am ON am.oid = c.relam
LEFT JOIN pg_stat_user_indexes s ON s.indexrelid = i.indexrelid
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg_toast%'
  AND i.indisvalid
ORDER BY 1, 2, 3
