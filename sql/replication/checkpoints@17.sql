-- Checkpointer, background writer and backend buffer writes (PostgreSQL 17+: checkpoints
-- moved to pg_stat_checkpointer, backend writes are counted only in pg_stat_io).
SELECT c.num_timed::int8 AS timed,
       c.num_requested::int8 AS requested,
       c.write_time::float8 AS write_time_ms,
       c.sync_time::float8 AS sync_time_ms,
       c.buffers_written::int8 AS buffers_checkpointer,
       b.buffers_clean::int8 AS buffers_bgwriter,
       (SELECT coalesce(sum(writes), 0)
        FROM pg_stat_io
        WHERE backend_type NOT IN ('checkpointer', 'background writer'))::int8 AS buffers_backend,
       b.buffers_alloc::int8 AS buffers_alloc,
       c.stats_reset
FROM pg_stat_checkpointer c
CROSS JOIN pg_stat_bgwriter b
