-- pgdba's record of applied migrations; a row is written only after a migration ran and
-- was verified, and removed when it is rolled back.
CREATE TABLE IF NOT EXISTS public.pgdba_migrations (
    version    text PRIMARY KEY,
    name       text NOT NULL,
    checksum   text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT current_user,
    duration   interval NOT NULL
)
