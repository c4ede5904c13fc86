-- Databases with size and connection count (size only where the role may connect).
SELECT d.datname                       AS name,
       CASE WHEN has_database_privilege(d.oid, 'CONNECT')
            THEN pg_database_size(d.oid) END AS size_bytes,
       s.numbackends                   AS connections,
       s.xact_commit                   AS commits,
       s.xact_rollback                 AS rollbacks,
       age(d.datfrozenxid)             AS xid_age
FROM pg_database d
LEFT JOIN pg_stat_database s ON s.datid = d.oid
WHERE d.datallowconn
ORDER BY 2 DESC NULLS LAST
