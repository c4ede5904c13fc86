-- Hint bits, visibility map and statistics, as autovacuum would leave a production table.
VACUUM (ANALYZE) orders, order_events
