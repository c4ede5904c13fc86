-- One row per WAL sender (standbys and logical subscribers). Lag in bytes is measured from
-- this server's current position (its replay position on a cascading standby).
WITH pos AS (
    SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END AS lsn
)
SELECT r.pid,
       r.application_name,
       coalesce(host(r.client_addr), 'local') AS client,
       r.state,
       r.sync_state,
       r.sent_lsn::text AS sent_lsn,
       r.write_lsn::text AS write_lsn,
       r.flush_lsn::text AS flush_lsn,
       r.replay_lsn::text AS replay_lsn,
       pg_wal_lsn_diff(pos.lsn, r.sent_lsn)::int8 AS unsent_bytes,
       pg_wal_lsn_diff(pos.lsn, r.replay_lsn)::int8 AS lag_bytes,
       extract(epoch FROM r.write_lag)::float8 AS write_lag_s,
       extract(epoch FROM r.flush_lag)::float8 AS flush_lag_s,
       extract(epoch FROM r.replay_lag)::float8 AS replay_lag_s,
       r.backend_xmin::text AS backend_xmin,
       age(r.backend_xmin)::int8 AS backend_xmin_age,
       s.slot_name
FROM pg_stat_replication r
CROSS JOIN pos
LEFT JOIN pg_replication_slots s ON s.active_pid = r.pid
ORDER BY r.application_name, r.pid
