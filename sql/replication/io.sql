-- pg_stat_io does not exist before PostgreSQL 16: the same columns, no rows.
SELECT NULL::text AS backend_type, 0::int8 AS reads, 0::int8 AS writes, 0::int8 AS extends,
       0::int8 AS hits, 0::int8 AS evictions, 0::int8 AS fsyncs
WHERE false
