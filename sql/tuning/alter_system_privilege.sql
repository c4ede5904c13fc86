-- Which of the settings ($1) the current role may change with ALTER SYSTEM. Before
-- PostgreSQL 15 only superusers may; and whether it may run pg_reload_conf() afterwards.
SELECT name,
       (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS allowed,
       has_function_privilege('pg_catalog.pg_reload_conf()', 'EXECUTE') AS can_reload
FROM unnest($1::text[]) AS name
