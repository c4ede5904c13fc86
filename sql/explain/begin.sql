-- EXPLAIN ANALYZE executes the statement: it runs inside a transaction that is rolled back.
BEGIN
