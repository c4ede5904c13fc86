-- The counters of the statements whose calls moved since the client's previous sample (issue 20:
-- a sample costs what changed, not the size of pg_stat_statements). PostgreSQL 14+.
-- The subquery below is the version's statements*.sql (every entry, without texts; the caller puts
-- it in with the extension's schema), read once and filtered.
--   $1 bigint[]  one number per entry the client holds (NULL: it holds none, everything is sent):
--                queryid # (userid << 32) # dbid # toplevel # (calls << 1). An entry whose number is
--                not among them is new or ran since: it is sent. Query ids are 64-bit hashes, so
--                an accidental match is as likely as a query-id collision.
-- Entries without a query id (other roles' statements, folded by the client per user and
-- database) are always sent. When nothing moved, one row with every column NULL. On the first
-- row only:
--   gone      bigint[]  the numbers of $1 no entry has now: an entry that ran since (it is sent)
--                       or one that went (evicted, reset one or all): the client drops the held
--                       entries named here that were not sent, without reading everything again
--   live      bigint    how many entries have a query id now, and
--   checksum  bigint    the bit_xor of their queryid # (userid << 32) # dbid # toplevel: the
--                       client checks what it holds after the merge against them and reads
--                       everything again if they differ (should never happen)
-- pg_stat_statements is scanned once (the MATERIALIZED CTE): the sent rows, gone, live and
-- checksum all come from the same reading of its entries.
WITH c AS MATERIALIZED (
{{counters}}
), meta AS (
    SELECT count(c.queryid) AS live,
           bit_xor(c.queryid # (c.userid::bigint << 32) # c.dbid::bigint # c.toplevel::int) AS checksum,
           ARRAY(SELECT h FROM unnest($1::bigint[]) h
                 EXCEPT
                 SELECT n.queryid # (n.userid::bigint << 32) # n.dbid::bigint # n.toplevel::int # (n.calls << 1)
                 FROM c n
                 WHERE n.queryid IS NOT NULL) AS gone
    FROM c
)
SELECT d.*,
       CASE WHEN row_number() OVER () = 1 THEN m.gone END AS gone,
       CASE WHEN row_number() OVER () = 1 THEN m.live END AS live,
       CASE WHEN row_number() OVER () = 1 THEN m.checksum END AS checksum
FROM meta m
LEFT JOIN (
    SELECT c.*
    FROM c
    WHERE c.queryid IS NULL
       OR (c.queryid # (c.userid::bigint << 32) # c.dbid::bigint # c.toplevel::int # (c.calls << 1))
          NOT IN (SELECT unnest($1::bigint[]))
) d ON true
