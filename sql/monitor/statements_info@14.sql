-- Evictions since the last reset (entries dropped when pg_stat_statements.max is reached) and
-- when all statistics were last reset: how pgdba tells a reset from a counter going down.
SELECT i.dealloc, i.stats_reset
FROM {{schema}}.pg_stat_statements_info i
