-- Demo workload: take a row lock on an old order (a forgotten transaction, a lock chain). $1 id.
UPDATE orders SET updated_at = now() WHERE id = $1
