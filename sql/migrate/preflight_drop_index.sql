-- An index a down migration drops ($1 as written): does it exist, and does a constraint own it.
SELECT c.relname AS name, i.indisvalid AS valid, pg_relation_size(c.oid) AS size_bytes,
       (SELECT con.conname FROM pg_constraint con WHERE con.conindid = c.oid LIMIT 1) AS constraint_name,
       t.relname AS table_name
FROM pg_class c
JOIN pg_index i ON i.indexrelid = c.oid
JOIN pg_class t ON t.oid = i.indrelid
WHERE c.oid = to_regclass($1)
