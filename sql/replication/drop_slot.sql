-- Drops a replication slot that no process is using (the name is bound as a parameter).
SELECT pg_drop_replication_slot(slot_name)
FROM pg_replication_slots
WHERE slot_name = $1 AND NOT active
