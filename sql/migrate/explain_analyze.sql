-- A hot query's plan with actual times; run inside BEGIN ... ROLLBACK (the claim locks rows).
EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {query}
