SELECT hypopg_drop_index($1::oid)
