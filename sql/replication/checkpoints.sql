-- Checkpointer, background writer and backend buffer writes (PostgreSQL 12-16:
-- everything is in pg_stat_bgwriter).
SELECT checkpoints_timed::int8 AS timed,
       checkpoints_req::int8 AS requested,
       checkpoint_write_time::float8 AS write_time_ms,
       checkpoint_sync_time::float8 AS sync_time_ms,
       buffers_checkpoint::int8 AS buffers_checkpointer,
       buffers_clean::int8 AS buffers_bgwriter,
       buffers_backend::int8 AS buffers_backend,
       buffers_alloc::int8 AS buffers_alloc,
       stats_reset
FROM pg_stat_bgwriter
