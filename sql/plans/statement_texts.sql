-- Every statement of the current database with its text, to match auto_explain's logged texts.
-- {{schema}} is pg_stat_statements' schema, quoted by the caller.
SELECT DISTINCT ON (s.queryid) s.queryid, s.query
FROM {{schema}}.pg_stat_statements s
WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND s.queryid IS NOT NULL
