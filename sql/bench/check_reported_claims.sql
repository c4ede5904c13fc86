-- Correctness check: every claim the couriers reported ($2 order ids, $3 courier ids) is in
-- orders (the order belongs to that courier) and in order_events (tagged with run $1), and
-- every event of the run was reported.
WITH reported AS (
    SELECT * FROM unnest($2::bigint[], $3::int[]) AS c(order_id, courier_id)
), run_events AS MATERIALIZED (
    SELECT order_id, (payload ->> 'courier_id')::int AS courier_id
    FROM order_events
    WHERE type = 'assigned' AND payload ->> 'run' = $1
)
SELECT (SELECT count(*) FROM reported) AS reported,
       (SELECT count(DISTINCT order_id) FROM reported) AS reported_orders,
       (SELECT count(*) FROM run_events) AS stored_events,
       (SELECT count(*) FROM reported AS r LEFT JOIN orders AS o ON o.id = r.order_id
         WHERE o.courier_id IS DISTINCT FROM r.courier_id) AS not_in_orders,
       (SELECT count(*) FROM reported AS r
         WHERE NOT EXISTS (SELECT 1 FROM run_events AS e
                            WHERE e.order_id = r.order_id AND e.courier_id = r.courier_id)) AS not_in_events,
       (SELECT count(*) FROM run_events AS e
         WHERE NOT EXISTS (SELECT 1 FROM reported AS r
                            WHERE r.order_id = e.order_id AND r.courier_id = e.courier_id)) AS unreported_events
