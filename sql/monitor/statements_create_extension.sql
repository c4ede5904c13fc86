-- Create pg_stat_statements in the current database (superuser; it is not a trusted
-- extension). The statistics cover every database; the view lives in this one.
CREATE EXTENSION IF NOT EXISTS pg_stat_statements
