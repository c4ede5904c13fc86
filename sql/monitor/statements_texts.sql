-- Query texts of the given statements (queryid = ANY($1)), fetched once per new statement.
-- PostgreSQL 10-13: no toplevel column. {{schema}} is the extension's schema, quoted.
SELECT s.userid, s.dbid, s.queryid, true AS toplevel, s.query
FROM {{schema}}.pg_stat_statements(true) s
WHERE s.queryid = ANY ($1::bigint[])
