-- Before PostgreSQL 14 the extension keeps no eviction count or reset time.
SELECT NULL::bigint AS dealloc, NULL::timestamptz AS stats_reset
