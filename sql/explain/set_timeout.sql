-- Statement timeout of the Explain connection, in milliseconds (0: none).
SELECT set_config('statement_timeout', $1, false)
