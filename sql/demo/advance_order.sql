-- Demo workload: a courier moves its order one step on (accepted → picked_up → delivered),
-- with the step's event, in one statement. $1 order, $2 new status, $3 courier.
WITH u AS (
    UPDATE orders
    SET status = $2,
        accepted_at = CASE WHEN $2 = 'accepted' THEN now() ELSE accepted_at END,
        picked_up_at = CASE WHEN $2 = 'picked_up' THEN now() ELSE picked_up_at END,
        delivered_at = CASE WHEN $2 = 'delivered' THEN now() ELSE delivered_at END,
        updated_at = now()
    WHERE id = $1 AND courier_id = $3
    RETURNING id
)
INSERT INTO order_events (order_id, type, payload)
SELECT id, $2, jsonb_build_object('courier_id', $3::int) FROM u
