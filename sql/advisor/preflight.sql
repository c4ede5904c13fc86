-- The workload advisor's starting facts: the database, the role, HypoPG (installed here, or only
-- available on the server) and pg_stat_statements.
SELECT current_database() AS database,
       current_user AS role,
       (SELECT extversion FROM pg_extension WHERE extname = 'hypopg') AS hypopg,
       EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'hypopg') AS hypopg_available,
       (SELECT extversion FROM pg_extension WHERE extname = 'pg_stat_statements') AS pg_stat_statements,
       extract(epoch FROM now() - coalesce((SELECT stats_reset FROM pg_stat_database
                                             WHERE datname = current_database()),
                                            pg_postmaster_start_time()))::float8 AS stats_age_s,
       coalesce((SELECT stats_reset FROM pg_stat_database WHERE datname = current_database()),
                pg_postmaster_start_time())::text AS stats_since
