-- A hypothetical index (HypoPG: this session only, nothing is built). $1 CREATE INDEX text.
SELECT indexrelid::bigint AS indexrelid, indexname, hypopg_relation_size(indexrelid)::bigint AS size_bytes
FROM hypopg_create_index($1)
