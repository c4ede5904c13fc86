-- Indexes left INVALID (a failed or cancelled CREATE INDEX CONCURRENTLY, or one still being
-- built: building_pid says so; such an index must not be dropped).
SELECT n.nspname AS schema, c.relname AS name, t.relname AS table_name, i.indisready AS ready,
       pg_get_indexdef(i.indexrelid) AS definition, pg_relation_size(i.indexrelid) AS size_bytes,
       (SELECT p.pid FROM pg_stat_progress_create_index p WHERE p.index_relid = i.indexrelid LIMIT 1) AS building_pid
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT i.indisvalid
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg_temp%'
ORDER BY 1, 2
