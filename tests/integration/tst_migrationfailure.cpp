// When things go wrong: the migration's backend terminated mid-build (failure reported,
// nothing recorded, the next preflight finds the INVALID index and recovers), Cancel during
// a build (the INVALID index is cleaned up), statements PostgreSQL rejects (clean failure,
// nothing recorded, nothing INVALID left), and the lock timeout bounding how long a writer
// queued behind a migration waits.
#include "migratefixture.h"

#include "migrate/preflight.h"
#include "migrate/status.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace migrate;

namespace {
void write(const QString &path, const QString &text) {
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
}

// The migration backend's phase in pg_stat_progress_create_index, or empty.
QString buildPhase(pg::Connection &c, int pid) {
    QVariantList p;
    p << pid;
    const pg::Result r = QCoro::waitFor(
        c.query(QStringLiteral("SELECT phase FROM pg_stat_progress_create_index WHERE pid = $1"), p));
    return r.ok() && r.rows() == 1 ? r.text(0, 0) : QString();
}

bool waitingOnLock(pg::Connection &c, const QString &app) {
    QVariantList p;
    p << app;
    const pg::Result r = QCoro::waitFor(c.query(
        QStringLiteral(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'"),
        p));
    return r.ok() && r.int64(0, 0) > 0;
}
} // namespace

class TestMigrationFailure : public QObject {
    Q_OBJECT
    QString m_dsn;
    std::unique_ptr<pg::Connection> m_test;
    QTemporaryDir m_dir;

    Plan plan002(pg::Connection &c) {
        return migratefixture::planUp(c, Catalog::builtIn(), QStringLiteral("002"));
    }

    // A holder transaction with a row written to orders: a concurrent build waits for it.
    std::unique_ptr<pg::Connection> holdWriterTransaction() {
        auto h = testutil::connect(m_dsn, QStringLiteral("holder"));
        testutil::exec(*h, QStringLiteral("BEGIN"));
        testutil::exec(*h, QStringLiteral("INSERT INTO orders (store_id, pickup_address, delivery_address) "
                                          "VALUES (1, 'held', 'open')"));
        return h;
    }

private Q_SLOTS:
    void initTestCase() {
        m_dsn = migratefixture::demoDatabase(QStringLiteral("pgdba_mig_fail"), 50000);
        m_test = testutil::connect(m_dsn);
        QVERIFY(m_test->isReady());
    }

    void terminatedMidBuildThenRecovered() {
        auto run = testutil::connect(m_dsn, QStringLiteral("pgdba migrate"));
        auto watch = testutil::connect(m_dsn, QStringLiteral("pgdba migrate progress"));
        const int pid = run->facts().backendPid;
        auto holder = holdWriterTransaction();
        Runner runner(run.get(), watch.get());
        runner.setLockTimeoutMs(60000);
        auto task = runner.run(plan002(*run));
        QString phase;
        // Past "initializing": the index's catalog row is committed (the build waits for the
        // held writer), so killing the backend now leaves an INVALID index behind.
        QVERIFY(testutil::waitUntil(
            [&] {
                phase = buildPhase(*m_test, pid);
                return !phase.isEmpty() && phase != QLatin1String("initializing");
            },
            20000));
        QVariantList p;
        p << pid;
        QVERIFY(testutil::exec(*m_test, QStringLiteral("SELECT pg_terminate_backend($1) AS done"), p)
                    .boolean(0, "done"));
        const RunResult res = QCoro::waitFor(task);
        testutil::exec(*holder, QStringLiteral("ROLLBACK"));

        QVERIFY(!res.ok);
        QVERIFY(!res.cancelled);
        QVERIFY2(res.error.contains(QStringLiteral("connection to the server was lost")),
                 qPrintable(res.error));
        QCOMPARE(res.migrations.size(), 1);
        QVERIFY(!res.migrations[0].recorded);
        QCOMPARE(migratefixture::recordedVersions(*m_test), QStringList{QStringLiteral("001")});
        QCOMPARE(migratefixture::invalidIndexes(*m_test), QStringList{QStringLiteral("idx_orders_active")});

        // Status says failed; the next preflight finds the leftover and offers to drop it.
        auto run2 = testutil::connect(m_dsn, QStringLiteral("pgdba migrate"));
        const DatabaseState db = QCoro::waitFor(VersionStore::read(run2.get()));
        const QList<MigrationStatus> s = computeStatus(Catalog::builtIn(), db);
        QCOMPARE(s[1].status, Status::Failed);
        QCOMPARE(s[1].invalidIndexes, QStringList{QStringLiteral("public.idx_orders_active")});
        const Plan plan = plan002(*run2);
        QCOMPARE(plan.versions(), QStringList{QStringLiteral("002")});
        PreflightReport r = QCoro::waitFor(Preflight::run(run2.get(), plan));
        const Check *inv = r.find(QStringLiteral("invalid:idx_orders_active"));
        QVERIFY(inv);
        QCOMPARE(inv->level, Check::Level::Fail);
        QVERIFY(inv->detail.contains(QStringLiteral("IF NOT EXISTS would keep it INVALID")));
        QCOMPARE(r.droppableIndexes(), QStringList{QStringLiteral("\"public\".\"idx_orders_active\"")});
        for (const QString &idx : r.droppableIndexes())
            QVERIFY(!QCoro::waitFor(Preflight::dropIndex(run2.get(), idx)));
        r = QCoro::waitFor(Preflight::run(run2.get(), plan));
        QVERIFY(!r.hasFailures());
        auto watch2 = testutil::connect(m_dsn);
        Runner again(run2.get(), watch2.get());
        const RunResult ok = QCoro::waitFor(again.run(plan));
        QVERIFY2(ok.ok, qPrintable(ok.error));
        QCOMPARE(migratefixture::validIndexes(*m_test), migratefixture::sevenIndexes());
        QCOMPARE(migratefixture::recordedVersions(*m_test),
                 (QStringList{QStringLiteral("001"), QStringLiteral("002")}));
        const RunResult down = QCoro::waitFor(
            again.run(migratefixture::planDown(*run2, Catalog::builtIn(), QStringLiteral("002"))));
        QVERIFY2(down.ok, qPrintable(down.error));
    }

