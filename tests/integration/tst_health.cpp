// The health checks against real states built in a fresh database: an unused index, a
// duplicate and a prefix-redundant index, an INVALID index from a failed concurrent build,
// a sequential-scan-heavy table, an idle-in-transaction session, a long query, dead rows,
// a sequence near its limit. Each finding appears, and disappears once fixed (often by
// running the finding's own fix SQL). Checks run on a read-only connection like the page's.
#include "loopchecker.h"
#include "sandbox.h"
#include "testutil.h"

#include "monitor/healthrunner.h"

#include <QTest>

using namespace monitor;

namespace {
const HealthFinding *finding(const HealthReport &r, const QString &check, const QString &object) {
    const HealthCheck *c = r.check(check);
    if (!c)
        return nullptr;
    for (const auto &f : c->findings)
        if (f.object == object)
            return &f;
    return nullptr;
}
} // namespace

class TestHealth : public QObject {
    Q_OBJECT
    QString m_dsn;
    std::unique_ptr<pg::Connection> m_db;      // builds the states (superuser)
    std::unique_ptr<pg::Connection> m_monitor; // read-only, like ServerSession::monitor()
    HealthThresholds m_t;

    HealthReport check() {
        LoopChecker loop;
        HealthReport r = QCoro::waitFor(runHealthChecks(m_monitor.get(), m_t));
        if (loop.maxGapMs() > 100)
            qWarning("event loop stalled %lld ms", loop.maxGapMs());
        if (!r.errors().isEmpty())
            qWarning("%s", qPrintable(r.errors().join(QLatin1Char('\n'))));
        return r;
    }
    pg::Result exec(const QString &sql) { return testutil::exec(*m_db, sql); }
    void flush() { exec(QStringLiteral("SELECT pg_stat_force_next_flush()")); }

private Q_SLOTS:
    void initTestCase() {
        m_dsn = sandbox::createDatabase(QStringLiteral("health_test"));
        m_db = testutil::connect(m_dsn);
        QVERIFY(m_db->isReady());
        m_monitor = std::make_unique<pg::Connection>();
        pg::Connection::Options o;
        o.applicationName = QStringLiteral("pgdba monitor");
        o.readOnly = true;
        o.statementTimeoutMs = 10000;
        o.lockTimeoutMs = 1000;
        m_monitor->setOptions(o);
        QVERIFY(!QCoro::waitFor(m_monitor->open(pg::ConnInfo(m_dsn))));
    }

    void cleanupTestCase() {
        m_monitor.reset();
        m_db.reset();
        sandbox::psql(QStringLiteral("DROP DATABASE IF EXISTS health_test WITH (FORCE)"));
    }

    void everyCheckRuns() {
        const HealthReport r = check();
        QCOMPARE(r.checks.size(), healthCheckIds().size());
        for (int i = 0; i < r.checks.size(); ++i)
            QCOMPARE(r.checks.at(i).id, healthCheckIds().at(i));
        QVERIFY(r.errors().isEmpty());
        QCOMPARE(r.database, QStringLiteral("health_test"));
        QVERIFY(r.checkedAt.isValid());
        QCOMPARE(r.check(QStringLiteral("wraparound"))->status, HealthStatus::Ok);
        QVERIFY(r.check(QStringLiteral("connections"))->summary.contains(QStringLiteral(" of 1197 used")));
    }

    void unusedIndexUntilScanned() {
        exec(QStringLiteral("CREATE TABLE t_unused (id int PRIMARY KEY, v int)"));
        exec(QStringLiteral("INSERT INTO t_unused SELECT g, g % 100 FROM generate_series(1, 1000) g"));
        exec(QStringLiteral("CREATE INDEX t_unused_v_idx ON t_unused (v)"));
        flush();
        HealthReport r = check();
        const HealthFinding *f =
            finding(r, QStringLiteral("unused_indexes"), QStringLiteral("public.t_unused_v_idx"));
        QVERIFY(f);
        QCOMPARE(f->status, HealthStatus::Warning);
        QCOMPARE(f->fixSql, QStringLiteral("DROP INDEX CONCURRENTLY public.t_unused_v_idx;"));
        QVERIFY(f->values.value(QStringLiteral("size_bytes")).toLongLong() > 0);
        QVERIFY(!finding(r, QStringLiteral("unused_indexes"),
                         QStringLiteral("public.t_unused_pkey"))); // a constraint

        // Used once: no longer unused.
        exec(QStringLiteral("SET enable_seqscan = off"));
        exec(QStringLiteral("SELECT * FROM t_unused WHERE v = 5"));
        exec(QStringLiteral("RESET enable_seqscan"));
        flush();
        r = check();
        QVERIFY(!finding(r, QStringLiteral("unused_indexes"), QStringLiteral("public.t_unused_v_idx")));
    }

