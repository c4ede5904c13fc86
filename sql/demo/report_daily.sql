-- Demo workload: the slow report (back office, now and then): deliveries per store and day
-- over the last 30 days with delivery times, a full scan without the ticket's indexes.
SELECT o.store_id,
       date_trunc('day', o.created_at) AS day,
       count(*) AS orders,
       count(*) FILTER (WHERE o.status = 'delivered') AS delivered,
       count(*) FILTER (WHERE o.status = 'cancelled') AS cancelled,
       avg(o.delivered_at - o.created_at) FILTER (WHERE o.status = 'delivered') AS avg_delivery,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM o.delivered_at - o.created_at))
           FILTER (WHERE o.status = 'delivered') AS p95_delivery_s,
       sum(o.price_cents) / 100.0 AS revenue
FROM orders AS o
WHERE o.created_at > now() - interval '30 days'
GROUP BY o.store_id, date_trunc('day', o.created_at)
ORDER BY day DESC, orders DESC
