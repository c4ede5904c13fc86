-- POST /orders/{id}/claim (ticket 2): the row lock of the atomic claim. $1 order id.
SELECT id, status, courier_id FROM orders
WHERE id = $1 AND status = 'new' AND courier_id IS NULL
FOR UPDATE SKIP LOCKED
