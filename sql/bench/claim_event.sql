-- Ticket 5 claim, step 3: the audit row, tagged with the benchmark run. $1 order, $2 courier, $3 run id.
INSERT INTO order_events (order_id, type, payload)
VALUES ($1, 'assigned', jsonb_build_object('courier_id', $2::int, 'run', $3::text))
