-- One backend as a cancel/terminate target (re-read right before acting).
SELECT pid, usename AS user_name, application_name, state, datname AS database,
       left(query, 200) AS query_head, backend_start, query_start,
       (extract(epoch FROM now() - coalesce(query_start, backend_start)) * 1000)::bigint AS duration_ms,
       (SELECT rolsuper FROM pg_roles r WHERE r.oid = a.usesysid) AS target_superuser
FROM pg_stat_activity a
WHERE pid = $1
