-- Every index on the current database's user tables, with what the unused, duplicate and
-- invalid index checks need: key columns with their operator classes, collations and
-- options (indnkeyatts of them are keys, the rest INCLUDE columns), expressions and
-- predicate, constraint use, validity, whether a concurrent build is running right now,
-- size and scans since the statistics reset.
SELECT i.indexrelid::bigint AS oid,
       n.nspname AS schema,
       t.relname AS table_name,
       c.relname AS index_name,
       am.amname AS method,
       -- int2vector/oidvector print as "1 2"; a cast to an array would keep their
       -- zero-based bounds ("[0:1]={1,2}"), so split the text instead.
       string_to_array(i.indkey::text, ' ')::bigint[] AS keys,
       string_to_array(i.indclass::text, ' ')::bigint[] AS classes,
       string_to_array(i.indcollation::text, ' ')::bigint[] AS collations,
       string_to_array(i.indoption::text, ' ')::bigint[] AS options,
       i.indnkeyatts AS key_count,
       coalesce(pg_get_expr(i.indexprs, i.indrelid), '') AS expressions,
       coalesce(pg_get_expr(i.indpred, i.indrelid), '') AS predicate,
       i.indisunique AS is_unique,
       i.indisprimary AS is_primary,
       EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) AS backs_constraint,
       i.indisvalid AS is_valid,
       EXISTS (SELECT 1 FROM pg_stat_progress_create_index p WHERE p.index_relid = i.indexrelid) AS being_built,
       pg_relation_size(i.indexrelid) AS size_bytes,
       coalesce(s.idx_scan, 0) AS scans,
       pg_get_indexdef(i.indexrelid) AS definition
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_am am ON am.oid = c.relam
LEFT JOIN pg_stat_all_indexes s ON s.indexrelid = i.indexrelid
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_toast'
  AND t.relkind IN ('r', 'm', 'p')
ORDER BY n.nspname, t.relname, i.indexrelid