    void duplicateAndPrefixIndexesUntilDropped() {
        exec(QStringLiteral("CREATE TABLE t_dup (a int, b int, c text)"));
        exec(QStringLiteral("CREATE INDEX t_dup_a_idx ON t_dup (a)"));
        exec(QStringLiteral("CREATE INDEX t_dup_a_b_idx ON t_dup (a, b)"));
        exec(QStringLiteral("CREATE INDEX t_dup_c_idx ON t_dup (c)"));
        exec(QStringLiteral("CREATE INDEX t_dup_c_idx2 ON t_dup (c)"));
        exec(QStringLiteral("CREATE INDEX t_dup_b_partial ON t_dup (b) WHERE a > 0"));
        exec(QStringLiteral("CREATE INDEX t_dup_b_c ON t_dup (b, c)"));
        HealthReport r = check();
        const HealthFinding *prefix =
            finding(r, QStringLiteral("duplicate_indexes"), QStringLiteral("public.t_dup_a_idx"));
        QVERIFY(prefix);
        QCOMPARE(prefix->values.value(QStringLiteral("covered_by")).toString(),
                 QStringLiteral("public.t_dup_a_b_idx"));
        QCOMPARE(prefix->values.value(QStringLiteral("identical")).toBool(), false);
        const HealthFinding *same =
            finding(r, QStringLiteral("duplicate_indexes"), QStringLiteral("public.t_dup_c_idx2"));
        QVERIFY(same);
        QCOMPARE(same->values.value(QStringLiteral("covered_by")).toString(),
                 QStringLiteral("public.t_dup_c_idx"));
        QCOMPARE(same->values.value(QStringLiteral("identical")).toBool(), true);
        // Different predicate: not redundant.
        QVERIFY(!finding(r, QStringLiteral("duplicate_indexes"), QStringLiteral("public.t_dup_b_partial")));
        QCOMPARE(r.check(QStringLiteral("duplicate_indexes"))->findings.size(), 2);

        // The findings' own fix SQL (DROP INDEX CONCURRENTLY, outside a transaction).
        exec(prefix->fixSql);
        exec(same->fixSql);
        r = check();
        QCOMPARE(r.check(QStringLiteral("duplicate_indexes"))->findings.size(), 0);
        QCOMPARE(r.check(QStringLiteral("duplicate_indexes"))->status, HealthStatus::Ok);
    }

