-- Extension $1: available, installed, trusted (non-superusers may create it), and whether
-- its library is preloaded (pg_stat_statements needs shared_preload_libraries).
SELECT e.name, e.default_version, e.installed_version,
       coalesce((SELECT bool_or(v.trusted) FROM pg_available_extension_versions v WHERE v.name = e.name), false) AS trusted,
       current_setting('shared_preload_libraries') AS preload
FROM pg_available_extensions e
WHERE e.name = $1
