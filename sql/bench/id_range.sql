-- The id range of the demo orders (get_order picks ids in it) and the active new orders.
SELECT coalesce(min(id), 0) AS min_id, coalesce(max(id), 0) AS max_id FROM orders
