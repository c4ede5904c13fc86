-- Statistics-based B-tree index bloat estimate (the usual one: expected leaf pages from the
-- table's reltuples and the indexed columns' average width in pg_stats, at the index's
-- fillfactor, against relpages). Indexes of the connected database, largest estimated bloat
-- first. $1: how many rows. Indexes under 1 MB (128 pages) are left out, as for tables.
WITH i AS (
    SELECT ci.oid, x.indrelid, n.nspname,
           quote_ident(n.nspname) || '.' || quote_ident(ci.relname) AS index_name,
           quote_ident(n.nspname) || '.' || quote_ident(ct.relname) AS table_name,
           ct.relname AS table_relname, ci.relname AS index_relname,
           greatest(ci.reltuples, 0)::float8 AS reltuples,
           ci.relpages::float8 AS relpages,
           current_setting('block_size')::float8 AS bs,
           coalesce((SELECT option_value::float8 FROM pg_options_to_table(ci.reloptions)
                     WHERE option_name = 'fillfactor'), 90) AS fillfactor,
           x.indkey::int2[] AS indkey
    FROM pg_index x
    JOIN pg_class ci ON ci.oid = x.indexrelid
    JOIN pg_class ct ON ct.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = ci.relnamespace
    JOIN pg_am am ON am.oid = ci.relam AND am.amname = 'btree'
    WHERE ci.relpages >= 128
      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname !~ '^pg_toast'
), c AS (
    -- One row per index column: a table column's statistics, or the expression's own (kept
    -- under the index's name) for an expression column (indkey 0).
    SELECT i.oid, k.pos,
           coalesce(s.null_frac, se.null_frac) AS null_frac,
           coalesce(s.avg_width, se.avg_width) AS avg_width
    FROM i
    CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, pos)
    LEFT JOIN pg_attribute ta ON k.attnum <> 0 AND ta.attrelid = i.indrelid AND ta.attnum = k.attnum
    LEFT JOIN pg_stats s ON k.attnum <> 0 AND s.schemaname = i.nspname AND s.tablename = i.table_relname
                        AND s.attname = ta.attname
    LEFT JOIN pg_attribute ia ON k.attnum = 0 AND ia.attrelid = i.oid AND ia.attnum = k.pos
    LEFT JOIN pg_stats se ON k.attnum = 0 AND se.schemaname = i.nspname AND se.tablename = i.index_relname
                         AND se.attname = ia.attname
), w AS (
    SELECT c.oid,
           sum((1 - coalesce(c.null_frac, 0)) * coalesce(c.avg_width, 8)) AS data_width,
           bool_or(coalesce(c.null_frac, 0) > 0) AS has_nulls,
           count(*) AS columns,
           count(c.avg_width) AS columns_with_stats
    FROM c
    GROUP BY c.oid
), e AS (
    SELECT i.*, w.columns, w.columns_with_stats,
           -- index tuple header (8 bytes, 16 with a null bitmap) + data aligned to 8, plus the
           -- 4-byte line pointer; a page keeps 24 bytes of header and 16 of B-tree special space
           (CASE WHEN w.has_nulls THEN 16 ELSE 8 END + 8 * ceil(coalesce(w.data_width, 0) / 8.0) + 4)
               AS entry_bytes
    FROM i JOIN w ON w.oid = i.oid
), p AS (
    SELECT e.*,
           1 + ceil(e.reltuples / greatest(floor((e.bs - 40) * e.fillfactor / 100 / e.entry_bytes), 1))
               AS expected_pages
    FROM e
)
SELECT p.oid::int8 AS oid,
       p.index_name,
       p.table_name,
       (p.relpages * p.bs)::int8 AS bytes,
       p.fillfactor::float8 AS fillfactor,
       p.expected_pages::int8 AS expected_pages,
       (greatest(p.relpages - p.expected_pages, 0) * p.bs)::int8 AS bloat_bytes,
       (100 * greatest(p.relpages - p.expected_pages, 0) / p.relpages)::float8 AS bloat_pct,
       p.columns_with_stats = p.columns AS stats_complete
FROM p
ORDER BY bloat_bytes DESC, p.index_name
LIMIT $1
