#!/usr/bin/env python3
"""Cost of `pgdba record` per 1 s sample against 250 sessions (a benchmark, not a test).

Starts a sandbox of its own (scripts/pg-sandbox, separate state file, so pg_stat_statements
holds only this run's queries), opens 250 sessions through libpq (ctypes, one process):
200 idle, 30 active (pg_sleep), 10 idle in transaction (one of them holds an ACCESS EXCLUSIVE
lock), 10 waiting on that lock; then runs the real `pgdba record --interval 1s` for a warm-up
and a measuring period and reports, per sample:
  server time   pg_stat_statements total_exec_time of the recorder's queries / samples
  backend CPU   utime+stime of the recorder's three backends (/proc) / samples
  recorder CPU  utime+stime of the pgdba process / measuring time (% of one core)
  bytes         what the recorder wrote (/proc/<pid>/io wchar: SQLite WAL + checkpoints + log)
                and the store's growth (sum of the stored JSON) per sample
Usage: tests/bench/bench-record.py [BUILD_DIR] [SECONDS]   (default build/asan, 60)
"""
import ctypes, os, re, signal, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build", "asan")
seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 60
warmup = 10
pgdba = os.path.join(build, "pgdba")
scratch = tempfile.mkdtemp(prefix="pgdba-bench-record.")
state = os.path.join(scratch, "sandbox.env")

pq = ctypes.CDLL("libpq.so.5")
pq.PQconnectdb.restype = ctypes.c_void_p
pq.PQconnectdb.argtypes = [ctypes.c_char_p]
pq.PQstatus.argtypes = [ctypes.c_void_p]
pq.PQerrorMessage.argtypes = [ctypes.c_void_p]
pq.PQerrorMessage.restype = ctypes.c_char_p
pq.PQexec.restype = ctypes.c_void_p
pq.PQexec.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
pq.PQsendQuery.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
pq.PQresultStatus.argtypes = [ctypes.c_void_p]
pq.PQgetvalue.restype = ctypes.c_char_p
pq.PQgetvalue.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
pq.PQntuples.argtypes = [ctypes.c_void_p]
pq.PQnfields.argtypes = [ctypes.c_void_p]
pq.PQclear.argtypes = [ctypes.c_void_p]
pq.PQfinish.argtypes = [ctypes.c_void_p]


def connect(dsn, app):
    c = pq.PQconnectdb(f"{dsn} application_name='{app}'".encode())
    if pq.PQstatus(c) != 0:
        sys.exit("connect failed: " + pq.PQerrorMessage(c).decode())
    return c


def rows(c, sql):
    r = pq.PQexec(c, sql.encode())
    n = pq.PQnfields(r)
    out = [[(pq.PQgetvalue(r, i, j) or b"").decode() for j in range(n)] for i in range(pq.PQntuples(r))] \
        if pq.PQresultStatus(r) == 2 else []
    pq.PQclear(r)
    return out


def ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        s = f.read()
    fields = s[s.rindex(")") + 2:].split()
    return int(fields[11]) + int(fields[12])


def wchar(pid):
    with open(f"/proc/{pid}/io") as f:
        return int(re.search(r"wchar: (\d+)", f.read()).group(1))


