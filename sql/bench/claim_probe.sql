-- After a failed claim (not timed): was the order taken, or only locked by another courier
-- at that moment (SKIP LOCKED)? $1 order id.
SELECT status, courier_id FROM orders WHERE id = $1
