-- Discard the counters of one statement (user, database, query id); PostgreSQL 12+.
SELECT {{schema}}.pg_stat_statements_reset($1::oid, $2::oid, $3::bigint)
