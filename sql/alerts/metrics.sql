-- Alert metrics (app/alerts/alertmonitor): one row with what the alert rules read. Counters
-- (blocks) are turned into rates between two readings by the monitor. The monitor's own
-- session is left out of the session figures.
SELECT
    (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::int AS connections,
    current_setting('max_connections')::int AS max_connections,
    (SELECT coalesce(sum(blks_hit), 0) FROM pg_stat_database)::float8 AS blks_hit,
    (SELECT coalesce(sum(blks_read), 0) FROM pg_stat_database)::float8 AS blks_read,
    (SELECT coalesce(max(extract(epoch FROM clock_timestamp() - xact_start)), 0)
       FROM pg_stat_activity
      WHERE xact_start IS NOT NULL AND pid <> pg_backend_pid()
        AND backend_type = 'client backend')::float8 AS longest_transaction_s,
    (SELECT count(*) FROM pg_stat_activity
      WHERE pid <> pg_backend_pid() AND cardinality(pg_blocking_pids(pid)) > 0)::int AS blocked_sessions,
    CASE WHEN pg_is_in_recovery()
         THEN pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())
         ELSE (SELECT max(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)) FROM pg_stat_replication)
    END::float8 AS replication_lag_bytes,
    (SELECT count(*) FROM pg_replication_slots WHERE NOT active)::int AS inactive_slots,
    (SELECT max(age(datfrozenxid)) FROM pg_database WHERE datallowconn)::float8 AS wraparound_age,
    EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements') AS has_statements
