// Refresh cost of the Replication and Vacuum pages: server time per refresh (sum of
// pg_stat_statements' execution time of the refresh's queries, divided by the refreshes) and
// wall time of one refresh over the Unix socket, in a database with 100 and with 20,000
// tables (each with a primary key, 20 rows, 5 of them deleted, analysed), with the sandbox's
// streaming standby attached. The tables part also reports the server time of the index bloat
// estimate alone (index_bloat_server_ms).
//   scripts/pg-sandbox start build/<dir>/pg-sandbox.env && build/<dir>/tests/bench/bench_replvacuum
#include "sandbox.h"
#include "testutil.h"

#include "replication/replicationcollector.h"
#include "vacuum/vacuumcollector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <memory>

namespace {

std::map<int, std::unique_ptr<pg::Connection>> monitors; // tables -> monitoring connection
std::map<int, std::unique_ptr<pg::Connection>> admins;

QString dbName(int tables) {
    return QStringLiteral("replbench_%1").arg(tables);
}

bool makeDatabase(int tables) {
    const QString db = dbName(tables);
    if (sandbox::psql(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(db)) ==
            QLatin1String("1") &&
        sandbox::psql(
            QStringLiteral("SELECT count(*) FROM pg_class WHERE relname LIKE 't\\_%' AND relkind = 'r'"), db)
                .toInt() == tables)
        return true; // made by an earlier run
    sandbox::createDatabase(db);
    for (int from = 0; from < tables; from += 1000) {
        bool ok = false;
        sandbox::psql(
            QStringLiteral(
                "DO $$ BEGIN FOR i IN %1..%2 LOOP "
                "EXECUTE format('CREATE TABLE t_%s (id int PRIMARY KEY, v text)', i); "
                "EXECUTE format('INSERT INTO t_%s SELECT g, md5(g::text) FROM generate_series(1, 20) g', i); "
                "EXECUTE format('DELETE FROM t_%s WHERE id <= 5', i); "
                "END LOOP; END $$")
                .arg(from)
                .arg(qMin(from + 1000, tables) - 1),
            db, &ok);
        if (!ok)
            return false;
    }
    bool ok = false;
    sandbox::psql(QStringLiteral("ANALYZE"), db, &ok);
    return ok;
}

// Server execution time (ms) of everything but the measuring queries since the last reset.
// like: only the queries whose text contains it (empty: all).
double serverMs(pg::Connection &admin, const QString &like = {}) {
    QVariantList params;
    params << QString(QLatin1Char('%') + like + QLatin1Char('%'));
    const pg::Result r = testutil::exec(
        admin,
        QStringLiteral("SELECT coalesce(sum(total_exec_time), 0) AS ms FROM pg_stat_statements "
                       "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                       "AND query NOT LIKE '%pg_stat_statements%' AND query LIKE $1"),
        params);
    return r.dbl(0, "ms");
}

template <typename Fetch> void measure(benchmark::State &state, Fetch fetch) {
    const int tables = int(state.range(0));
    pg::Connection &admin = *admins.at(tables);
    testutil::exec(admin, QStringLiteral("SELECT pg_stat_statements_reset()"));
    qint64 n = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        fetch(monitors.at(tables).get());
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        ++n;
    }
    state.counters["server_ms_per_refresh"] = serverMs(admin) / double(n);
    if (const double ib = serverMs(admin, QStringLiteral("AS index_name")); ib > 0)
        state.counters["index_bloat_server_ms"] = ib / double(n);
    state.counters["tables"] = tables;
}

void BM_Replication(benchmark::State &state) {
    measure(state, [&state](pg::Connection *c) {
        const auto f = QCoro::waitFor(replication::ReplicationCollector::fetch(c));
        state.counters["senders"] = double(f.snapshot.senders.size());
        if (f.error)
            state.SkipWithError(qPrintable(f.error->message));
    });
}

void BM_VacuumFast(benchmark::State &state) {
    measure(state, [&state](pg::Connection *c) {
        vacuum::VacuumFetchOptions o;
        o.tables = false;
        const auto f = QCoro::waitFor(vacuum::VacuumCollector::fetch(c, o));
        if (f.error)
            state.SkipWithError(qPrintable(f.error->message));
    });
}

void BM_VacuumTables(benchmark::State &state) {
    measure(state, [&state](pg::Connection *c) {
        vacuum::VacuumFetchOptions o; // ranking (200 rows) + table and index bloat estimates (100 rows
                                      // each), no pgstattuple
        const auto f = QCoro::waitFor(vacuum::VacuumCollector::fetch(c, o));
        state.counters["ranked"] = double(f.snapshot.tables.size());
        if (f.error)
            state.SkipWithError(qPrintable(f.error->message));
    });
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    QProcess standby;
    standby.start(QStringLiteral(PGDBA_SOURCE_DIR "/scripts/pg-sandbox"),
                  {QStringLiteral("standby"), QStringLiteral(PGDBA_SANDBOX_STATE)});
    standby.waitForFinished(120000);
    for (int tables : {100, 20000}) {
        if (!makeDatabase(tables)) {
            std::fprintf(stderr, "bench_replvacuum: setup failed (is the sandbox running?)\n");
            return 1;
        }
        monitors[tables] = testutil::connect(sandbox::dsn(dbName(tables)), QStringLiteral("pgdba monitor"));
        admins[tables] = testutil::connect(sandbox::dsn(dbName(tables)), QStringLiteral("bench admin"));
    }
    for (auto *b : {benchmark::RegisterBenchmark("server/replication_refresh", BM_Replication),
                    benchmark::RegisterBenchmark("server/vacuum_refresh_fast", BM_VacuumFast),
                    benchmark::RegisterBenchmark("server/vacuum_refresh_tables", BM_VacuumTables)})
        b->Arg(100)->Arg(20000)->UseManualTime()->Iterations(20)->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
