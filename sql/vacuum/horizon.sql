-- What holds back the xmin horizon (the oldest row version VACUUM must keep), ranked by age
-- in transactions: backend transactions and snapshots, replication slots, prepared
-- transactions, standby feedback through a WAL sender without a slot.
SELECT h.kind, h.holder, h.pid, h.database, h.role, h.application, h.state,
       h.age_xids::int8 AS age_xids, h.age_s::float8 AS age_s, h.query, h.backend_start
FROM (
    SELECT CASE WHEN a.backend_xid IS NOT NULL THEN 'transaction' ELSE 'snapshot' END AS kind,
           a.pid::text AS holder, a.pid, a.datname::text AS database, a.usename::text AS role,
           a.application_name AS application, a.state,
           greatest(age(a.backend_xid), age(a.backend_xmin)) AS age_xids,
           extract(epoch FROM now() - a.xact_start) AS age_s,
           left(a.query, 300) AS query, a.backend_start
    FROM pg_stat_activity a
    WHERE (a.backend_xid IS NOT NULL OR a.backend_xmin IS NOT NULL)
      AND a.pid <> pg_backend_pid()
      AND a.backend_type <> 'walsender'
    UNION ALL
    SELECT 'slot', s.slot_name::text, s.active_pid, s.database::text, NULL,
           s.slot_type, CASE WHEN s.active THEN 'active' ELSE 'inactive' END,
           greatest(age(s.xmin), age(s.catalog_xmin)), NULL, NULL, NULL
    FROM pg_replication_slots s
    WHERE s.xmin IS NOT NULL OR s.catalog_xmin IS NOT NULL
    UNION ALL
    SELECT 'prepared', p.gid, NULL, p.database::text, p.owner::text, NULL, NULL,
           age(p.transaction), extract(epoch FROM now() - p.prepared), NULL, NULL
    FROM pg_prepared_xacts p
    UNION ALL
    SELECT 'standby', r.application_name, r.pid, NULL, r.usename::text, r.application_name, r.state,
           age(r.backend_xmin), NULL, NULL, r.backend_start
    FROM pg_stat_replication r
    WHERE r.backend_xmin IS NOT NULL
) h
ORDER BY h.age_xids DESC NULLS LAST, h.age_s DESC NULLS LAST
LIMIT 100
