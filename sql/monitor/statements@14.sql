-- Counters of every statement, without texts. PostgreSQL 14, extension 1.9: adds toplevel
-- (with track = all a statement run inside a function is a separate entry).
-- {{schema}} is the extension's schema, quoted by the caller.
SELECT s.userid, s.dbid, s.queryid, s.toplevel,
       d.datname, r.rolname,
       s.calls,
       s.total_exec_time AS total_exec_ms, s.min_exec_time AS min_exec_ms, s.max_exec_time AS max_exec_ms,
       s.mean_exec_time AS mean_exec_ms, s.stddev_exec_time AS stddev_exec_ms,
       s.plans, s.total_plan_time AS total_plan_ms, s.mean_plan_time AS mean_plan_ms,
       s.rows,
       s.shared_blks_hit, s.shared_blks_read, s.shared_blks_dirtied, s.shared_blks_written,
       s.local_blks_hit, s.local_blks_read, s.local_blks_dirtied, s.local_blks_written,
       s.temp_blks_read, s.temp_blks_written,
       s.blk_read_time AS io_read_ms, s.blk_write_time AS io_write_ms,
       s.wal_records, s.wal_fpi, s.wal_bytes,
       NULL::timestamptz AS stats_since
FROM {{schema}}.pg_stat_statements(false) s
LEFT JOIN pg_catalog.pg_database d ON d.oid = s.dbid
LEFT JOIN pg_catalog.pg_roles r ON r.oid = s.userid
