-- Not run as is: the prefix of the plain EXPLAIN (no ANALYZE: nothing executes) that shows
-- every function a statement reaches, with views, rules and column defaults expanded.
EXPLAIN (VERBOSE true, COSTS false, FORMAT JSON)
