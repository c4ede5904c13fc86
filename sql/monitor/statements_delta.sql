-- The counters of the statements whose calls moved since the client's previous sample (issue 20:
-- a sample costs what changed, not the size of pg_stat_statements). PostgreSQL 10-13 (no toplevel: always
-- true, no bit_xor: the client checks the count only).
-- The subquery below is the version's statements*.sql (every entry, without texts; the caller puts
-- it in with the extension's schema), filtered at the scan of pg_stat_statements.
--   $1 bigint[]  one number per entry the client holds (NULL: it holds none, everything is sent):
--                queryid # (userid << 32) # dbid # toplevel # (calls << 1). An entry whose number is
--                not among them is new or ran since: it is sent. Query ids are 64-bit hashes, so
--                an accidental match is as likely as a query-id collision.
-- Entries without a query id (other roles' statements, folded by the client per user and
-- database) are always sent. When nothing moved, one row with every column NULL. On the first
-- row only, of every entry now (so the client tells evicted or reset ones from what it holds, and
-- asks for everything if they differ):
--   live      bigint  how many have a query id
--   checksum  bigint  bit_xor of queryid # (userid << 32) # dbid # toplevel
WITH meta AS (
    SELECT count(s.queryid) AS live, NULL::bigint AS checksum
    FROM {{schema}}.pg_stat_statements(false) s
)
SELECT d.*,
       CASE WHEN row_number() OVER () = 1 THEN m.live END AS live,
       CASE WHEN row_number() OVER () = 1 THEN m.checksum END AS checksum
FROM meta m
LEFT JOIN (
    SELECT c.*
    FROM (
{{counters}}
    ) c
    WHERE c.queryid IS NULL
       OR (c.queryid # (c.userid::bigint << 32) # c.dbid::bigint # c.toplevel::int # (c.calls << 1))
          NOT IN (SELECT unnest($1::bigint[]))
) d ON true
