-- The live values of the settings the advisor looks at ($1: their names): value and unit,
-- where the value comes from, when a change takes effect (context) and whether a change
-- already waits for a restart.
SELECT s.name,
       s.setting,
       coalesce(s.unit, '') AS unit,
       s.vartype,
       s.context,
       s.source,
       coalesce(s.sourcefile, '') AS sourcefile,
       coalesce(s.boot_val, '') AS boot_val,
       coalesce(s.reset_val, '') AS reset_val,
       s.pending_restart,
       current_setting(s.name) AS shown,
       s.short_desc
FROM pg_settings s
WHERE s.name = ANY ($1::text[])
ORDER BY s.name
