-- Dry run of a CREATE INDEX: an empty temporary copy of table {table} (columns, types and
-- collations) inside a transaction that is rolled back. Only ACCESS SHARE on the real table.
CREATE TEMP TABLE pgdba_preflight_copy (LIKE {table}) ON COMMIT DROP
