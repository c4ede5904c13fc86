-- Running maintenance, one row per command (PostgreSQL 14+): VACUUM, ANALYZE, CREATE INDEX,
-- CLUSTER / VACUUM FULL, base backups and COPY, each as phase + done/total in one unit.
-- Columns that differ between versions are read through to_jsonb.
WITH p AS (
    SELECT 'vacuum' AS kind, v.pid, v.datname, v.relid, v.phase,
           CASE WHEN v.phase = 'vacuuming heap' THEN v.heap_blks_vacuumed ELSE v.heap_blks_scanned END AS done,
           v.heap_blks_total AS total, 'blocks' AS unit,
           concat_ws(' ', 'index passes', v.index_vacuum_count,
                     '· dead tuples', coalesce(to_jsonb(v) ->> 'num_dead_tuples', to_jsonb(v) ->> 'num_dead_item_ids'))
               AS detail
    FROM pg_stat_progress_vacuum v
    UNION ALL
    SELECT 'analyze', a.pid, a.datname, a.relid, a.phase, a.sample_blks_scanned, a.sample_blks_total, 'blocks',
           concat_ws(' ', 'child tables', a.child_tables_done, '/', a.child_tables_total)
    FROM pg_stat_progress_analyze a
    UNION ALL
    SELECT 'create_index', i.pid, i.datname, i.relid, i.phase,
           CASE WHEN i.blocks_total > 0 THEN i.blocks_done ELSE i.tuples_done END,
           CASE WHEN i.blocks_total > 0 THEN i.blocks_total ELSE i.tuples_total END,
           CASE WHEN i.blocks_total > 0 THEN 'blocks' ELSE 'tuples' END,
           concat_ws(' ', i.command, i.index_relid::regclass::text)
    FROM pg_stat_progress_create_index i
    UNION ALL
    SELECT 'cluster', c.pid, c.datname, c.relid, c.phase, c.heap_blks_scanned, c.heap_blks_total, 'blocks',
           concat_ws(' ', c.command, '· tuples written', c.heap_tuples_written)
    FROM pg_stat_progress_cluster c
    UNION ALL
    SELECT 'basebackup', b.pid, NULL, NULL, b.phase, b.backup_streamed, b.backup_total, 'bytes',
           concat_ws(' ', 'tablespaces', b.tablespaces_streamed, '/', b.tablespaces_total)
    FROM pg_stat_progress_basebackup b
    UNION ALL
    SELECT 'copy', c.pid, c.datname, c.relid, c.command || ' ' || c.type, c.bytes_processed,
           nullif(c.bytes_total, 0), 'bytes', concat_ws(' ', 'tuples', c.tuples_processed)
    FROM pg_stat_progress_copy c
)
SELECT p.kind,
       p.pid,
       p.datname,
       CASE WHEN p.relid IS NULL OR p.relid = 0 THEN NULL
            WHEN p.datname = current_database() THEN p.relid::regclass::text
            ELSE p.datname || ' · oid ' || p.relid END AS relation,
       p.phase,
       p.done::int8 AS done,
       p.total::int8 AS total,
       p.unit,
       p.detail,
       a.backend_type = 'autovacuum worker' AS autovacuum,
       extract(epoch FROM now() - a.query_start)::float8 AS running_s
FROM p
LEFT JOIN pg_stat_activity a ON a.pid = p.pid
ORDER BY a.query_start NULLS LAST, p.pid
