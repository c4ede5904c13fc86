-- pgdba demo generator: the order_events of orders $1..$2 (about five per order), derived
-- from each order's own timestamps so the audit log agrees with the order.
INSERT INTO order_events (order_id, type, payload, created_at)
SELECT o.id, e.type, e.payload, e.at
FROM orders AS o
CROSS JOIN LATERAL (
    SELECT 'created', jsonb_build_object('store_id', o.store_id, 'boxes', o.boxes_count), o.created_at
    UNION ALL
    SELECT 'assigned', jsonb_build_object('courier_id', o.courier_id), o.assigned_at
    WHERE o.assigned_at IS NOT NULL
    UNION ALL
    SELECT 'accepted', jsonb_build_object('courier_id', o.courier_id), o.accepted_at
    WHERE o.accepted_at IS NOT NULL
    UNION ALL
    SELECT 'eta_updated', jsonb_build_object('eta_min', 10 + o.id % 35), o.accepted_at + interval '2 minutes'
    WHERE o.picked_up_at IS NOT NULL AND o.id % 4 = 0
    UNION ALL
    SELECT 'picked_up', jsonb_build_object('courier_id', o.courier_id), o.picked_up_at
    WHERE o.picked_up_at IS NOT NULL
    UNION ALL
    SELECT 'delivered', jsonb_build_object('courier_id', o.courier_id), o.delivered_at
    WHERE o.delivered_at IS NOT NULL
    UNION ALL
    SELECT 'rated', jsonb_build_object('stars', 3 + o.id % 3), o.delivered_at + interval '20 minutes'
    WHERE o.delivered_at IS NOT NULL AND o.id % 10 < 2
    UNION ALL
    SELECT 'cancelled', jsonb_build_object('reason', CASE WHEN o.id % 3 = 0 THEN 'store' ELSE 'customer' END),
           o.cancelled_at
    WHERE o.cancelled_at IS NOT NULL
) AS e(type, payload, at)
WHERE o.id BETWEEN $1::bigint AND $2::bigint
