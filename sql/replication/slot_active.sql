-- Whether a replication slot exists and is in use ($1: its name).
SELECT active FROM pg_replication_slots WHERE slot_name = $1
