SELECT version_num::text AS version_num FROM alembic_version ORDER BY 1
