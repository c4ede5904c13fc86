-- The deliberately unsafe claim, step 1: read without a row lock (the race the ticket fixes). $1 order id.
SELECT id, status, courier_id
FROM orders
WHERE id = $1
  AND status = 'new'
  AND courier_id IS NULL
