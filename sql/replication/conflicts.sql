-- Queries cancelled on this standby because replay needed what they were using.
SELECT datname,
       confl_tablespace,
       confl_lock,
       confl_snapshot,
       confl_bufferpin,
       confl_deadlock,
       coalesce((to_jsonb(c) ->> 'confl_active_logicalslot')::int8, 0) AS confl_logicalslot
FROM pg_stat_database_conflicts c
WHERE datname IS NOT NULL
ORDER BY datname
