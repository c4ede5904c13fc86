-- Progress of CREATE INDEX / REINDEX run by backend $1.
SELECT p.pid, p.phase, p.command,
       coalesce(nullif(p.index_relid, 0)::regclass::text, '') AS index_name,
       p.relid::regclass::text AS table_name,
       p.lockers_total, p.lockers_done, p.current_locker_pid,
       p.blocks_total, p.blocks_done, p.tuples_total, p.tuples_done,
       p.partitions_total, p.partitions_done
FROM pg_stat_progress_create_index p
WHERE p.pid = $1