hz = os.sysconf("SC_CLK_TCK")
subprocess.run([os.path.join(root, "scripts", "pg-sandbox"), "start", state], check=True)
env = dict(re.findall(r"export (\w+)=(.*)", open(state).read()))
dsn = f"host={env['PGHOST']} port={env['PGPORT']} user=postgres dbname=postgres"
sessions, rec = [], None
try:
    admin = connect(dsn, "bench admin")
    rows(admin, "CREATE TABLE IF NOT EXISTS bench_locked (id int)")
    for i in range(200):
        sessions.append(connect(dsn, "bench idle"))
    for i in range(30):
        c = connect(dsn, "bench active")
        pq.PQsendQuery(c, b"SELECT pg_sleep(3600)")
        sessions.append(c)
    for i in range(10):
        c = connect(dsn, "bench idle in transaction")
        rows(c, "BEGIN")
        rows(c, "LOCK TABLE bench_locked IN ACCESS EXCLUSIVE MODE" if i == 0 else "SELECT 1")
        sessions.append(c)
    for i in range(10):
        c = connect(dsn, "bench waiting")
        pq.PQsendQuery(c, b"SELECT count(*) FROM bench_locked")
        sessions.append(c)
    time.sleep(1)
    print("sessions:", rows(admin, "SELECT coalesce(state, '-') || coalesce(' / ' || wait_event_type, ''), "
          "count(*)::text FROM pg_stat_activity WHERE application_name LIKE 'bench %' GROUP BY 1 ORDER BY 1"))

    store = os.path.join(scratch, "history.sqlite")
    rec = subprocess.Popen([pgdba, "record", "--dsn", dsn, "--store", store, "--interval", "1s"],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                           env=dict(os.environ, XDG_DATA_HOME=scratch, XDG_CONFIG_HOME=scratch,
                                    ASAN_OPTIONS="detect_leaks=0"))
    time.sleep(warmup)
    named = rows(admin, "SELECT pid::text, application_name FROM pg_stat_activity "
                        "WHERE application_name LIKE 'pgdba record%'")
    backends = [int(p) for p, _ in named]
    rows(admin, "SELECT pg_stat_statements_reset()")
    per0 = {app: ticks(int(p)) for p, app in named}
    b0 = sum(ticks(p) for p in backends)
    r0, w0, t0 = ticks(rec.pid), wchar(rec.pid), time.time()
    time.sleep(seconds)
    r1, w1, t1 = ticks(rec.pid), wchar(rec.pid), time.time()
    b1 = sum(ticks(p) for p in backends)
    per1 = {app: ticks(int(p)) for p, app in named}
    top = rows(admin, "SELECT round(total_exec_time::numeric / calls, 2)::text, calls::text, "
                      "left(regexp_replace(query, '\\s+', ' ', 'g'), 70) FROM pg_stat_statements "
                      "WHERE query !~ 'bench' ORDER BY total_exec_time DESC LIMIT 6")
    stmts = rows(admin, "SELECT sum(total_exec_time)::text, sum(calls)::text FROM pg_stat_statements "
                        "WHERE query ~ 'pg_stat_activity|pg_stat_database|pg_stat_statements' "
                        "AND query !~ 'pg_stat_statements_reset|bench'")
    rec.send_signal(signal.SIGTERM)
    out, _ = rec.communicate(timeout=30)
    elapsed = t1 - t0
    samples = elapsed  # one sample a second
    server_ms = float(stmts[0][0] or 0) / samples
    backend_ms = (b1 - b0) * 1000.0 / hz / samples
    recorder_pct = (r1 - r0) * 100.0 / hz / elapsed
    import sqlite3
    db = sqlite3.connect(store)
    per_kind = db.execute("SELECT kind, count(*), sum(length(value)) FROM samples GROUP BY kind").fetchall()
    total_rows = sum(n for _, n, _ in per_kind)
    print(f"measured {elapsed:.1f} s, {len(backends)} recorder backends, exit code {rec.returncode}")
    print(f"server time per sample:   {server_ms:.2f} ms ({stmts[0][1]} statements)")
    print(f"backend CPU per sample:   {backend_ms:.2f} ms")
    for app in sorted(per1):
        print(f"  {app:28s} {(per1[app] - per0[app]) * 1000.0 / hz / samples:.2f} ms")
    for mean, calls, q in top:
        print(f"  query {mean:>7s} ms x {calls:>4s}: {q}")
    print(f"recorder CPU:             {recorder_pct:.2f} % of one core")
    print(f"bytes written per sample: {(w1 - w0) / samples:.0f} (write syscalls: SQLite WAL, checkpoints, log)")
    for kind, n, size in per_kind:
        print(f"  store: {kind:10s} {n:6d} rows, {size / max(n, 1):.0f} bytes of JSON each")
    print(f"store file: {os.path.getsize(store)} bytes for {total_rows} rows")
    # Session history (issue 13): one sh_sample row per sample, texts interned once in sh_dict.
    n, payload = db.execute("SELECT count(*), sum(length(rows) + length(cls)) FROM sh_sample").fetchone()
    print(f"session history: {n} samples, {payload / max(n, 1):.0f} bytes of payload each")
    try:
        total = 0
        # Pages on disk, and the bytes used in them (a short run leaves most pages of the small
        # tables empty: 4 KB each however little they hold).
        for name, size, used in db.execute("SELECT name, sum(pgsize), sum(pgsize - unused) FROM dbstat "
                                           "WHERE name LIKE 'sh_%' GROUP BY name ORDER BY 2 DESC").fetchall():
            total += size
            print(f"  {name:16s} {size:9d} bytes on disk ({used} used), "
                  f"{size / max(n, 1) * 86400 / 1e6:.1f} MB/day ({used / max(n, 1) * 86400 / 1e6:.1f} used)")
        # Everything of the session history (samples, aggregates, dictionary, incidents, their
        # indexes) per sample, extrapolated to a day of 1 s samples; the dictionary is written
        # once per text, so a short run overstates it.
        print(f"  all sh_* tables  {total:9d} bytes on disk, {total / max(n, 1):.0f} bytes a sample, "
              f"{total / max(n, 1) * 86400 / 1e6:.1f} MB/day")
    except sqlite3.OperationalError:
        pass
    print(out.strip().splitlines()[-1] if out.strip() else "")
finally:
    if rec and rec.poll() is None:
        rec.kill()
    for c in sessions:
        pq.PQfinish(c)
    subprocess.run([os.path.join(root, "scripts", "pg-sandbox"), "stop", state])
