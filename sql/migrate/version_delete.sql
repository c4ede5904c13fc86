DELETE FROM public.pgdba_migrations WHERE version = $1 RETURNING version
