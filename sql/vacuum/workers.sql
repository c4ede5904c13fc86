-- Autovacuum workers busy now against autovacuum_max_workers, and the settings the table
-- ranking uses.
SELECT (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker')::int AS workers_busy,
       current_setting('autovacuum_max_workers')::int AS workers_max,
       current_setting('autovacuum')::bool AS autovacuum_on,
       current_setting('autovacuum_vacuum_threshold')::float8 AS vacuum_threshold,
       current_setting('autovacuum_vacuum_scale_factor')::float8 AS vacuum_scale_factor,
       current_setting('autovacuum_freeze_max_age')::int8 AS freeze_max_age,
       age(datfrozenxid)::int8 AS database_freeze_age
FROM pg_database
WHERE datname = current_database()
