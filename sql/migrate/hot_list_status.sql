-- GET /orders list view by status (ticket 1B): only the covering index's columns.
SELECT id, status, created_at, pickup_address, delivery_address, boxes_count, courier_id
FROM orders WHERE status = 'assigned' ORDER BY created_at DESC LIMIT 50
