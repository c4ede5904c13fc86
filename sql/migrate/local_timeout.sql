-- Statement timeout for the rest of this transaction ($1 in ms).
SELECT set_config('statement_timeout', $1::text, true)
