-- The server's own counters next to the advice: temporary files (work_mem), requested vs
-- timed checkpoints (max_wal_size), cache hit ratio (shared_buffers), connections used vs
-- max_connections. PostgreSQL 15/16: checkpoints are counted in pg_stat_bgwriter.
SELECT (SELECT coalesce(sum(temp_files), 0) FROM pg_stat_database)::bigint AS temp_files,
       (SELECT coalesce(sum(temp_bytes), 0) FROM pg_stat_database)::bigint AS temp_bytes,
       (SELECT coalesce(sum(blks_hit), 0) FROM pg_stat_database)::bigint AS blks_hit,
       (SELECT coalesce(sum(blks_read), 0) FROM pg_stat_database)::bigint AS blks_read,
       (SELECT min(stats_reset) FROM pg_stat_database WHERE datname IS NOT NULL) AS database_stats_reset,
       b.checkpoints_timed::bigint AS checkpoints_timed,
       b.checkpoints_req::bigint AS checkpoints_requested,
       b.stats_reset AS checkpoint_stats_reset,
       (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::int AS connections,
       current_setting('max_connections')::int AS max_connections,
       current_setting('superuser_reserved_connections')::int AS reserved_connections,
       pg_postmaster_start_time() AS started
FROM pg_stat_bgwriter b
