-- GET /orders/{id}. $1 order id.
SELECT * FROM orders WHERE id = $1
