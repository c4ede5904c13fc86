-- Hint bits, visibility map (index-only scans) and statistics for orders, as autovacuum would
-- leave a production table; order_events (append-only, five times larger) only gets ANALYZE.
VACUUM (ANALYZE) orders
