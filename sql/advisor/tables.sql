-- Index entries written per table since the statistics began (inserts and non-HOT updates each
-- add one to every index), for a new index's write cost.
SELECT t.schemaname AS schema,
       t.relname AS "table",
       (t.n_tup_ins + t.n_tup_upd - t.n_tup_hot_upd)::bigint AS index_writes,
       t.n_live_tup::bigint AS live_rows
FROM pg_stat_user_tables t
