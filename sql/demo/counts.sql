-- What the generator made: rows per status and events per order.
SELECT (SELECT count(*) FROM orders) AS orders,
       (SELECT count(*) FROM order_events) AS events,
       (SELECT jsonb_object_agg(status, n) FROM (SELECT status, count(*) AS n FROM orders GROUP BY status) AS s) AS by_status
