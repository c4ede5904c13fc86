-- The server's role and WAL position, the standby's receiver and replay state, and WAL
-- archiving, in one row. On a primary the standby columns are NULL; on a standby "wal_lsn"
-- is the replayed position (the WAL it has made its own).
WITH pos AS (
    SELECT pg_is_in_recovery() AS in_recovery,
           CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END AS lsn
)
SELECT pos.in_recovery,
       now() AS server_now,
       pos.lsn::text AS wal_lsn,
       pg_wal_lsn_diff(pos.lsn, '0/0')::int8 AS wal_bytes,
       pg_last_wal_receive_lsn()::text AS receive_lsn,
       pg_last_wal_replay_lsn()::text AS replay_lsn,
       pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::int8 AS replay_gap_bytes,
       pg_last_xact_replay_timestamp() AS last_replay_time,
       CASE WHEN pos.in_recovery THEN
           CASE WHEN pg_last_wal_receive_lsn() IS NOT NULL
                     AND pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn() THEN 0
                ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp())
           END
       END::float8 AS replay_delay_s,
       CASE WHEN pos.in_recovery THEN pg_is_wal_replay_paused() END AS replay_paused,
       w.j ->> 'status' AS receiver_status,
       nullif(concat_ws(':', w.j ->> 'sender_host', w.j ->> 'sender_port'), '') AS receiver_sender,
       w.j ->> 'slot_name' AS receiver_slot,
       coalesce(w.j ->> 'flushed_lsn', w.j ->> 'received_lsn') AS receiver_flushed_lsn,
       (w.j ->> 'last_msg_receipt_time')::timestamptz AS receiver_last_msg,
       a.archived_count,
       a.failed_count,
       a.last_archived_wal,
       a.last_archived_time,
       a.last_failed_wal,
       a.last_failed_time,
       current_setting('archive_mode') AS archive_mode
FROM pos
CROSS JOIN pg_stat_archiver a
LEFT JOIN LATERAL (SELECT to_jsonb(r) AS j FROM pg_stat_wal_receiver r) w ON true
