-- Ticket 5: GET /orders (list view by status; the covering index's query). $1 status.
SELECT id, pickup_address, delivery_address, boxes_count, courier_id, created_at
FROM orders
WHERE status = $1
ORDER BY created_at DESC
LIMIT 50
