-- The current database's user tables: sequential vs index scans (index usage), live and
-- dead rows, changes since the last analyze, and when (auto)vacuum and analyze last ran.
SELECT s.schemaname AS schema,
       s.relname AS table_name,
       s.seq_scan,
       coalesce(s.idx_scan, 0) AS idx_scan,
       s.n_live_tup,
       s.n_dead_tup,
       s.n_mod_since_analyze,
       greatest(c.reltuples, 0)::bigint AS estimated_rows,
       s.last_vacuum,
       s.last_autovacuum,
       s.last_analyze,
       s.last_autoanalyze,
       pg_table_size(s.relid) AS size_bytes,
       c.relhasindex AS has_indexes
FROM pg_stat_user_tables s
JOIN pg_class c ON c.oid = s.relid
ORDER BY s.schemaname, s.relname
