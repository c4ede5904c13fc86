-- Claim the oldest claimable order, queue style (ticket 1C's partial index on id).
SELECT id FROM orders
WHERE status = 'new' AND courier_id IS NULL
ORDER BY id LIMIT 1
FOR UPDATE SKIP LOCKED
