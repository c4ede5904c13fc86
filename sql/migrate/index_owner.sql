-- The index named $1 (quoted, schema-qualified when known) right now: its OID, whether it is
-- valid, and its table. No row when there is none. Used to tell an index a run built from one
-- that was already there.
SELECT c.oid::bigint AS oid, i.indisvalid AS valid, c.oid::regclass::text AS qualified,
       i.indrelid::regclass::text AS table_name
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
WHERE c.oid = pg_catalog.to_regclass($1)
