-- Before waiting for the migration run lock (pgdba migrate up --wait): no lock_timeout, the
-- wait is as long as the other run. The run sets its own lock_timeout afterwards.
SELECT set_config('lock_timeout', '0', false)
