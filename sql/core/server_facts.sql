-- What pgdba needs to know about the server and its own session, in one round trip.
SELECT current_setting('server_version_num')::int          AS version_num,
       current_setting('server_version')                   AS version,
       pg_backend_pid()                                    AS pid,
       current_user                                        AS role,
       current_database()                                  AS db,
       r.rolsuper                                          AS superuser,
       pg_has_role(current_user, 'pg_monitor', 'member')        AS pg_monitor,
       pg_has_role(current_user, 'pg_signal_backend', 'member') AS pg_signal_backend,
       pg_has_role(current_user, 'pg_read_all_stats', 'member') AS pg_read_all_stats,
       pg_is_in_recovery()                                 AS in_recovery
FROM pg_roles r
WHERE r.rolname = current_user
