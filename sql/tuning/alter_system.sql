-- Builds one ALTER SYSTEM statement on the server, so the value is bound as a parameter
-- and quoted by the server (%L). $1: the setting name, already quoted as an identifier;
-- $2: the value. ALTER SYSTEM itself takes no parameters and cannot run in a transaction.
SELECT format('ALTER SYSTEM SET %s TO %L', $1::text, $2::text) AS statement
