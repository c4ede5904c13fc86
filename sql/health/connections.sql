-- Connections in use vs max_connections and the slots reserved for superusers (and, from
-- PostgreSQL 16, for pg_use_reserved_connections).
SELECT count(*)::int AS connections,
       count(*) FILTER (WHERE state = 'active')::int AS active,
       count(*) FILTER (WHERE state LIKE 'idle in transaction%')::int AS idle_in_transaction,
       current_setting('max_connections')::int AS max_connections,
       (current_setting('superuser_reserved_connections')::int
        + coalesce(current_setting('reserved_connections', true)::int, 0)) AS reserved
FROM pg_stat_activity
WHERE backend_type = 'client backend'
