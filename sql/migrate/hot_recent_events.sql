-- Events of the last hour for SSE/webhooks (ticket 1F).
SELECT * FROM order_events WHERE created_at > now() - interval '1 hour' ORDER BY created_at DESC LIMIT 100
