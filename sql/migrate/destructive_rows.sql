-- Rows a destructive statement would lose from table $1 (quoted, as written in the migration):
-- live tuples from the statistics collector, else the planner's estimate. No row when the
-- table does not exist.
SELECT coalesce(s.n_live_tup, greatest(c.reltuples, 0))::bigint AS rows
FROM pg_catalog.pg_class c
LEFT JOIN pg_catalog.pg_stat_all_tables s ON s.relid = c.oid
WHERE c.oid = pg_catalog.to_regclass($1)
