-- How many sessions wait for a heavyweight lock that another session holds: the Locks tab's
-- badge. Cheap: pg_stat_activity plus pg_blocking_pids() only for sessions waiting on a Lock.
SELECT count(*) AS blocked
FROM pg_stat_activity
WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid() AND cardinality(pg_blocking_pids(pid)) > 0
