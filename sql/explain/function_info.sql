-- The functions a statement reaches, by name (EXPLAIN ANALYZE safety, explain/sideeffects.h):
-- volatility, language and, for sql/plpgsql, the body, so calls inside it can be followed.
-- pg_get_functiondef only for BEGIN ATOMIC bodies (prosrc is empty there); never for aggregates.
SELECT p.proname AS name,
       n.nspname AS schema,
       p.provolatile::text AS volatility,
       p.prokind::text AS kind,
       l.lanname AS language,
       l.lanpltrusted AS trusted,
       pg_catalog.pg_function_is_visible(p.oid) AS visible,
       CASE WHEN l.lanname IN ('sql', 'plpgsql') AND p.prokind IN ('f', 'p')
            THEN left(coalesce(nullif(p.prosrc, ''), pg_catalog.pg_get_functiondef(p.oid)), 200000)
       END AS source
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
WHERE p.proname = ANY ($1::text[])
ORDER BY 1, 2
