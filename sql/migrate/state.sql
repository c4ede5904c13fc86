-- What the migrations page needs to know about the database before reading versions:
-- is pgdba's version table there, is there an Alembic one (in the search path), HypoPG.
SELECT to_regclass('public.pgdba_migrations') IS NOT NULL AS version_table,
       to_regclass('alembic_version') IS NOT NULL AS alembic_table,
       current_database() AS database,
       current_user AS role,
       (SELECT extversion FROM pg_extension WHERE extname = 'hypopg') AS hypopg
