-- description: Drop the demo delivery schema (orders, order_events and all their data)
-- transaction: yes
DROP TABLE IF EXISTS order_events;
DROP TABLE IF EXISTS orders;
