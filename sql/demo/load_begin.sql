-- Bulk load, like pg_restore: the foreign key is added back (and validated in one pass)
-- after the data is in, instead of one lookup per inserted event.
ALTER TABLE order_events DROP CONSTRAINT IF EXISTS order_events_order_id_fkey
