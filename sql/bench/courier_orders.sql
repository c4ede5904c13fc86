-- Ticket 5: GET /couriers/{id}/orders, a courier's active orders. $1 courier id.
SELECT id, status, pickup_address, delivery_address, boxes_count, created_at, assigned_at
FROM orders
WHERE courier_id = $1
  AND status IN ('assigned', 'accepted', 'picked_up')
ORDER BY created_at DESC
LIMIT 20
