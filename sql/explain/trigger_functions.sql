-- The enabled user triggers of the tables a statement writes (EXPLAIN ANALYZE safety): their
-- functions run too, and may do what a rollback cannot undo.
SELECT t.tgname AS trigger,
       c.relname AS relation,
       p.proname AS function,
       pn.nspname AS function_schema
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND c.relname = ANY ($1::text[])
ORDER BY 1
