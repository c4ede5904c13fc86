-- One table a migration touches ($1 as written in the statement).
SELECT c.oid::bigint AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS kind,
       pg_get_userbyid(c.relowner) AS owner,
       pg_has_role(current_user, c.relowner, 'USAGE') AS owned,
       greatest(c.reltuples, 0)::bigint AS est_rows, c.relpages::bigint AS pages,
       pg_relation_size(c.oid) AS heap_bytes, pg_total_relation_size(c.oid) AS total_bytes,
       (SELECT greatest(s.last_analyze, s.last_autoanalyze) FROM pg_stat_all_tables s WHERE s.relid = c.oid) AS analyzed_at
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.oid = to_regclass($1)
