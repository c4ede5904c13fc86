-- Ticket 5 claim, step 1 (inside BEGIN): lock the order if it is still free; a row another
-- courier holds is skipped, not waited for. $1 order id.
SELECT id, status, courier_id
FROM orders
WHERE id = $1
  AND status = 'new'
  AND courier_id IS NULL
FOR UPDATE SKIP LOCKED
