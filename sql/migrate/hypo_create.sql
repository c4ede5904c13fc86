-- HypoPG: a hypothetical index for this backend only ($1 a CREATE INDEX statement).
SELECT indexrelid::bigint AS indexrelid, indexname, hypopg_relation_size(indexrelid) AS size_bytes
FROM hypopg_create_index($1)
