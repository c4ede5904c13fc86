-- The EXPLAIN wrapped around the user's statement; the placeholder is the option list built
-- from the check boxes ("ANALYZE true, BUFFERS true, "). The statement follows on the next line.
EXPLAIN (%1FORMAT JSON)
