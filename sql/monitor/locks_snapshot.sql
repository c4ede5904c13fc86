-- The lock tree from one refresh (PostgreSQL 10-12: no pg_locks.waitstart, waits timed from query_start;
-- no leader_pid, so parallel workers are not tied to their leader; CTEs are always
-- materialized before 12, so no MATERIALIZED keyword).
-- Every backend waiting for a heavyweight lock, with pg_blocking_pids(), the lock it waits
-- for, and the facts of every session involved (waiting or blocking). pg_locks is read once.
-- Prepared transactions block as pid 0: the waiter row names them in prepared_blockers.
-- $1: the signature of the previous refresh (NULL: send everything); see "shape" below.
WITH act AS (
    SELECT a.pid, NULL::int AS leader_pid, a.backend_type, a.state, a.usename, a.application_name, a.datname,
           host(a.client_addr) AS client_addr, a.backend_start, a.xact_start, a.query_start, a.state_change,
           a.wait_event_type, a.wait_event, left(a.query, 1000) AS query
    FROM pg_stat_activity a
    WHERE a.pid <> pg_backend_pid()
),
locks AS (
    SELECT l.locktype, l.database, l.relation, l.page, l.tuple, l.virtualxid, l.transactionid, l.classid,
           l.objid, l.objsubid, l.virtualtransaction, l.pid, l.mode, l.granted, NULL::timestamptz AS waitstart
    FROM pg_locks l
    WHERE NOT l.granted OR l.pid IS NULL
),
waits AS (
    SELECT DISTINCT ON (l.pid) l.*, pg_blocking_pids(l.pid) AS blocked_by
    FROM locks l
    WHERE NOT l.granted AND l.pid IS NOT NULL
    ORDER BY l.pid
),
prepared AS (
    SELECT h.virtualtransaction, px.transaction::text::bigint AS xid, px.gid, px.owner, px.database, px.prepared
    FROM locks h
    JOIN pg_prepared_xacts px ON h.locktype = 'transactionid' AND h.transactionid = px.transaction
    WHERE h.pid IS NULL
),
prepared_blocks AS (
    SELECT w.pid,
           json_agg(DISTINCT jsonb_build_object('xid', p.xid, 'gid', p.gid, 'owner', p.owner, 'database', p.database,
                    'prepared_ms', (extract(epoch FROM clock_timestamp() - p.prepared) * 1000)::bigint)) AS holders
    FROM waits w
    JOIN locks h ON h.pid IS NULL AND h.granted AND h.locktype = w.locktype
         AND h.database IS NOT DISTINCT FROM w.database AND h.relation IS NOT DISTINCT FROM w.relation
         AND h.page IS NOT DISTINCT FROM w.page AND h.tuple IS NOT DISTINCT FROM w.tuple
         AND h.virtualxid IS NOT DISTINCT FROM w.virtualxid AND h.transactionid IS NOT DISTINCT FROM w.transactionid
         AND h.classid IS NOT DISTINCT FROM w.classid AND h.objid IS NOT DISTINCT FROM w.objid
         AND h.objsubid IS NOT DISTINCT FROM w.objsubid
    JOIN prepared p ON p.virtualtransaction = h.virtualtransaction
    WHERE 0 = ANY (w.blocked_by)
    GROUP BY w.pid
),
involved AS (
    SELECT pid FROM waits
    UNION
    SELECT b FROM waits, unnest(blocked_by) AS b WHERE b <> 0
),
workers AS (
    SELECT leader_pid, count(*) AS n FROM act WHERE leader_pid IS NOT NULL AND leader_pid <> pid GROUP BY leader_pid
),
-- What shapes the tree: who waits for whom on which lock, and which statement each session
-- involved runs. While it stays the same ($1, the signature the client got last time), the rows
-- carry only what moves: states, wait events, ages; the client keeps the rest.
shape AS (
    SELECT f.signature, f.signature IS DISTINCT FROM $1::text AS full
    FROM (SELECT md5(coalesce(string_agg(ROW(i.pid, w.blocked_by, w.locktype, w.mode, w.database, w.relation, w.page,
                                             w.tuple, w.virtualxid, w.transactionid, w.classid, w.objid, w.objsubid,
                                             a.backend_type, a.backend_start, a.query_start, a.application_name,
                                             a.leader_pid, k.n)::text, ';' ORDER BY i.pid), '')) AS signature
          FROM involved i
          LEFT JOIN act a ON a.pid = i.pid
          LEFT JOIN waits w ON w.pid = i.pid
          LEFT JOIN workers k ON k.leader_pid = i.pid) f
)
SELECT i.pid, a.pid IS NOT NULL AS present, s.full,
       CASE WHEN row_number() OVER (ORDER BY i.pid) = 1 THEN s.signature END AS signature,
       CASE WHEN s.full THEN a.backend_type END AS backend_type,
       CASE WHEN s.full THEN a.leader_pid END AS leader_pid,
       CASE WHEN s.full THEN coalesce(k.n, 0) END AS parallel_workers,
       a.state,
       CASE WHEN s.full THEN a.usename END AS usename,
       CASE WHEN s.full THEN a.application_name END AS application_name,
       CASE WHEN s.full THEN a.datname END AS datname,
       CASE WHEN s.full THEN a.client_addr END AS client_addr,
       CASE WHEN s.full THEN a.backend_start END AS backend_start,
       (extract(epoch FROM clock_timestamp() - a.xact_start) * 1000)::bigint AS xact_age_ms,
       (extract(epoch FROM clock_timestamp() - a.state_change) * 1000)::bigint AS state_age_ms,
       (extract(epoch FROM clock_timestamp() - a.query_start) * 1000)::bigint AS query_age_ms,
       a.wait_event_type, a.wait_event,
       CASE WHEN s.full THEN a.query END AS query,
       CASE WHEN s.full THEN w.blocked_by END AS blocked_by,
       pb.holders AS prepared_blockers,
       CASE WHEN s.full THEN w.locktype END AS wait_locktype,
       CASE WHEN s.full THEN w.mode END AS wait_mode,
       CASE WHEN s.full AND w.relation IS NOT NULL
                 AND w.database IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
            THEN w.relation::regclass::text END AS wait_relation,
       CASE WHEN s.full THEN w.relation END AS wait_relation_oid,
       CASE WHEN s.full THEN (SELECT datname FROM pg_database d WHERE d.oid = w.database) END AS wait_database,
       CASE WHEN s.full THEN w.page END AS wait_page,
       CASE WHEN s.full THEN w.tuple END AS wait_tuple,
       CASE WHEN s.full THEN w.virtualxid END AS wait_virtualxid,
       CASE WHEN s.full THEN w.transactionid::text END AS wait_transactionid,
       CASE WHEN s.full THEN w.classid END AS wait_classid,
       CASE WHEN s.full THEN w.objid END AS wait_objid,
       CASE WHEN s.full THEN w.objsubid END AS wait_objsubid,
       (extract(epoch FROM clock_timestamp() - coalesce(w.waitstart, a.query_start)) * 1000)::bigint AS waiting_ms
FROM involved i
CROSS JOIN shape s
LEFT JOIN act a ON a.pid = i.pid
LEFT JOIN waits w ON w.pid = i.pid
LEFT JOIN prepared_blocks pb ON pb.pid = i.pid
LEFT JOIN workers k ON k.leader_pid = i.pid
ORDER BY i.pid
