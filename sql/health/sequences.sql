-- Sequences of the current database that have been used, with how much of their range is
-- gone and the column that owns them. Cycling sequences wrap on purpose and are left out.
SELECT s.schemaname AS schema,
       s.sequencename AS sequence_name,
       s.data_type::text AS data_type,
       s.last_value,
       s.min_value,
       s.max_value,
       s.increment_by,
       (CASE WHEN s.increment_by > 0
             THEN (s.last_value::numeric - s.min_value::numeric)
             ELSE (s.max_value::numeric - s.last_value::numeric)
        END / nullif(s.max_value::numeric - s.min_value::numeric, 0))::float8 AS used_share,
       coalesce(o.owner_table, '') AS owner_table,
       coalesce(o.owner_column, '') AS owner_column
FROM pg_sequences s
LEFT JOIN LATERAL (
    SELECT d.refobjid::regclass::text AS owner_table, quote_ident(a.attname) AS owner_column
    FROM pg_class sc
    JOIN pg_namespace sn ON sn.oid = sc.relnamespace
    JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = sc.oid AND d.deptype IN ('a', 'i')
                     AND d.refclassid = 'pg_class'::regclass
    JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
    WHERE sn.nspname = s.schemaname AND sc.relname = s.sequencename
    LIMIT 1
) o ON true
WHERE s.last_value IS NOT NULL
  AND NOT s.cycle
ORDER BY used_share DESC NULLS LAST
