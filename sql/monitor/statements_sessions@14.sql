-- Sessions running a statement with this query id right now (pg_stat_activity.query_id,
-- PostgreSQL 14+; it is the top-level statement's id). An idle session keeps the id of its
-- last statement, so only active ones count. Other roles' sessions show a NULL query_id
-- unless the role has pg_read_all_stats.
SELECT a.pid, a.usename, a.datname, a.application_name,
       host(a.client_addr) AS client, a.state, a.wait_event_type, a.wait_event,
       (extract(epoch FROM clock_timestamp() - a.query_start) * 1000)::bigint AS running_ms,
       (extract(epoch FROM clock_timestamp() - a.xact_start) * 1000)::bigint  AS xact_ms
FROM pg_catalog.pg_stat_activity a
WHERE a.query_id = $1::bigint
  AND a.state IN ('active', 'fastpath function call')
  AND a.pid <> pg_catalog.pg_backend_pid()
ORDER BY a.query_start
