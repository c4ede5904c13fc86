-- Ticket 5: POST /orders, a store creates an order and its 'created' event in one statement.
-- $1 store id, $2 pickup address, $3 delivery address, $4 boxes, $5 price in cents.
WITH o AS (
    INSERT INTO orders (status, store_id, pickup_address, delivery_address, boxes_count, price_cents)
    VALUES ('new', $1, $2, $3, $4, $5)
    RETURNING id, store_id, boxes_count, created_at
)
INSERT INTO order_events (order_id, type, payload, created_at)
SELECT id, 'created', jsonb_build_object('store_id', store_id, 'boxes', boxes_count), created_at
FROM o
RETURNING order_id
