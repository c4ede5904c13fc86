-- Block reads of the current database: hits in shared_buffers vs reads from the OS/disk,
-- and when the statistics were last reset (also the start of "unused" for indexes).
SELECT datname AS database,
       blks_hit,
       blks_read,
       stats_reset
FROM pg_stat_database
WHERE datname = current_database()
