-- Drops an INVALID index left by a failed concurrent build; {index} is the quoted, qualified name.
DROP INDEX CONCURRENTLY IF EXISTS {index}
