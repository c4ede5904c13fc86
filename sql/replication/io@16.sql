-- I/O per kind of process (PostgreSQL 16+), summed over objects and contexts.
SELECT backend_type,
       coalesce(sum(reads), 0)::int8 AS reads,
       coalesce(sum(writes), 0)::int8 AS writes,
       coalesce(sum(extends), 0)::int8 AS extends,
       coalesce(sum(hits), 0)::int8 AS hits,
       coalesce(sum(evictions), 0)::int8 AS evictions,
       coalesce(sum(fsyncs), 0)::int8 AS fsyncs
FROM pg_stat_io
GROUP BY backend_type
ORDER BY backend_type
