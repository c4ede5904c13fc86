-- The counters of the statements whose calls moved since the client's previous sample (issue 20:
-- a sample costs what changed, not the size of pg_stat_statements). PostgreSQL 10-13 (no toplevel: always
-- true, no bit_xor: the client checks the count only).
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
--   live      bigint    how many entries have a query id now (checked after the merge; the
--                       client reads everything again if it differs: should never happen)
--   checksum  bigint    NULL (no bit_xor before 14)
-- pg_stat_statements is scanned once (the CTE is referenced twice, so it is materialized on
-- every version; MATERIALIZED is not written, 10 and 11 do not know it): the sent rows, gone and
-- live all come from the same reading of its entries.
WITH c AS (
{{counters}}
), meta AS (
    SELECT count(c.queryid) AS live,
           NULL::bigint AS checksum,
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
