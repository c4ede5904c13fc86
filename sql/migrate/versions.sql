SELECT version, name, checksum, applied_at, applied_by,
       (extract(epoch FROM duration) * 1000)::bigint AS duration_ms
FROM public.pgdba_migrations
ORDER BY applied_at, version
