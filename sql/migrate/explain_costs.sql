-- A query's plan without running it (HypoPG's hypothetical indexes only affect these).
EXPLAIN (FORMAT JSON) {query}
