-- Sample values for the hot queries' parameters, taken from the newest rows (the primary
-- keys make these cheap with or without the ticket's indexes).
SELECT (SELECT o.id FROM orders o WHERE o.status = 'new' ORDER BY o.id DESC LIMIT 1) AS new_order_id,
       (SELECT o.courier_id FROM orders o WHERE o.courier_id IS NOT NULL ORDER BY o.id DESC LIMIT 1) AS courier_id,
       (SELECT e.order_id FROM order_events e ORDER BY e.id DESC LIMIT 1) AS event_order_id,
       (SELECT o.id FROM orders o ORDER BY o.id DESC LIMIT 1) AS any_order_id
