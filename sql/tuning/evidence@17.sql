-- PostgreSQL 17+: checkpoints moved from pg_stat_bgwriter to pg_stat_checkpointer.
SELECT (SELECT coalesce(sum(temp_files), 0) FROM pg_stat_database)::bigint AS temp_files,
       (SELECT coalesce(sum(temp_bytes), 0) FROM pg_stat_database)::bigint AS temp_bytes,
       (SELECT coalesce(sum(blks_hit), 0) FROM pg_stat_database)::bigint AS blks_hit,
       (SELECT coalesce(sum(blks_read), 0) FROM pg_stat_database)::bigint AS blks_read,
       (SELECT min(stats_reset) FROM pg_stat_database WHERE datname IS NOT NULL) AS database_stats_reset,
       c.num_timed::bigint AS checkpoints_timed,
       c.num_requested::bigint AS checkpoints_requested,
       c.stats_reset AS checkpoint_stats_reset,
       (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::int AS connections,
       current_setting('max_connections')::int AS max_connections,
       current_setting('superuser_reserved_connections')::int AS reserved_connections,
       pg_postmaster_start_time() AS started
FROM pg_stat_checkpointer c
