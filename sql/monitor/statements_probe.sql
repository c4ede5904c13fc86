-- Can pg_stat_statements be read here, and if not, why? Never fails for an unprivileged role:
-- shared_preload_libraries is read through pg_settings (the row is hidden without
-- pg_read_all_settings, giving NULL = unknown) and the extension's own settings only exist
-- when its library is loaded. PostgreSQL 10+.
SELECT current_database()                                            AS database,
       (SELECT setting FROM pg_catalog.pg_settings
         WHERE name = 'shared_preload_libraries')                     AS preload_libraries,
       (SELECT pending_restart FROM pg_catalog.pg_settings
         WHERE name = 'shared_preload_libraries')                     AS preload_pending_restart,
       current_setting('pg_stat_statements.max', true)                AS pss_max,
       current_setting('pg_stat_statements.track', true)              AS pss_track,
       current_setting('pg_stat_statements.track_planning', true)     AS pss_track_planning,
       current_setting('compute_query_id', true)                      AS compute_query_id,
       current_setting('track_io_timing', true)                       AS track_io_timing,
       e.extversion                                                   AS ext_version,
       n.nspname                                                      AS ext_schema,
       a.default_version                                              AS available_version,
       r.rolsuper                                                     AS superuser,
       pg_catalog.pg_has_role(current_user, 'pg_read_all_stats', 'member') AS read_all_stats,
       (SELECT bool_or(pg_catalog.has_function_privilege(p.oid, 'EXECUTE'))
          FROM pg_catalog.pg_proc p
         WHERE p.proname = 'pg_stat_statements_reset'
           AND p.pronamespace = e.extnamespace)                       AS can_reset,
       pg_catalog.has_database_privilege(current_database(), 'CREATE') AS can_create_in_db
FROM pg_catalog.pg_roles r
LEFT JOIN pg_catalog.pg_extension e ON e.extname = 'pg_stat_statements'
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
LEFT JOIN pg_catalog.pg_available_extensions a ON a.name = 'pg_stat_statements'
WHERE r.rolname = current_user
