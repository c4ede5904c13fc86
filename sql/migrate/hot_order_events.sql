-- An order's audit log (ticket 1F). $1 order id.
SELECT * FROM order_events WHERE order_id = $1 ORDER BY created_at DESC
