-- Correctness check: orders claimed in run $1 that carry more than one assignment.
WITH run_orders AS (
    SELECT DISTINCT order_id FROM order_events WHERE type = 'assigned' AND payload ->> 'run' = $1
)
SELECT e.order_id,
       count(*) AS assignments,
       string_agg(e.payload ->> 'courier_id', ',' ORDER BY e.id) AS couriers
FROM order_events AS e
JOIN run_orders AS r USING (order_id)
WHERE e.type = 'assigned'
GROUP BY e.order_id
HAVING count(*) > 1
ORDER BY e.order_id
