-- Replication slots with the WAL each one keeps. wal_status and safe_wal_size are read
-- through to_jsonb so the same text runs on servers before 13 (they come back NULL).
WITH pos AS (
    SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END AS lsn
)
SELECT s.slot_name,
       s.slot_type,
       s.plugin,
       s.database,
       s.temporary,
       s.active,
       s.active_pid,
       to_jsonb(s) ->> 'wal_status' AS wal_status,
       (to_jsonb(s) ->> 'safe_wal_size')::int8 AS safe_wal_size,
       s.restart_lsn::text AS restart_lsn,
       s.confirmed_flush_lsn::text AS confirmed_flush_lsn,
       s.xmin::text AS xmin,
       age(s.xmin)::int8 AS xmin_age,
       s.catalog_xmin::text AS catalog_xmin,
       age(s.catalog_xmin)::int8 AS catalog_xmin_age,
       pg_wal_lsn_diff(pos.lsn, s.restart_lsn)::int8 AS retained_bytes
FROM pg_replication_slots s
CROSS JOIN pos
ORDER BY pg_wal_lsn_diff(pos.lsn, s.restart_lsn) DESC NULLS LAST, s.slot_name
