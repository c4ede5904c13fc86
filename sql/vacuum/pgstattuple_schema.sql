-- The schema pgstattuple is installed in, when it is installed in the connected database.
SELECT n.nspname AS schema
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname = 'pgstattuple'
