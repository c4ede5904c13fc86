-- Like alter_system.sql for a list setting (shared_preload_libraries): each item of the
-- comma-separated $2 becomes its own literal, because one literal 'a,b' would be read as a
-- single library named "a,b".
SELECT format('ALTER SYSTEM SET %s TO %s', $1::text,
              (SELECT string_agg(quote_literal(btrim(item)), ', ' ORDER BY n)
               FROM unnest(string_to_array($2::text, ',')) WITH ORDINALITY AS t(item, n)
               WHERE btrim(item) <> '')) AS statement
