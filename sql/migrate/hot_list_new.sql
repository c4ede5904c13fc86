-- GET /orders?status=new (ticket 1A, 5B): the newest new orders.
SELECT * FROM orders WHERE status = 'new' ORDER BY created_at DESC LIMIT 20
