-- Columns of table $1 with the planner statistics preflight uses (BRIN correlation, widths).
SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
       s.correlation, s.avg_width, s.null_frac
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = a.attname
                    AND NOT s.inherited
WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum
