-- Is this a pgdba demo database, and what does it hold right now?
SELECT to_regclass('orders') IS NOT NULL AND to_regclass('order_events') IS NOT NULL AS has_schema,
       current_database() AS db,
       now() AS started_at,
       (SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()) AS deadlocks,
       (SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass('orders')) AS orders_estimate,
       (SELECT array_agg(i.indexrelid::regclass::text ORDER BY i.indexrelid::regclass::text)
          FROM pg_index AS i
         WHERE i.indrelid IN (to_regclass('orders'), to_regclass('order_events'))) AS indexes
