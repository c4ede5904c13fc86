-- Does the demo schema exist here? (has_rows.sql then says whether it holds orders.)
SELECT to_regclass('orders') IS NOT NULL AS has_orders,
       to_regclass('order_events') IS NOT NULL AS has_events,
       now() AS now
