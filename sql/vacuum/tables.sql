-- Tables of the connected database ranked by how close they are to their next autovacuum
-- (dead tuples against threshold + scale factor x reltuples, as autovacuum computes it,
-- per-table reloptions first) or to a forced anti-wraparound vacuum
-- (age(relfrozenxid) against autovacuum_freeze_max_age). $1: how many rows.
-- The counters come straight from the pg_stat_get_* functions: pg_stat_all_tables computes
-- twenty more per table, which made this 3x slower with 20,000 tables.
WITH t AS (
    SELECT c.oid,
           quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS relation,
           greatest(c.reltuples, 0)::float8 AS reltuples,
           pg_stat_get_live_tuples(c.oid) AS live_tuples,
           pg_stat_get_dead_tuples(c.oid) AS dead_tuples,
           age(c.relfrozenxid)::int8 AS freeze_age,
           c.relpages::int8 * current_setting('block_size')::int8 AS bytes,
           greatest(pg_stat_get_last_autovacuum_time(c.oid), pg_stat_get_last_vacuum_time(c.oid)) AS last_vacuum,
           pg_stat_get_last_autovacuum_time(c.oid) AS last_autovacuum,
           coalesce(o.threshold, current_setting('autovacuum_vacuum_threshold')::float8) AS base_threshold,
           coalesce(o.scale_factor, current_setting('autovacuum_vacuum_scale_factor')::float8) AS scale_factor,
           least(coalesce(o.freeze_max_age, current_setting('autovacuum_freeze_max_age')::int8),
                 current_setting('autovacuum_freeze_max_age')::int8) AS freeze_max_age,
           coalesce(o.enabled, true) AND current_setting('autovacuum')::bool AS autovacuum_enabled,
           (o.threshold IS NOT NULL OR o.scale_factor IS NOT NULL OR o.freeze_max_age IS NOT NULL
            OR o.enabled IS NOT NULL) AS has_reloptions
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN LATERAL (
        SELECT max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_threshold')::float8 AS threshold,
               max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_scale_factor')::float8 AS scale_factor,
               max(option_value) FILTER (WHERE option_name = 'autovacuum_freeze_max_age')::int8 AS freeze_max_age,
               max(option_value) FILTER (WHERE option_name = 'autovacuum_enabled')::bool AS enabled
        FROM pg_options_to_table(c.reloptions)
    ) o ON c.reloptions IS NOT NULL
    WHERE c.relkind IN ('r', 'm')
      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname !~ '^pg_toast'
      AND c.relpersistence <> 't'
)
SELECT oid::int8 AS oid,
       relation,
       live_tuples,
       dead_tuples,
       (base_threshold + scale_factor * reltuples)::float8 AS threshold,
       freeze_age,
       freeze_max_age,
       bytes,
       last_vacuum,
       last_autovacuum,
       autovacuum_enabled,
       has_reloptions,
       (dead_tuples / (base_threshold + scale_factor * reltuples))::float8 AS vacuum_ratio,
       (freeze_age::float8 / nullif(freeze_max_age, 0))::float8 AS freeze_ratio
FROM t
ORDER BY greatest(dead_tuples / (base_threshold + scale_factor * reltuples),
                  freeze_age::float8 / nullif(freeze_max_age, 0)) DESC NULLS LAST,
         relation
LIMIT $1
