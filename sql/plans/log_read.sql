-- A piece of a log file (pg_read_file: superuser or pg_read_server_files). $1 the file name in
-- the log directory, $2 offset, $3 length.
SELECT pg_read_file(current_setting('log_directory') || '/' || $1::text, $2::bigint, $3::bigint, true) AS data