    void cancelCleansUpTheInvalidIndex() {
        auto run = testutil::connect(m_dsn, QStringLiteral("pgdba migrate"));
        auto watch = testutil::connect(m_dsn, QStringLiteral("pgdba migrate progress"));
        auto holder = holdWriterTransaction();
        Runner runner(run.get(), watch.get());
        runner.setLockTimeoutMs(60000);
        QStringList log;
        connect(&runner, &Runner::log, this, [&](const QString &l) { log << l; });
        auto task = runner.run(plan002(*run));
        QVERIFY(testutil::waitUntil(
            [&] {
                const QString phase = buildPhase(*m_test, run->facts().backendPid);
                return !phase.isEmpty() && phase != QLatin1String("initializing"); // the catalog row exists
            },
            20000));
        QCoro::waitFor(runner.cancel());
        testutil::exec(*holder, QStringLiteral("ROLLBACK")); // the clean-up's DROP waits for it too
        const RunResult res = QCoro::waitFor(task);
        QVERIFY(!res.ok);
        QVERIFY(res.cancelled);
        QCOMPARE(res.migrations[0].cleanedUp, QStringList{QStringLiteral("idx_orders_active")});
        QVERIFY2(
            log.join(QLatin1Char('\n')).contains(QStringLiteral("Dropped INVALID index idx_orders_active")),
            qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY(migratefixture::invalidIndexes(*m_test).isEmpty());
        QVERIFY(migratefixture::validIndexes(*m_test).isEmpty());
        QCOMPARE(migratefixture::recordedVersions(*m_test), QStringList{QStringLiteral("001")});
        QVERIFY(run->isReady()); // the connection survives a cancel
    }

    void longTransactionsAreListed() {
        auto run = testutil::connect(m_dsn, QStringLiteral("pgdba migrate"));
        auto holder = holdWriterTransaction();
        QVERIFY(testutil::waitForActivity(
            QStringLiteral("pid = %1 AND clock_timestamp() - xact_start > interval '1.1 s'")
                .arg(holder->facts().backendPid)));
        PreflightOptions o;
        o.longTransactionSeconds = 1;
        const PreflightReport r = QCoro::waitFor(Preflight::run(run.get(), plan002(*run), o));
        testutil::exec(*holder, QStringLiteral("ROLLBACK"));
        const Check *lt = r.find(QStringLiteral("long_transactions"));
        QVERIFY(lt);
        QCOMPARE(lt->level, Check::Level::Warn);
        QCOMPARE(lt->link, QStringLiteral("activity"));
        QCOMPARE(lt->rows.size(), 1);
        QVERIFY2(lt->rows[0].startsWith(QStringLiteral("pid %1 ").arg(holder->facts().backendPid)),
                 qPrintable(lt->rows[0]));
        QVERIFY(lt->detail.contains(QStringLiteral("gives up")));
        // The open writer also holds a lock each build must wait for.
        QVERIFY(!r.hasFailures());
    }

    void rejectedStatementsFailCleanly_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("preflightKey");
        QTest::addColumn<QString>("cleaned");
        QTest::addRow("ticket's now() predicate")
            << "004_recent_events_ticket"
            << "-- description: the ticket's original predicate\n-- transaction: no\n"
               "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_order_events_recent ON order_events(created_at "
               "DESC)\n"
               "WHERE created_at > NOW() - INTERVAL '1 hour';\n"
            << "42P17"
            << "predicate:idx_order_events_recent"
            << "";
        QTest::addRow("unique on duplicates")
            << "005_unique_store"
            << "-- transaction: no\nCREATE UNIQUE INDEX CONCURRENTLY idx_unique_store ON orders (store_id);\n"
            << "23505"
            << ""
            << "idx_unique_store";
        QTest::addRow("unknown column")
            << "006_unknown_column"
            << "-- transaction: no\nCREATE INDEX CONCURRENTLY idx_nope ON orders (no_such_column);\n"
            << "42703"
            << "columns:idx_nope"
            << "";
        QTest::addRow("transaction rolled back")
            << "007_half_done"
            << "-- transaction: yes\nCREATE TABLE t_keep (x int);\nINSERT INTO no_such_table VALUES (1);\n"
            << "42P01"
            << ""
            << "";
    }

