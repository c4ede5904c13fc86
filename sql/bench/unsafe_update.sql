-- The deliberately unsafe claim, step 2: update by id only, trusting the earlier read. $1 courier, $2 order.
UPDATE orders
SET status = 'assigned',
    courier_id = $1,
    assigned_at = now(),
    updated_at = now()
WHERE id = $2
