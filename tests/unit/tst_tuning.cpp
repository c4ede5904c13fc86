// PGTune's formulas on known inputs, with the expected values worked out by hand from the
// formulas (docs/tuning-formulas.md): the ticket's 4 GB VPS, a 24 GB / 4 CPU server, and the
// other workloads, storages and versions.
#include "tuning/advisor.h"
#include "tuning/pgtune.h"
#include "tuning/settingsdiff.h"

#include <QTest>

using namespace tuning;

namespace {
Inputs inputs(qint64 ramGb, int cpus, Storage s, Workload w, int connections) {
    Inputs in;
    in.ramMb = ramGb * 1024;
    in.cpus = cpus;
    in.storage = s;
    in.workload = w;
    in.connections = connections;
    in.pgMajor = 15;
    return in;
}

QString valueOf(const QList<Recommendation> &recs, const QString &name) {
    for (const auto &r : recs)
        if (r.name == name)
            return r.value;
    return QStringLiteral("<absent>");
}

} // namespace

class TestTuning : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The ticket's VPS: 4 GB = 4,194,304 kB, 2 CPUs, SSD, web, 100 connections, PostgreSQL 15.
    void ticketVps() {
        const PgTuneValues v = pgtune(inputs(4, 2, Storage::Ssd, Workload::Web, 100));
        QCOMPARE(v.maxConnections, 100);
        QCOMPARE(v.sharedBuffersKb, 1048576);      // 4194304 / 4
        QCOMPARE(v.effectiveCacheSizeKb, 3145728); // 4194304 * 3 / 4
        QCOMPARE(v.maintenanceWorkMemKb, 262144);  // 4194304 / 16
        QCOMPARE(v.walBuffersKb, 16384);           // 3% of 1048576 = 31457, capped at 16MB
        QCOMPARE(v.minWalSizeKb, 1048576);
        QCOMPARE(v.maxWalSizeKb, 4194304);
        QCOMPARE(v.checkpointCompletionTarget, 0.9);
        QCOMPARE(v.defaultStatisticsTarget, 100);
        QCOMPARE(v.randomPageCost, 1.1);
        QCOMPARE(v.effectiveIoConcurrency, 200);
        QVERIFY(!v.maxWorkerProcesses); // under 4 CPUs PGTune keeps the server defaults
        QVERIFY(!v.maxParallelWorkersPerGather);
        // (4194304 - 1048576) / ((100 + 8 default workers) * 3) = 3145728 / 324 = 9709.04
        QCOMPARE(v.workMemKb, 9709);
        QCOMPARE(v.hugePages, QStringLiteral("off")); // shared_buffers 1GB < 2GB
        QCOMPARE(v.jit, QStringLiteral("off"));
        QCOMPARE(v.walCompression, QStringLiteral("lz4"));
        QVERIFY(!v.autovacuumMaxWorkers);
        QVERIFY(!v.autovacuumWorkMemKb);

        // PGTune's formatted output; the ticket's postgresql.conf has the same memory values.
        const auto recs = recommend(inputs(4, 2, Storage::Ssd, Workload::Web, 100));
        QCOMPARE(valueOf(recs, QStringLiteral("shared_buffers")), QStringLiteral("1GB"));
        QCOMPARE(valueOf(recs, QStringLiteral("effective_cache_size")), QStringLiteral("3GB"));
        QCOMPARE(valueOf(recs, QStringLiteral("maintenance_work_mem")), QStringLiteral("256MB"));
        QCOMPARE(valueOf(recs, QStringLiteral("work_mem")), QStringLiteral("9709kB"));
        QCOMPARE(valueOf(recs, QStringLiteral("wal_buffers")), QStringLiteral("16MB"));
        QCOMPARE(valueOf(recs, QStringLiteral("min_wal_size")), QStringLiteral("1GB"));
        QCOMPARE(valueOf(recs, QStringLiteral("max_wal_size")), QStringLiteral("4GB"));
        QCOMPARE(valueOf(recs, QStringLiteral("checkpoint_completion_target")), QStringLiteral("0.9"));
        QCOMPARE(valueOf(recs, QStringLiteral("random_page_cost")), QStringLiteral("1.1"));
        QCOMPARE(valueOf(recs, QStringLiteral("effective_io_concurrency")), QStringLiteral("200"));
        QCOMPARE(valueOf(recs, QStringLiteral("max_connections")), QStringLiteral("100"));
        QCOMPARE(valueOf(recs, QStringLiteral("huge_pages")), QStringLiteral("off"));
        QCOMPARE(valueOf(recs, QStringLiteral("max_worker_processes")), QStringLiteral("<absent>"));
        // The ticket's observability and autovacuum settings.
        QCOMPARE(valueOf(recs, QStringLiteral("shared_preload_libraries")),
                 QStringLiteral("pg_stat_statements"));
        QCOMPARE(valueOf(recs, QStringLiteral("track_io_timing")), QStringLiteral("on"));
        QCOMPARE(valueOf(recs, QStringLiteral("log_min_duration_statement")), QStringLiteral("1000"));
        QCOMPARE(valueOf(recs, QStringLiteral("log_lock_waits")), QStringLiteral("on"));
        QCOMPARE(valueOf(recs, QStringLiteral("log_temp_files")), QStringLiteral("0"));
        QCOMPARE(valueOf(recs, QStringLiteral("log_checkpoints")), QStringLiteral("on"));
        QCOMPARE(valueOf(recs, QStringLiteral("autovacuum_vacuum_scale_factor")), QStringLiteral("0.1"));
        QCOMPARE(valueOf(recs, QStringLiteral("autovacuum_analyze_scale_factor")), QStringLiteral("0.05"));
        for (const auto &r : recs) {
            QVERIFY2(!r.reason.isEmpty(), qPrintable(r.name));
            QVERIFY2(!r.formula.isEmpty(), qPrintable(r.name));
            QVERIFY2(!knownContext(r.name).isEmpty(), qPrintable(r.name)); // every setting has its context
        }
    }

    // Without a connection count PGTune assumes 200 for web:
    // 3145728 / ((200 + 8) * 3) = 3145728 / 624 = 5041.2 -> 5041kB.
    void ticketVpsWithPgTuneDefaultConnections() {
        const PgTuneValues v = pgtune(inputs(4, 2, Storage::Ssd, Workload::Web, 0));
        QCOMPARE(v.maxConnections, 200);
        QCOMPARE(v.workMemKb, 5041);
    }

    // The ticket's upper bound: 24 GB = 25,165,824 kB, 4 CPUs, SSD, web, 100 connections.
    void largeVps() {
        const PgTuneValues v = pgtune(inputs(24, 4, Storage::Ssd, Workload::Web, 100));
        QCOMPARE(v.sharedBuffersKb, 6291456);       // 6GB
        QCOMPARE(v.effectiveCacheSizeKb, 18874368); // 18GB
        QCOMPARE(v.maintenanceWorkMemKb, 1572864);  // 1536MB
        QCOMPARE(formatKb(v.maintenanceWorkMemKb), QStringLiteral("1536MB"));
        QCOMPARE(v.walBuffersKb, 16384);
        QCOMPARE(v.hugePages, QStringLiteral("try")); // 6GB >= 2GB
        QCOMPARE(v.maxWorkerProcesses.value_or(-1), 4);
        QCOMPARE(v.maxParallelWorkersPerGather.value_or(-1), 2); // ceil(4 / 2)
        QCOMPARE(v.maxParallelWorkers.value_or(-1), 4);
        QCOMPARE(v.maxParallelMaintenanceWorkers.value_or(-1), 2);
        // (25165824 - 6291456) / ((100 + 4) * 3) = 18874368 / 312 = 60494.77
        QCOMPARE(v.workMemKb, 60494);
        QVERIFY(!v.autovacuumWorkMemKb); // 1536MB < 2GB
        // 200 connections: 18874368 / 612 = 30840.5
        QCOMPARE(pgtune(inputs(24, 4, Storage::Ssd, Workload::Web, 0)).workMemKb, 30840);
        const auto recs = recommend(inputs(24, 4, Storage::Ssd, Workload::Web, 100));
        QCOMPARE(valueOf(recs, QStringLiteral("shared_buffers")), QStringLiteral("6GB"));
        QCOMPARE(valueOf(recs, QStringLiteral("effective_cache_size")), QStringLiteral("18GB"));
        QCOMPARE(valueOf(recs, QStringLiteral("work_mem")), QStringLiteral("60494kB"));
        QCOMPARE(valueOf(recs, QStringLiteral("max_parallel_workers_per_gather")), QStringLiteral("2"));
    }

    void otherWorkloads_data() {
        QTest::addColumn<int>("ramGb");
        QTest::addColumn<int>("cpus");
        QTest::addColumn<int>("storage");
        QTest::addColumn<int>("workload");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        const int ssd = int(Storage::Ssd), hdd = int(Storage::Hdd), san = int(Storage::San);
        const int dw = int(Workload::DataWarehouse), desk = int(Workload::Desktop),
                  mixed = int(Workload::Mixed), oltp = int(Workload::Oltp), web = int(Workload::Web);
        // Data warehouse, 24GB, 8 CPUs, HDD, PGTune's 40 connections:
        QTest::addRow("dw maintenance_work_mem") << 24 << 8 << hdd << dw << "maintenance_work_mem"
                                                 << "3GB"; // RAM / 8
        QTest::addRow("dw autovacuum_work_mem") << 24 << 8 << hdd << dw << "autovacuum_work_mem"
                                                << "2GB";
        QTest::addRow("dw statistics") << 24 << 8 << hdd << dw << "default_statistics_target"
                                       << "500";
        QTest::addRow("dw random_page_cost") << 24 << 8 << hdd << dw << "random_page_cost"
                                             << "4";
        QTest::addRow("dw io concurrency") << 24 << 8 << hdd << dw << "effective_io_concurrency"
                                           << "2";
        QTest::addRow("dw min_wal") << 24 << 8 << hdd << dw << "min_wal_size"
                                    << "4GB";
        QTest::addRow("dw max_wal") << 24 << 8 << hdd << dw << "max_wal_size"
                                    << "16GB";
        // (25165824 - 6291456) / ((40 + 8) * 3) / 2 = 131072 / 2 = 65536kB
        QTest::addRow("dw work_mem") << 24 << 8 << hdd << dw << "work_mem"
                                     << "64MB";
        QTest::addRow("dw jit default") << 24 << 8 << hdd << dw << "jit"
                                        << "<absent>";
        QTest::addRow("dw 32 cpus per gather") << 64 << 32 << ssd << dw << "max_parallel_workers_per_gather"
                                               << "16";
        QTest::addRow("web 32 cpus per gather") << 64 << 32 << ssd << web << "max_parallel_workers_per_gather"
                                                << "4";
        QTest::addRow("32 cpus maintenance") << 64 << 32 << ssd << web << "max_parallel_maintenance_workers"
                                             << "4";
        QTest::addRow("32 cpus autovacuum") << 64 << 32 << ssd << web << "autovacuum_max_workers"
                                            << "5";
        QTest::addRow("16 cpus autovacuum") << 64 << 16 << ssd << web << "autovacuum_max_workers"
                                            << "4";
        QTest::addRow("maintenance cap 8GB") << 256 << 16 << ssd << web << "maintenance_work_mem"
                                             << "8GB";
        // Desktop, 4GB, 2 CPUs, 20 connections:
        QTest::addRow("desktop shared_buffers") << 4 << 2 << ssd << desk << "shared_buffers"
                                                << "256MB"; // RAM / 16
        QTest::addRow("desktop cache") << 4 << 2 << ssd << desk << "effective_cache_size"
                                       << "1GB"; // RAM / 4
        // (4194304 - 262144) / ((20 + 8) * 3) / 6 = 46811.4 / 6 = 7801.9
        QTest::addRow("desktop work_mem") << 4 << 2 << ssd << desk << "work_mem"
                                          << "7801kB";
        QTest::addRow("desktop wal_buffers") << 4 << 2 << ssd << desk << "wal_buffers"
                                             << "7864kB"; // 3% of 262144
        QTest::addRow("desktop wal_level") << 4 << 2 << ssd << desk << "wal_level"
                                           << "minimal";
        QTest::addRow("desktop wal senders") << 4 << 2 << ssd << desk << "max_wal_senders"
                                             << "0";
        QTest::addRow("desktop min_wal") << 4 << 2 << ssd << desk << "min_wal_size"
                                         << "100MB";
        // Mixed, 8GB, 4 CPUs, SAN, 100 connections: (8388608 - 2097152) / ((100 + 4) * 3) / 2 = 10082.5
        QTest::addRow("mixed work_mem") << 8 << 4 << san << mixed << "work_mem"
                                        << "10082kB";
        QTest::addRow("mixed huge_pages") << 8 << 4 << san << mixed << "huge_pages"
                                          << "try";
        QTest::addRow("san io") << 8 << 4 << san << mixed << "effective_io_concurrency"
                                << "300";
        QTest::addRow("san random_page_cost") << 8 << 4 << san << mixed << "random_page_cost"
                                              << "1.1";
        QTest::addRow("oltp max_wal") << 8 << 4 << ssd << oltp << "max_wal_size"
                                      << "8GB";
        QTest::addRow("oltp connections") << 8 << 4 << ssd << oltp << "max_connections"
                                          << "300";
        // Tiny machine: work_mem never below 4MB.
        QTest::addRow("work_mem floor") << 1 << 1 << ssd << web << "work_mem"
                                        << "4MB";
    }

    void otherWorkloads() {
        QFETCH(int, ramGb);
        QFETCH(int, cpus);
        QFETCH(int, storage);
        QFETCH(int, workload);
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        const auto recs = recommend(inputs(ramGb, cpus, Storage(storage), Workload(workload), 0));
        QCOMPARE(valueOf(recs, setting), expected);
    }

    void olderVersions() {
        Inputs in = inputs(24, 8, Storage::Ssd, Workload::Web, 100);
        in.pgMajor = 11;
        QCOMPARE(valueOf(recommend(in), QStringLiteral("jit")), QStringLiteral("<absent>"));
        QCOMPARE(valueOf(recommend(in), QStringLiteral("wal_compression")), QStringLiteral("on"));
        in.pgMajor = 10;
        QCOMPARE(valueOf(recommend(in), QStringLiteral("max_parallel_maintenance_workers")),
                 QStringLiteral("<absent>"));
        QCOMPARE(valueOf(recommend(in), QStringLiteral("max_parallel_workers")), QStringLiteral("8"));
    }

    void formatting() {
        QCOMPARE(formatKb(1048576), QStringLiteral("1GB"));
        QCOMPARE(formatKb(1572864), QStringLiteral("1536MB"));
        QCOMPARE(formatKb(9709), QStringLiteral("9709kB"));
        QCOMPARE(formatKb(32), QStringLiteral("32kB"));
        QCOMPARE(parseRamMb(QStringLiteral("4GB")).value_or(-1), 4096);
        QCOMPARE(parseRamMb(QStringLiteral("24")).value_or(-1), 24576);
        QCOMPARE(parseRamMb(QStringLiteral("512 MB")).value_or(-1), 512);
        QCOMPARE(parseRamMb(QStringLiteral("0.5TB")).value_or(-1), 524288);
        QVERIFY(!parseRamMb(QStringLiteral("100MB")));
        QVERIFY(!parseRamMb(QStringLiteral("lots")));
        QCOMPARE(workloadFromKey(QStringLiteral("DW")), std::optional<Workload>(Workload::DataWarehouse));
        QCOMPARE(storageFromKey(QStringLiteral("san")), std::optional<Storage>(Storage::San));
        QVERIFY(!storageFromKey(QStringLiteral("tape")));
        QCOMPARE(withPgStatStatements(QStringLiteral("auto_explain")),
                 QStringLiteral("auto_explain,pg_stat_statements"));
        QCOMPARE(withPgStatStatements(QStringLiteral("\"pg_stat_statements\", auto_explain")),
                 QStringLiteral("pg_stat_statements,auto_explain"));
        QCOMPARE(withPgStatStatements(QString()), QStringLiteral("pg_stat_statements"));
    }
};

QTEST_GUILESS_MAIN(TestTuning)
#include "tst_tuning.moc"
