-- description: Drop the ticket's seven performance indexes (concurrently)
-- transaction: no
--
-- DROP INDEX CONCURRENTLY takes one index per statement and, like the build, runs outside a
-- transaction block. Reverse order of the up migration.

DROP INDEX CONCURRENTLY IF EXISTS idx_order_events_recent;

DROP INDEX CONCURRENTLY IF EXISTS idx_order_events_order;

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_created_brin;

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_courier;

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_claimable;

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_list;

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_active;
