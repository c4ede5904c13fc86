-- Volatility of the functions named in a partial-index predicate ($1 names, lower case):
-- i immutable, s stable, v volatile.
SELECT p.proname AS name, string_agg(DISTINCT p.provolatile::text, '') AS volatility
FROM pg_proc p
WHERE p.proname = ANY ($1::text[])
GROUP BY p.proname
ORDER BY 1
