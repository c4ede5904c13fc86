-- Discard all pg_stat_statements counters of this server (every database, every role).
SELECT {{schema}}.pg_stat_statements_reset()
