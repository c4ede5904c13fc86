-- Client sessions other than this one, with the age of their transaction, their current
-- (or last) query and their state.
SELECT pid,
       coalesce(usename, '') AS usename,
       coalesce(datname, '') AS datname,
       coalesce(application_name, '') AS application_name,
       coalesce(host(client_addr), 'local') AS client,
       coalesce(state, '') AS state,
       extract(epoch FROM now() - xact_start)::float8 AS xact_age_s,
       extract(epoch FROM now() - query_start)::float8 AS query_age_s,
       extract(epoch FROM now() - state_change)::float8 AS state_age_s,
       left(coalesce(query, ''), 500) AS query,
       coalesce(wait_event_type, '') AS wait_event_type,
       coalesce(wait_event, '') AS wait_event
FROM pg_stat_activity
WHERE backend_type = 'client backend'
  AND pid <> pg_backend_pid()
ORDER BY xact_start NULLS LAST
