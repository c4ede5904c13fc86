-- The functions a statement calls, by name: volatile functions and procedures may change data,
-- so EXPLAIN ANALYZE of a statement that calls them is rolled back and the page says so.
SELECT p.proname AS name,
       n.nspname AS schema,
       p.provolatile::text AS volatility,
       p.prokind::text AS kind
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE p.proname = ANY ($1::text[])
ORDER BY 1, 2
