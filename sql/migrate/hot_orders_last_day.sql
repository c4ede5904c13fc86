-- Orders of the last day (ticket 1E's BRIN use).
SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day'
