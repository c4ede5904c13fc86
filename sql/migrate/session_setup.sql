-- The migration connection's session: $1 lock_timeout in ms; no statement timeout (a
-- concurrent build may take long) and no idle-in-transaction timeout.
SELECT set_config('lock_timeout', $1::text, false) AS lock_timeout,
       set_config('statement_timeout', '0', false) AS statement_timeout,
       set_config('idle_in_transaction_session_timeout', '0', false) AS idle_timeout
