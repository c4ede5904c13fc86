-- pgdba demo generator: orders $1..$2 of $3, all server-side.
-- $4 the newest order's created_at, $5 span of created_at in seconds, $6 stores, $7 couriers.
-- created_at grows with id (BRIN-friendly); the oldest 90% are delivered (93%) or cancelled,
-- the newest 10% are mostly active: new, assigned, accepted, picked_up.
INSERT INTO orders (id, status, store_id, courier_id, pickup_address, delivery_address, boxes_count,
                    price_cents, customer_phone, comment, created_at, assigned_at, accepted_at,
                    picked_up_at, delivered_at, cancelled_at, updated_at)
SELECT g.id,
       s.status,
       g.store_id,
       CASE WHEN s.reached >= 1 THEN g.courier_id END,
       (1 + g.store_id % 97)::text || ' ' || (ARRAY['Herzl St', 'Jaffa Rd', 'Ben Yehuda St', 'Allenby St',
           'Dizengoff St', 'King George St', 'Rothschild Blvd', 'Ibn Gabirol St'])[1 + g.store_id % 8]
           || ', store ' || g.store_id,
       (1 + (g.r2 * 180)::int)::text || ' ' || (ARRAY['Weizmann St', 'Bialik St', 'Arlozorov St', 'Hayarkon St',
           'Frishman St', 'Gordon St', 'Shenkin St', 'Balfour St', 'Sokolov St', 'Nordau Blvd'])[1 + floor(g.r3 * 10)::int]
           || ', apt ' || (1 + (g.r4 * 60)::int),
       1 + (g.r4 * g.r4 * 6)::int,
       900 + (g.r2 * 9000)::int,
       '+972 5' || (g.r3 * 9)::int || '-' || lpad(((g.r2 * 9999999)::int)::text, 7, '0'),
       CASE WHEN g.r4 < 0.05 THEN 'call on arrival' WHEN g.r4 > 0.97 THEN 'fragile' END,
       g.created_at,
       CASE WHEN s.reached >= 1 THEN t.assigned_at END,
       CASE WHEN s.reached >= 2 THEN t.accepted_at END,
       CASE WHEN s.reached >= 3 THEN t.picked_up_at END,
       CASE WHEN s.reached >= 4 THEN t.delivered_at END,
       CASE WHEN s.status = 'cancelled' THEN t.assigned_at + interval '3 minutes' END,
       g.created_at
FROM (
    SELECT i AS id,
           random() AS r1, random() AS r2, random() AS r3, random() AS r4,
           1 + (random() * ($6::int - 1))::int AS store_id,
           1 + (random() * ($7::int - 1))::int AS courier_id,
           $4::timestamptz - ($5::float8 * ($3::bigint - i) / $3::bigint) * interval '1 second' AS created_at
    FROM generate_series($1::bigint, $2::bigint) AS i
) AS g
CROSS JOIN LATERAL (
    SELECT CASE
               WHEN g.id <= $3::bigint * 0.9 THEN CASE WHEN g.r1 < 0.93 THEN 'delivered' ELSE 'cancelled' END
               WHEN g.r1 < 0.30 THEN 'new'
               WHEN g.r1 < 0.45 THEN 'assigned'
               WHEN g.r1 < 0.60 THEN 'accepted'
               WHEN g.r1 < 0.85 THEN 'picked_up'
               WHEN g.r1 < 0.95 THEN 'delivered'
               ELSE 'cancelled'
           END AS status
) AS st
CROSS JOIN LATERAL (
    SELECT st.status,
           CASE st.status
               WHEN 'new' THEN 0 WHEN 'assigned' THEN 1 WHEN 'accepted' THEN 2 WHEN 'picked_up' THEN 3
               WHEN 'delivered' THEN 4
               ELSE (g.r2 * 2.999)::int -- cancelled before or after a courier took it
           END AS reached
) AS s
CROSS JOIN LATERAL (
    SELECT g.created_at + (30 + g.r2 * 540) * interval '1 second' AS assigned_at,
           g.created_at + (90 + g.r2 * 840) * interval '1 second' AS accepted_at,
           g.created_at + (600 + g.r3 * 1500) * interval '1 second' AS picked_up_at,
           g.created_at + (1500 + g.r3 * 2700 + g.r4 * 600) * interval '1 second' AS delivered_at
) AS t;
