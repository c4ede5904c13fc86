-- After the bulk load: the foreign key again, and the identity sequences past the loaded ids.
ALTER TABLE order_events DROP CONSTRAINT IF EXISTS order_events_order_id_fkey;
ALTER TABLE order_events
    ADD CONSTRAINT order_events_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE;
SELECT setval(pg_get_serial_sequence('orders', 'id'), greatest((SELECT max(id) FROM orders), 1));
SELECT setval(pg_get_serial_sequence('order_events', 'id'), greatest((SELECT max(id) FROM order_events), 1));
