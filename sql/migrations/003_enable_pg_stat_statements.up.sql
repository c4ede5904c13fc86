-- description: Enable pg_stat_statements in this database (ticket 5, section 5A)
-- transaction: yes
--
-- Split out of the ticket's revision 002 (see its header): creating the extension needs a
-- superuser, and the view only works when shared_preload_libraries includes
-- pg_stat_statements (a server restart); preflight checks both before anything runs.
CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
