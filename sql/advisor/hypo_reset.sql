SELECT hypopg_reset()
