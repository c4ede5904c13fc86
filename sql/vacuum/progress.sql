-- Running maintenance before PostgreSQL 14 (no pg_stat_progress_copy, and before 13 no
-- _analyze / _basebackup): VACUUM, CREATE INDEX and CLUSTER / VACUUM FULL.
WITH p AS (
    SELECT 'vacuum' AS kind, v.pid, v.datname, v.relid, v.phase,
           CASE WHEN v.phase = 'vacuuming heap' THEN v.heap_blks_vacuumed ELSE v.heap_blks_scanned END AS done,
           v.heap_blks_total AS total, 'blocks' AS unit,
           concat_ws(' ', 'index passes', v.index_vacuum_count, '· dead tuples', v.num_dead_tuples) AS detail
    FROM pg_stat_progress_vacuum v
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
