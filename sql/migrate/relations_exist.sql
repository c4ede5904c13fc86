-- $1 names as written in statements: which of them exist (for DROP verification).
SELECT n.name, to_regclass(n.name) IS NOT NULL AS present
FROM unnest($1::text[]) WITH ORDINALITY AS n(name, ord)
ORDER BY n.ord
