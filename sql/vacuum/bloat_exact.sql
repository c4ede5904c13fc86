-- Exact figures from the pgstattuple extension for a few tables (it reads each table in
-- full). @schema@ is the extension's schema, quoted; $1: the tables' oids as an array.
SELECT o.oid::int8 AS oid,
       s.table_len::int8 AS bytes,
       s.tuple_count::int8 AS live_tuples,
       s.dead_tuple_count::int8 AS dead_tuples,
       s.dead_tuple_len::int8 AS dead_bytes,
       s.free_space::int8 AS free_bytes,
       (s.dead_tuple_percent + s.free_percent)::float8 AS bloat_pct
FROM unnest($1::oid[]) AS o(oid)
CROSS JOIN LATERAL @schema@.pgstattuple(o.oid::regclass) AS s
