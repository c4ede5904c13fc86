-- Statistics-based table bloat estimate (the usual one: expected pages from reltuples and
-- the average row width in pg_stats, against relpages). Tables of the connected database,
-- largest estimated bloat first. $1: how many rows. Tables under 1 MB (128 pages) are left
-- out: their bloat does not matter, and joining pg_stats for 20,000 small tables cost 1 s.
WITH t AS (
    SELECT c.oid, n.nspname, c.relname,
           quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS relation,
           greatest(c.reltuples, 0)::float8 AS reltuples,
           c.relpages::float8 AS relpages,
           current_setting('block_size')::float8 AS bs,
           coalesce((SELECT option_value::float8 FROM pg_options_to_table(c.reloptions)
                     WHERE option_name = 'fillfactor'), 100) AS fillfactor
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'm')
      AND c.relpages >= 128
      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname !~ '^pg_toast'
), w AS (
    SELECT t.oid,
           sum((1 - coalesce(s.null_frac, 0)) * coalesce(s.avg_width, 0)) AS data_width,
           bool_or(coalesce(s.null_frac, 0) > 0) AS has_nulls,
           count(*) AS columns,
           count(s.attname) AS columns_with_stats
    FROM t
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_stats s ON s.schemaname = t.nspname AND s.tablename = t.relname AND s.attname = a.attname
    GROUP BY t.oid
), e AS (
    SELECT t.*, w.columns, w.columns_with_stats,
           -- tuple header (23 bytes + null bitmap, aligned to 8) + data aligned to 8
           (8 * ceil((23 + CASE WHEN w.has_nulls THEN ceil(w.columns / 8.0) ELSE 0 END) / 8.0)
            + 8 * ceil(coalesce(w.data_width, 0) / 8.0)) AS tuple_bytes
    FROM t JOIN w ON w.oid = t.oid
), p AS (
    SELECT e.*,
           greatest(floor((e.bs - 24) * e.fillfactor / 100 / (e.tuple_bytes + 4)), 1) AS tuples_per_page
    FROM e
)
SELECT p.oid::int8 AS oid,
       p.relation,
       (p.relpages * p.bs)::int8 AS bytes,
       ceil(p.reltuples / p.tuples_per_page)::int8 AS expected_pages,
       greatest(p.relpages - ceil(p.reltuples / p.tuples_per_page), 0)::int8 AS bloat_pages,
       (greatest(p.relpages - ceil(p.reltuples / p.tuples_per_page), 0) * p.bs)::int8 AS bloat_bytes,
       (100 * greatest(p.relpages - ceil(p.reltuples / p.tuples_per_page), 0) / p.relpages)::float8 AS bloat_pct,
       p.columns_with_stats = p.columns AS stats_complete
FROM p
ORDER BY bloat_bytes DESC, p.relation
LIMIT $1
