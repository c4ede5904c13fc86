-- Counters of every statement pg_stat_statements tracks, without the query texts (those are
-- fetched once per new statement: statements_texts.sql). PostgreSQL 10-12, extension 1.4-1.7:
-- total_time/blk_read_time, no planning counters, no WAL, no toplevel.
-- {{schema}} is the extension's schema, quoted by the caller.
SELECT s.userid, s.dbid, s.queryid, true AS toplevel,
       d.datname, r.rolname,
       s.calls,
       s.total_time AS total_exec_ms, s.min_time AS min_exec_ms, s.max_time AS max_exec_ms,
       s.mean_time AS mean_exec_ms, s.stddev_time AS stddev_exec_ms,
       NULL::bigint AS plans, NULL::float8 AS total_plan_ms, NULL::float8 AS mean_plan_ms,
       s.rows,
       s.shared_blks_hit, s.shared_blks_read, s.shared_blks_dirtied, s.shared_blks_written,
       s.local_blks_hit, s.local_blks_read, s.local_blks_dirtied, s.local_blks_written,
       s.temp_blks_read, s.temp_blks_written,
       s.blk_read_time AS io_read_ms, s.blk_write_time AS io_write_ms,
       NULL::bigint AS wal_records, NULL::bigint AS wal_fpi, NULL::numeric AS wal_bytes,
       NULL::timestamptz AS stats_since
FROM {{schema}}.pg_stat_statements(false) s
LEFT JOIN pg_catalog.pg_database d ON d.oid = s.dbid
LEFT JOIN pg_catalog.pg_roles r ON r.oid = s.userid
