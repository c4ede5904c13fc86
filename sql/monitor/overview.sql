-- Server overview: one row of server facts (readable by any role: nothing here needs
-- pg_read_all_settings, so a plain role sees the page too).
SELECT pg_postmaster_start_time()                                    AS started_at,
       extract(epoch FROM now() - pg_postmaster_start_time())::bigint AS uptime_s,
       (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend') AS connections,
       current_setting('max_connections')::int                        AS max_connections,
       (SELECT count(*) FROM pg_stat_activity WHERE state = 'active'
           AND backend_type = 'client backend')                       AS active,
       (SELECT count(*) FROM pg_stat_activity WHERE state LIKE 'idle in transaction%'
           AND backend_type = 'client backend')                       AS idle_in_transaction,
       (SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'
           AND backend_type = 'client backend')                       AS waiting,
       (SELECT count(*) FROM pg_stat_activity WHERE state = 'idle'
           AND backend_type = 'client backend')                       AS idle,
       (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'
           AND state = 'active' AND now() - query_start > interval '1 minute') AS long_running,
       pg_is_in_recovery()                                            AS in_recovery,
       current_setting('shared_buffers')                              AS shared_buffers,
       (SELECT sum(xact_commit) FROM pg_stat_database)::bigint        AS commits,
       (SELECT sum(blks_hit)::float8 / nullif(sum(blks_hit) + sum(blks_read), 0)
          FROM pg_stat_database)                                      AS cache_hit_ratio
