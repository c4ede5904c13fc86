-- Per-connection settings chosen by pgdba (values bound as parameters).
SELECT set_config('default_transaction_read_only', $1, false),
       set_config('statement_timeout', $2, false),
       set_config('lock_timeout', $3, false)
