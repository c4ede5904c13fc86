-- Which of the settings ($1) the current role may change with ALTER SYSTEM: superusers all,
-- others those granted ALTER SYSTEM ON PARAMETER (PostgreSQL 15+); and whether it may run
-- pg_reload_conf() afterwards (superusers, or GRANT EXECUTE).
SELECT name,
       (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) OR has_parameter_privilege(name, 'ALTER SYSTEM') AS allowed,
       has_function_privilege('pg_catalog.pg_reload_conf()', 'EXECUTE') AS can_reload
FROM unnest($1::text[]) AS name
