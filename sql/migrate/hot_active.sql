-- Active orders (new, assigned, accepted, picked up), newest first (ticket 1A's partial index).
SELECT id, status, created_at FROM orders
WHERE status IN ('new', 'assigned', 'accepted', 'picked_up')
ORDER BY created_at DESC LIMIT 50
