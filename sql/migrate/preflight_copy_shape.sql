-- How PostgreSQL reads the dry-run index (the same normal form as preflight_indexes.sql).
SELECT pg_get_indexdef(i.indexrelid) AS definition,
       regexp_replace(pg_get_indexdef(i.indexrelid), '^.*? USING ', '') AS shape,
       i.indisunique AS is_unique
FROM pg_index i
WHERE i.indexrelid = 'pg_temp.pgdba_preflight_index'::regclass