    void rejectedStatementsFailCleanly() {
        QFETCH(QString, file);
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QFETCH(QString, preflightKey);
        QFETCH(QString, cleaned);
        QTemporaryDir dir;
        write(dir.filePath(file + QStringLiteral(".up.sql")), sql);
        const Catalog catalog = Catalog::load(dir.path());
        QCOMPARE(catalog.migrations().size(), 1);
        auto run = testutil::connect(m_dsn, QStringLiteral("pgdba migrate"));
        auto watch = testutil::connect(m_dsn);
        const Plan plan = migratefixture::planUp(*run, catalog, {});
        QCOMPARE(plan.versions(), QStringList{file.left(3)});
        const PreflightReport r = QCoro::waitFor(Preflight::run(run.get(), plan));
        if (!preflightKey.isEmpty()) {
            const Check *c = r.find(preflightKey);
            QVERIFY2(c && c->level == Check::Level::Fail, qPrintable(preflightKey));
            if (expected == QLatin1String("42P17"))
                QVERIFY2(c->title.contains(QStringLiteral("now() (STABLE)")), qPrintable(c->title));
        }
        Runner runner(run.get(), watch.get());
        const RunResult res = QCoro::waitFor(runner.run(plan)); // run anyway: PostgreSQL says no
        QVERIFY(!res.ok);
        QVERIFY2(res.error.contains(expected), qPrintable(res.error));
        QCOMPARE(res.migrations[0].cleanedUp, cleaned.isEmpty() ? QStringList() : QStringList{cleaned});
        QCOMPARE(migratefixture::recordedVersions(*m_test), QStringList{QStringLiteral("001")});
        QVERIFY(migratefixture::invalidIndexes(*m_test).isEmpty());
        QVERIFY(testutil::exec(*m_test, QStringLiteral("SELECT to_regclass('t_keep') IS NULL AS gone"))
                    .boolean(0, "gone"));
        QVERIFY(run->isReady());
    }

    void lockTimeoutBoundsTheWriterWait() {
        // A plain CREATE INDEX needs SHARE: it queues behind an open writer transaction, and
        // new writers queue behind it. The lock timeout ends that queue.
        write(m_dir.filePath(QStringLiteral("008_plain_index.up.sql")),
              QStringLiteral("-- description: a non-concurrent build\nCREATE INDEX idx_plain_store ON orders "
                             "(store_id);\n"));
        const Catalog catalog = Catalog::load(m_dir.path());
        auto run = testutil::connect(m_dsn, QStringLiteral("pgdba migrate"));
        auto watch = testutil::connect(m_dsn);
        auto writer = testutil::connect(m_dsn, QStringLiteral("queued writer"));
        auto holder = holdWriterTransaction();
        Runner runner(run.get(), watch.get());
        // Long enough for this test to see the writer queue on a loaded machine (1.5 s was not:
        // the window closed before the second wait saw it), short enough to bound the test.
        runner.setLockTimeoutMs(4000);
        auto task = runner.run(migratefixture::planUp(*run, catalog, {}));
        QVERIFY(testutil::waitUntil([&] { return waitingOnLock(*m_test, QStringLiteral("pgdba migrate")); },
                                    5000));
        QElapsedTimer clock;
        clock.start();
        auto insert = writer->query(QStringLiteral("INSERT INTO orders (store_id, pickup_address, "
                                                   "delivery_address) VALUES (2, 'queued', 'writer')"));
        // The writer really is queued behind the migration ...
        QVERIFY(testutil::waitUntil([&] { return waitingOnLock(*m_test, QStringLiteral("queued writer")); },
                                    3500));
        const pg::Result inserted = QCoro::waitFor(insert);
        const qint64 waited = clock.elapsed();
        // ... and released when the migration gives up, within the lock timeout (plus the round
        // trips of this test). The holder is still open here: without the lock timeout the
        // writer would wait as long as the holder does, i.e. this insert would never finish.
        QVERIFY2(inserted.ok(), qPrintable(inserted.error() ? inserted.error()->toString() : QString()));
        QVERIFY2(waited < runner.lockTimeoutMs() + 1000, qPrintable(QString::number(waited)));
        const RunResult res = QCoro::waitFor(task);
        testutil::exec(*holder, QStringLiteral("ROLLBACK"));
        QVERIFY(!res.ok);
        QVERIFY2(res.error.contains(QStringLiteral("55P03")) &&
                     res.error.contains(QStringLiteral("lock timeout")),
                 qPrintable(res.error));
        QVERIFY(
            testutil::exec(*m_test, QStringLiteral("SELECT to_regclass('idx_plain_store') IS NULL AS gone"))
                .boolean(0, "gone"));
        QCOMPARE(migratefixture::recordedVersions(*m_test), QStringList{QStringLiteral("001")});
    }
};

QTEST_GUILESS_MAIN(TestMigrationFailure)
#include "tst_migrationfailure.moc"
