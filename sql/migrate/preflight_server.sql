SELECT current_setting('server_version_num')::int AS version_num, pg_is_in_recovery() AS in_recovery,
       (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
       has_database_privilege(current_database(), 'TEMP') AS can_temp,
       (SELECT extversion FROM pg_extension WHERE extname = 'hypopg') AS hypopg
