-- One prepared transaction (re-read right before acting): its owner and database.
SELECT p.gid, p.owner::text AS owner, p.database::text AS database,
       age(p.transaction)::int8 AS age_xids
FROM pg_prepared_xacts p
WHERE p.gid = $1
