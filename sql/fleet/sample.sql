-- Fleet page: one small sample of a server per interval (fleet::FleetCollector). Cumulative
-- counters (transactions, blocks) are turned into rates by pgdba from two samples; pgdba's own
-- backend is left out of the session counts. Replication lag: on a standby, how far replay is
-- behind (0 when everything received is replayed); on a primary, the largest replay lag of its
-- standbys (0 while they are idle and caught up; NULL without standbys).
SELECT current_setting('server_version') AS version,
       current_setting('server_version_num')::int AS version_num,
       pg_is_in_recovery() AS in_recovery,
       (SELECT count(*) FROM pg_stat_activity
         WHERE backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid()
           AND wait_event_type IS DISTINCT FROM 'Lock')::int AS active,
       (SELECT count(*) FROM pg_stat_activity
         WHERE backend_type = 'client backend' AND wait_event_type = 'Lock')::int AS waiting,
       (SELECT coalesce(sum(xact_commit + xact_rollback), 0) FROM pg_stat_database)::bigint AS xacts,
       (SELECT coalesce(sum(blks_hit), 0) FROM pg_stat_database)::bigint AS blks_hit,
       (SELECT coalesce(sum(blks_read), 0) FROM pg_stat_database)::bigint AS blks_read,
       CASE WHEN pg_is_in_recovery() THEN
                CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                     ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END
            ELSE (SELECT CASE WHEN count(*) = 0 THEN NULL
                              ELSE coalesce(max(extract(epoch FROM replay_lag)), 0) END
                    FROM pg_stat_replication)
       END::float8 AS lag_s,
       (extract(epoch FROM statement_timestamp()) * 1000)::bigint AS server_ms
