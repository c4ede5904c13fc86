-- The server's log files (pg_ls_logdir: superuser or pg_monitor), oldest first.
SELECT name, size, extract(epoch FROM modification) * 1000 AS modified_ms
FROM pg_ls_logdir()
WHERE name ~ '\.(log|csv|json)$'
ORDER BY modification, name
