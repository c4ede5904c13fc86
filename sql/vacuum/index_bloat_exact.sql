-- Exact B-tree figures from pgstattuple's pgstatindex for a few indexes (it reads each index in
-- full). @schema@ is the extension's schema, quoted; $1: the indexes' oids as an array. Bloat is
-- the room the leaf pages have beyond their fillfactor, plus empty and deleted pages:
-- leaf_pages × (1 − avg_leaf_density / fillfactor) + empty_pages + deleted_pages, in bytes.
SELECT o.oid::int8 AS oid,
       s.index_size::int8 AS bytes,
       s.leaf_pages::int8 AS leaf_pages,
       s.empty_pages::int8 AS empty_pages,
       s.deleted_pages::int8 AS deleted_pages,
       CASE WHEN s.avg_leaf_density = 'NaN' THEN NULL ELSE s.avg_leaf_density END::float8 AS leaf_density,
       ((greatest(s.leaf_pages * (1 - coalesce(nullif(s.avg_leaf_density, 'NaN'), 0) / ff.ff), 0)
         + s.empty_pages + s.deleted_pages) * current_setting('block_size')::int8)::int8 AS bloat_bytes
FROM unnest($1::oid[]) AS o(oid)
JOIN pg_class c ON c.oid = o.oid
CROSS JOIN LATERAL (SELECT coalesce((SELECT option_value::float8 FROM pg_options_to_table(c.reloptions)
                                     WHERE option_name = 'fillfactor'), 90) AS ff) AS ff
CROSS JOIN LATERAL @schema@.pgstatindex(o.oid::regclass) AS s
