-- $1 version, $2 name, $3 checksum, $4 operating-system user, $5 duration in ms
INSERT INTO public.pgdba_migrations AS m (version, name, checksum, applied_by, duration)
VALUES ($1, $2, $3, current_user || coalesce(' (' || nullif($4::text, '') || ')', ''),
        make_interval(secs => $5::float8 / 1000))
ON CONFLICT (version) DO UPDATE
SET name = EXCLUDED.name, checksum = EXCLUDED.checksum, applied_at = now(),
    applied_by = EXCLUDED.applied_by, duration = EXCLUDED.duration
RETURNING version, applied_at, applied_by