    void invalidIndexFromFailedConcurrentBuild() {
        exec(QStringLiteral("CREATE TABLE t_inv (v int)"));
        exec(QStringLiteral("INSERT INTO t_inv VALUES (1), (1), (2)"));
        const pg::Result failed = QCoro::waitFor(
            m_db->query(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY t_inv_v_key ON t_inv (v)")));
        QCOMPARE(failed.error()->sqlState, QStringLiteral("23505")); // duplicate key: the build fails
        QCOMPARE(
            exec(QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_inv_v_key'::regclass"))
                .text(0, "indisvalid"),
            QStringLiteral("f"));
        HealthReport r = check();
        const HealthFinding *f =
            finding(r, QStringLiteral("invalid_indexes"), QStringLiteral("public.t_inv_v_key"));
        QVERIFY(f);
        QCOMPARE(r.check(QStringLiteral("invalid_indexes"))->status, HealthStatus::Warning);
        QVERIFY(f->evidence.contains(QStringLiteral("CREATE UNIQUE INDEX t_inv_v_key")));
        // An invalid index is neither "unused" nor a duplicate.
        QVERIFY(!finding(r, QStringLiteral("unused_indexes"), QStringLiteral("public.t_inv_v_key")));

        // Fix the cause, then run the finding's fix SQL (REINDEX CONCURRENTLY).
        exec(QStringLiteral("DELETE FROM t_inv WHERE ctid = (SELECT max(ctid) FROM t_inv WHERE v = 1)"));
        const auto results = QCoro::waitFor(m_db->execScript(f->fixSql));
        QVERIFY(!results.isEmpty());
        QVERIFY2(results.last().ok(),
                 results.last().ok() ? "" : qPrintable(results.last().error()->toString()));
        r = check();
        QVERIFY(!finding(r, QStringLiteral("invalid_indexes"), QStringLiteral("public.t_inv_v_key")));
        QCOMPARE(r.check(QStringLiteral("invalid_indexes"))->status, HealthStatus::Ok);
    }

    void sequentialScanHeavyTableUntilIndexed() {
        exec(QStringLiteral("CREATE TABLE t_seq (id int, v int)"));
        exec(QStringLiteral("INSERT INTO t_seq SELECT g, g % 5000 FROM generate_series(1, 20000) g"));
        exec(QStringLiteral("ANALYZE t_seq"));
        for (int i = 0; i < 20; ++i)
            exec(QStringLiteral("SELECT count(*) FROM t_seq WHERE v = 7"));
        flush();
        HealthReport r = check();
        const HealthFinding *f = finding(r, QStringLiteral("seq_scans"), QStringLiteral("public.t_seq"));
        QVERIFY(f);
        QCOMPARE(f->status, HealthStatus::Critical); // 100% sequential, over 50%
        QCOMPARE(f->values.value(QStringLiteral("seq_scans")).toLongLong(), 20);
        QVERIFY(f->evidence.contains(QStringLiteral("The table has no index at all.")));
        QVERIFY(finding(r, QStringLiteral("seq_scans"), QStringLiteral("public.t_seq")));
        // Tables under 10,000 rows are not judged (the ticket's rule).
        QVERIFY(!finding(r, QStringLiteral("seq_scans"), QStringLiteral("public.t_unused")));

        // The fix: an index that the queries use. 21 sequential of 421 scans = 5%.
        exec(QStringLiteral("CREATE INDEX t_seq_v_idx ON t_seq (v)"));
        exec(QStringLiteral("SET enable_seqscan = off"));
        for (int i = 0; i < 400; ++i)
            testutil::exec(*m_db, QStringLiteral("SELECT count(*) FROM t_seq WHERE v = $1"), {i});
        exec(QStringLiteral("RESET enable_seqscan"));
        flush();
        r = check();
        f = finding(r, QStringLiteral("seq_scans"), QStringLiteral("public.t_seq"));
        QVERIFY(f); // still listed with its index usage, but fine
        QCOMPARE(f->status, HealthStatus::Ok);
        QVERIFY2(f->values.value(QStringLiteral("seq_scan_pct")).toDouble() < 10, qPrintable(f->evidence));
        QCOMPARE(r.check(QStringLiteral("seq_scans"))->status, HealthStatus::Ok);
    }

    void idleInTransactionUntilCommitted() {
        auto app = testutil::connect(m_dsn, QStringLiteral("forgetful app"));
        testutil::exec(*app, QStringLiteral("BEGIN"));
        testutil::exec(*app, QStringLiteral("SELECT count(*) FROM t_unused"));
        m_t.idleTxWarnS = 1;
        m_t.idleTxCritS = 3600;
        m_t.longTxWarnS = 1;
        QVERIFY(testutil::waitForActivity(
            QStringLiteral("pid = %1 AND state = 'idle in transaction' AND "
                           "clock_timestamp() - state_change > interval '1.1 s' AND "
                           "clock_timestamp() - xact_start > interval '1.1 s'")
                .arg(app->facts().backendPid)));
        HealthReport r = check();
        const QString pid = QStringLiteral("pid %1").arg(app->facts().backendPid);
        const HealthFinding *f = finding(r, QStringLiteral("idle_in_transaction"), pid);
        QVERIFY(f);
        QCOMPARE(f->status, HealthStatus::Warning);
        QCOMPARE(f->fixSql, QStringLiteral("SELECT pg_terminate_backend(%1);").arg(app->facts().backendPid));
        QCOMPARE(f->values.value(QStringLiteral("application")).toString(), QStringLiteral("forgetful app"));
        QVERIFY(f->evidence.contains(QStringLiteral("SELECT count(*) FROM t_unused")));
        QVERIFY(finding(r, QStringLiteral("long_transactions"), pid));
        // Critical once it passes the critical threshold.
        m_t.idleTxCritS = 1;
        QCOMPARE(check().check(QStringLiteral("idle_in_transaction"))->status, HealthStatus::Critical);

        testutil::exec(*app, QStringLiteral("COMMIT"));
        r = check();
        QVERIFY(!finding(r, QStringLiteral("idle_in_transaction"), pid));
        QVERIFY(!finding(r, QStringLiteral("long_transactions"), pid));
        m_t = HealthThresholds{};
    }

    void longQueryWhileRunning() {
        auto app = testutil::connect(m_dsn, QStringLiteral("slow report"));
        auto task = app->query(QStringLiteral("SELECT pg_sleep(3)"));
        m_t.longQueryWarnS = 1;
        QVERIFY(testutil::waitForActivity(
            QStringLiteral(
                "pid = %1 AND state = 'active' AND clock_timestamp() - query_start > interval '1.1 s'")
                .arg(app->facts().backendPid)));
        const QString pid = QStringLiteral("pid %1").arg(app->facts().backendPid);
        HealthReport r = check();
        const HealthFinding *f = finding(r, QStringLiteral("long_queries"), pid);
        QVERIFY(f);
        QCOMPARE(f->fixSql, QStringLiteral("SELECT pg_cancel_backend(%1);").arg(app->facts().backendPid));
        QVERIFY(QCoro::waitFor(task).ok());
        QVERIFY(!finding(check(), QStringLiteral("long_queries"), pid));
        m_t = HealthThresholds{};
    }

    void deadRowsUntilVacuumed() {
        exec(QStringLiteral("CREATE TABLE t_dead (id int, pad text) WITH (autovacuum_enabled = off)"));
        exec(QStringLiteral("INSERT INTO t_dead SELECT g, repeat('x', 50) FROM generate_series(1, 5000) g"));
        exec(QStringLiteral("DELETE FROM t_dead WHERE id <= 4000"));
        flush();
        HealthReport r = check();
        const HealthFinding *v = finding(r, QStringLiteral("vacuum"), QStringLiteral("public.t_dead"));
        QVERIFY(v);
        QCOMPARE(v->status, HealthStatus::Critical); // 80% dead
        QVERIFY(v->evidence.contains(QStringLiteral("last autovacuum never")));
        QVERIFY(finding(r, QStringLiteral("analyze"), QStringLiteral("public.t_dead")));
        exec(v->fixSql); // VACUUM (ANALYZE) public.t_dead;
        flush();
        r = check();
        QVERIFY(!finding(r, QStringLiteral("vacuum"), QStringLiteral("public.t_dead")));
        QVERIFY(!finding(r, QStringLiteral("analyze"), QStringLiteral("public.t_dead")));
    }

    void sequenceNearItsLimit() {
        exec(QStringLiteral("CREATE SEQUENCE s_lim MAXVALUE 100"));
        exec(QStringLiteral("SELECT setval('s_lim', 95)"));
        HealthReport r = check();
        const HealthFinding *f = finding(r, QStringLiteral("sequences"), QStringLiteral("public.s_lim"));
        QVERIFY(f);
        QCOMPARE(f->status, HealthStatus::Critical); // 94 of 99 used
        QCOMPARE(f->fixSql, QStringLiteral("ALTER SEQUENCE public.s_lim NO MAXVALUE;"));
        exec(f->fixSql);
        QVERIFY(!finding(check(), QStringLiteral("sequences"), QStringLiteral("public.s_lim")));
    }

    void thresholdsDecide() {
        // Connections and cache judged from real counters with strict thresholds.
        m_t.connectionsWarnPct = 0.01;
        m_t.cacheHitWarnPct = 100;
        m_t.cacheHitMinBlocks = 1;
        HealthReport r = check();
        QCOMPARE(r.check(QStringLiteral("connections"))->status, HealthStatus::Warning);
        QVERIFY(r.check(QStringLiteral("connections"))
                    ->findings.first()
                    .evidence.contains(QStringLiteral("max_connections 1200, 3 reserved")));
        QVERIFY(r.check(QStringLiteral("cache_hit"))->status != HealthStatus::Ok);
        m_t.wraparoundWarnAge = 1;
        QVERIFY(finding(check(), QStringLiteral("wraparound"), QStringLiteral("health_test")));
        m_t = HealthThresholds{};
        QCOMPARE(check().check(QStringLiteral("connections"))->status, HealthStatus::Ok);
    }

    void unprivilegedRoleStillChecks() {
        sandbox::psql(QStringLiteral("DROP ROLE IF EXISTS health_plain"));
        sandbox::psql(QStringLiteral("CREATE ROLE health_plain LOGIN"));
        pg::Connection plain;
        QVERIFY(!QCoro::waitFor(plain.open(pg::ConnInfo(
            QString(m_dsn).replace(QStringLiteral("user=postgres"), QStringLiteral("user=health_plain"))))));
        const HealthReport r = QCoro::waitFor(runHealthChecks(&plain, m_t));
        QVERIFY2(r.errors().isEmpty(), qPrintable(r.errors().join(QLatin1Char('\n'))));
        QCOMPARE(r.checks.size(), healthCheckIds().size());
        plain.close();
        sandbox::psql(QStringLiteral("DROP ROLE health_plain"));
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
