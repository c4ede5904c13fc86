-- Make this backend report its counters (deadlocks) now, so the check reads them.
SELECT pg_stat_force_next_flush()
