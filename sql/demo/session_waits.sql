-- Whether a session waits for a heavyweight lock right now (the lock chain checks that B
-- queues behind A before C starts, so C can never take the row before B).
SELECT EXISTS (SELECT 1 FROM pg_locks WHERE pid = $1 AND NOT granted) AS waits
