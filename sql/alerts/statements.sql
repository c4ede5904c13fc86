-- Alert metrics: cumulative calls and time per statement (pg_stat_statements, installed in the
-- connected database); the monitor takes the slowest mean of the statements that ran between two
-- readings.
SELECT queryid::text || ':' || dbid::text || ':' || userid::text AS key, calls::float8 AS calls,
       total_exec_time::float8 AS total_ms
  FROM pg_stat_statements
 WHERE calls > 0 AND queryid IS NOT NULL
