-- Ticket 5 claim, step 2: assign the locked order. $1 courier id, $2 order id.
UPDATE orders
SET status = 'assigned',
    courier_id = $1,
    assigned_at = now(),
    updated_at = now()
WHERE id = $2
