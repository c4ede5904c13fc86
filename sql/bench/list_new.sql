-- Ticket 5: GET /orders?status=new, the newest claimable orders a courier sees.
SELECT id, store_id, pickup_address, delivery_address, boxes_count, created_at
FROM orders
WHERE status = 'new'
ORDER BY created_at DESC
LIMIT 20
