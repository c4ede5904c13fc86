-- The hot queries apply when the demo schema's tables are there.
SELECT to_regclass('orders') IS NOT NULL AS orders, to_regclass('order_events') IS NOT NULL AS order_events
