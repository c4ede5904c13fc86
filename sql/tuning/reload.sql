-- Tell the postmaster to re-read postgresql.conf and postgresql.auto.conf.
SELECT pg_reload_conf() AS reloaded
