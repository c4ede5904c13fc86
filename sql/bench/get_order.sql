-- Ticket 5: GET /orders/{id}: the order and its latest events (the order screen). $1 id.
SELECT o.id, o.status, o.store_id, o.courier_id, o.pickup_address, o.delivery_address, o.boxes_count,
       o.created_at, o.assigned_at,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('type', e.type, 'at', e.created_at) ORDER BY e.created_at DESC), '[]')
          FROM (SELECT type, created_at FROM order_events
                 WHERE order_id = o.id ORDER BY created_at DESC LIMIT 20) AS e) AS events
FROM orders AS o
WHERE o.id = $1
