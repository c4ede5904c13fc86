-- GET /couriers/{id}/orders (ticket 1D): the courier's current orders. $1 courier id.
SELECT id, status, created_at, pickup_address, delivery_address FROM orders
WHERE courier_id = $1 AND status IN ('assigned', 'accepted', 'picked_up')
ORDER BY created_at DESC LIMIT 50
