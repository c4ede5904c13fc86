// The ticket's migrations on a real demo database: 001 then 002 through preflight and the
// runner, the seven indexes valid, the hot queries using them, a writer never blocked,
// progress from pg_stat_progress_create_index, down removing indexes and record, drift,
// and Alembic's version table shown.
#include "loopchecker.h"
#include "migratefixture.h"

#include "migrate/hotqueries.h"
#include "migrate/preflight.h"
#include "migrate/status.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <qcoro/qcorotimer.h>

#include <chrono>

using namespace migrate;
using namespace std::chrono_literals;

namespace {
// Inserts orders one by one while the migration runs and remembers the slowest insert.
struct Writer {
    pg::Connection *c = nullptr;
    bool stop = false;
    bool done = false;
    int inserted = 0;
    int errors = 0;
    qint64 maxMs = 0;
    QString lastError;

    QCoro::Task<void> run() {
        while (!stop) {
            QElapsedTimer t;
            t.start();
            const pg::Result r =
                co_await c->query(QStringLiteral("INSERT INTO orders (store_id, pickup_address, "
                                                 "delivery_address) VALUES (7, 'writer', 'during build')"));
            maxMs = qMax(maxMs, t.elapsed());
            if (r.ok())
                ++inserted;
            else {
                ++errors;
                lastError = r.error()->toString();
            }
            co_await QCoro::sleepFor(5ms);
        }
        done = true;
    }
};

const PlanSnapshot *find(const QList<PlanSnapshot> &plans, const QString &key) {
    for (const auto &p : plans)
        if (p.key == key)
            return &p;
    return nullptr;
}
} // namespace

class TestMigrationRun : public QObject {
    Q_OBJECT
    QString m_dsn;
    std::unique_ptr<pg::Connection> m_run, m_watch, m_test;
    QList<PlanSnapshot> m_before;

private Q_SLOTS:
    void initTestCase() {
        m_dsn = migratefixture::demoDatabase(QStringLiteral("pgdba_mig_run"), 200000);
        m_run = testutil::connect(m_dsn, QStringLiteral("pgdba migrate"));
        m_watch = testutil::connect(m_dsn, QStringLiteral("pgdba migrate progress"));
        m_test = testutil::connect(m_dsn);
        QVERIFY(m_run->isReady() && m_watch->isReady() && m_test->isReady());
    }

    void schemaAppliedAndRecorded() {
        QCOMPARE(migratefixture::recordedVersions(*m_test), QStringList{QStringLiteral("001")});
        const DatabaseState db = QCoro::waitFor(VersionStore::read(m_run.get()));
        QVERIFY(!db.error);
        QVERIFY(db.versionTable);
        const QList<MigrationStatus> s = computeStatus(Catalog::builtIn(), db);
        QCOMPARE(s[0].status, Status::Applied);
        QCOMPARE(s[0].applied->checksum, Catalog::builtIn().find(QStringLiteral("001"))->checksum);
        QVERIFY2(s[0].applied->appliedBy.startsWith(QStringLiteral("postgres (")),
                 qPrintable(s[0].applied->appliedBy));
        QCOMPARE(s[1].status, Status::Pending);
        QCOMPARE(testutil::exec(*m_test, QStringLiteral("SELECT count(*) FROM orders")).int64(0, 0), 200000);
    }

    void preflightOf002() {
        const Plan plan = migratefixture::planUp(*m_run, Catalog::builtIn(), QStringLiteral("002"));
        QCOMPARE(plan.versions(), QStringList{QStringLiteral("002")});
        PreflightOptions o;
        o.lockTimeoutMs = 5000;
        const PreflightReport r = QCoro::waitFor(Preflight::run(m_run.get(), plan, o));
        QStringList failures;
        for (const auto &c : r.checks)
            if (c.level == Check::Level::Fail)
                failures << c.key + QStringLiteral(": ") + c.title + QStringLiteral(" — ") + c.detail;
        QVERIFY2(!r.hasFailures(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(r.hypopg);
        for (const QString &idx : migratefixture::sevenIndexes()) {
            const Check *dry = r.find(QStringLiteral("dry_run:") + idx);
            QVERIFY2(dry && dry->level == Check::Level::Pass, qPrintable(idx));
            QVERIFY(dry->detail.contains(QStringLiteral("CREATE INDEX ") + idx));
            const Check *size = r.find(QStringLiteral("size:") + idx);
            QVERIFY2(size && size->title.contains(QStringLiteral("HypoPG")), qPrintable(idx));
            QVERIFY(
                r.find(QStringLiteral("existing:") + idx)->title.contains(QStringLiteral("No index named")));
        }
        QVERIFY(r.find(QStringLiteral("server_version"))->title.contains(QStringLiteral("INCLUDE (11+)")));
        const Check *brin = r.find(QStringLiteral("brin:idx_orders_created_brin"));
        QVERIFY(brin && brin->level == Check::Level::Pass);
        QVERIFY(r.find(QStringLiteral("predicate:idx_orders_active"))->level == Check::Level::Pass);
        QCOMPARE(r.find(QStringLiteral("transaction_mode:002"))->level, Check::Level::Info);
        QVERIFY(r.find(QStringLiteral("lock_timeout"))->title.contains(QStringLiteral("5")));
        QCOMPARE(r.find(QStringLiteral("long_transactions"))->level, Check::Level::Pass);

        // HypoPG: the list query's plan with the hypothetical indexes, before building anything.
        QStringList creates;
        const ScriptInfo script = analyzeScript(plan.migrations[0].upSql);
        for (const auto &s : script.statements)
            creates << s.statement.sql;
        QString note;
        QList<HotQuery> q;
        for (const auto &h : HotQueries::all())
            if (h.key == QLatin1String("list_status"))
                q << h;
        const QList<PlanComparison> hypo =
            QCoro::waitFor(HotQueries::hypothetical(m_run.get(), q, creates, &note));
        QCOMPARE(hypo.size(), 1);
        QVERIFY2(hypo[0].before.seqScan, qPrintable(hypo[0].before.headline()));
        QVERIFY2(!hypo[0].after.seqScan &&
                     hypo[0].after.indexes.value(0) == QStringLiteral("idx_orders_list (hypothetical)"),
                 qPrintable(hypo[0].after.headline()));
        QVERIFY(hypo[0].after.totalCost < hypo[0].before.totalCost);
        QVERIFY(note.contains(QStringLiteral("7 hypothetical")));
        QVERIFY(migratefixture::validIndexes(*m_test).isEmpty()); // nothing was built
    }

    void applyWithProgressWhileWriting() {
        m_before = QCoro::waitFor(HotQueries::capture(m_run.get(), HotQueries::all(), true));
        QCOMPARE(m_before.size(), 10);
        QVERIFY(find(m_before, QStringLiteral("list_new"))->seqScan);

        auto writerConn = testutil::connect(m_dsn, QStringLiteral("writer"));
        Writer writer;
        writer.c = writerConn.get();
        writer.run();
        LoopChecker loop;
        Runner runner(m_run.get(), m_watch.get());
        runner.setLockTimeoutMs(5000);
        runner.watcher()->setInterval(20);
        QSignalSpy progress(&runner, &Runner::progress);
        QSignalSpy finished(&runner, &Runner::statementFinished);
        QStringList phases, indexes;
        connect(&runner, &Runner::progress, this, [&](const BuildProgress &b) {
            if (!phases.contains(b.phase))
                phases << b.phase;
            if (!indexes.contains(b.index))
                indexes << b.index;
            QVERIFY(b.fraction() >= 0 && b.fraction() <= 1);
        });
        const RunResult res = QCoro::waitFor(
            runner.run(migratefixture::planUp(*m_run, Catalog::builtIn(), QStringLiteral("002"))));
        writer.stop = true;
        QVERIFY(testutil::waitUntil([&] { return writer.done; }, 10000));
        QVERIFY2(res.ok, qPrintable(res.error));
        QCOMPARE(finished.count(), 7);
        QVERIFY2(progress.count() >= 7, qPrintable(QString::number(progress.count())));
        QVERIFY2(phases.join(QLatin1Char('|')).contains(QStringLiteral("building index")),
                 qPrintable(phases.join(QLatin1Char('|'))));
        QVERIFY2(indexes.size() >= 5, qPrintable(indexes.join(QLatin1Char(','))));
        QVERIFY(loop.maxGapMs() < 200);

        // The writer kept inserting through all seven builds and was never held up by them.
        QVERIFY2(writer.inserted > 20, qPrintable(QString::number(writer.inserted)));
        QVERIFY2(writer.errors == 0, qPrintable(writer.lastError));
        QVERIFY2(writer.maxMs < runner.lockTimeoutMs(), qPrintable(QString::number(writer.maxMs)));

        const MigrationOutcome &o = res.migrations.at(0);
        QVERIFY(o.ran && o.verified && o.recorded);
        QCOMPARE(o.indexes.size(), 7);
        for (const auto &v : o.indexes) {
            QVERIFY2(v.ok(), qPrintable(v.name));
            QVERIFY(v.sizeBytes > 0);
        }
        QCOMPARE(migratefixture::validIndexes(*m_test), migratefixture::sevenIndexes());
        QVERIFY(migratefixture::invalidIndexes(*m_test).isEmpty());
        QCOMPARE(migratefixture::recordedVersions(*m_test),
                 (QStringList{QStringLiteral("001"), QStringLiteral("002")}));
        const pg::Result rec = testutil::exec(
            *m_test, QStringLiteral("SELECT checksum, duration > interval '0' AS took_time, applied_by FROM "
                                    "public.pgdba_migrations WHERE version = '002'"));
        QCOMPARE(rec.text(0, "checksum"), Catalog::builtIn().find(QStringLiteral("002"))->checksum);
        QVERIFY(rec.boolean(0, "took_time"));
    }

    void hotQueriesUseTheIndexes_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("index");
        QTest::addColumn<QString>("node");
        QTest::addRow("list new") << "list_new"
                                  << "idx_orders_active"
                                  << "Index Scan";
        QTest::addRow("list view") << "list_status"
                                   << "idx_orders_list"
                                   << "Index Only Scan";
        QTest::addRow("active") << "active"
                                << "idx_orders_active"
                                << "Index Scan";
        QTest::addRow("claim next") << "claim_next"
                                    << "idx_orders_claimable"
                                    << "Index Scan";
        QTest::addRow("courier") << "courier_orders"
                                 << "idx_orders_courier"
                                 << "Index";
        QTest::addRow("last day") << "orders_last_day"
                                  << "idx_orders_created_brin"
                                  << "Bitmap Index Scan";
        QTest::addRow("events") << "order_events"
                                << "idx_order_events_order"
                                << "Index Scan";
        QTest::addRow("recent events") << "recent_events"
                                       << "idx_order_events_recent"
                                       << "Index Scan";
    }

    void hotQueriesUseTheIndexes() {
        QFETCH(QString, key);
        QFETCH(QString, index);
        QFETCH(QString, node);
        static QList<PlanSnapshot> after =
            QCoro::waitFor(HotQueries::capture(m_run.get(), HotQueries::all(), true));
        const PlanSnapshot *a = find(after, key);
        const PlanSnapshot *b = find(m_before, key);
        QVERIFY(a && b && a->available && b->available);
        QVERIFY2(a->indexes.contains(index), qPrintable(a->headline()));
        bool scanned = false;
        for (const QString &scan : a->scans)
            scanned = scanned || (scan.contains(node) && scan.contains(index));
        QVERIFY2(scanned, qPrintable(a->headline()));
        QVERIFY2(!a->seqScan, qPrintable(a->headline()));
        QVERIFY2(!b->indexes.contains(index), qPrintable(b->headline()));
        QVERIFY(a->executionMs >= 0 && b->executionMs >= 0);
        PlanComparison c;
        c.before = *b;
        c.after = *a;
        QVERIFY2(c.verdict().contains(index), qPrintable(c.verdict()));
    }

    void secondRunFindsNothingToDo() {
        const DatabaseState db = QCoro::waitFor(VersionStore::read(m_run.get()));
        const Plan again = Plan::up(computeStatus(Catalog::builtIn(), db), QStringLiteral("002"));
        QVERIFY(again.isEmpty());
        QVERIFY(again.error.contains(QStringLiteral("already applied")));
    }

    void driftDetection() {
        QTemporaryDir dir;
        for (const QString &f : QDir(Catalog::builtInFolder()).entryList({QStringLiteral("00[12]_*.sql")})) {
            QFile::copy(QDir(Catalog::builtInFolder()).filePath(f), dir.filePath(f));
            QFile::setPermissions(dir.filePath(f), QFile::ReadOwner | QFile::WriteOwner);
        }
        DatabaseState db = QCoro::waitFor(VersionStore::read(m_run.get()));
        QList<MigrationStatus> s = computeStatus(Catalog::load(dir.path()), db);
        QCOMPARE(s[0].status, Status::Applied);
        QCOMPARE(s[1].status, Status::Applied);
        // Someone edits an applied migration.
        QFile f(dir.filePath(QStringLiteral("002_add_performance_indexes.up.sql")));
        QVERIFY(f.open(QIODevice::Append));
        f.write("\nCREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_store ON orders (store_id);\n");
        f.close();
        s = computeStatus(Catalog::load(dir.path()), db);
        QCOMPARE(s[1].status, Status::Drift);
        QVERIFY(s[1].detail.contains(QStringLiteral("changed after it was applied")));
        QCOMPARE(s[0].status, Status::Applied);
        // A recorded version whose file is gone.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("001_initial_schema.up.sql"))));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("001_initial_schema.down.sql"))));
        s = computeStatus(Catalog::load(dir.path()), db);
        QCOMPARE(s.last().status, Status::Missing);
        QCOMPARE(s.last().migration.version, QStringLiteral("001"));
    }

    void alembicVersionIsShown() {
        testutil::exec(*m_test,
                       QStringLiteral("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)"));
        testutil::exec(*m_test, QStringLiteral("INSERT INTO alembic_version VALUES ('002')"));
        const DatabaseState db = QCoro::waitFor(VersionStore::read(m_run.get()));
        QVERIFY(db.alembicTable);
        QCOMPARE(db.alembicVersions, QStringList{QStringLiteral("002")});
        testutil::exec(*m_test, QStringLiteral("DROP TABLE alembic_version"));
    }

    void downRemovesIndexesAndRecord() {
        const Plan plan = migratefixture::planDown(*m_run, Catalog::builtIn(), QStringLiteral("002"));
        QCOMPARE(plan.versions(), QStringList{QStringLiteral("002")});
        const PreflightReport r = QCoro::waitFor(Preflight::run(m_run.get(), plan));
        QVERIFY(!r.hasFailures());
        QCOMPARE(r.find(QStringLiteral("drop:idx_orders_list"))->level, Check::Level::Pass);
        Runner runner(m_run.get(), m_watch.get());
        const RunResult res = QCoro::waitFor(runner.run(plan));
        QVERIFY2(res.ok, qPrintable(res.error));
        QCOMPARE(res.migrations[0].indexes.size(), 7);
        for (const auto &v : res.migrations[0].indexes)
            QVERIFY2(!v.expectPresent && !v.present, qPrintable(v.name));
        QVERIFY(migratefixture::validIndexes(*m_test).isEmpty());
        QCOMPARE(migratefixture::recordedVersions(*m_test), QStringList{QStringLiteral("001")});
        const QList<MigrationStatus> s =
            computeStatus(Catalog::builtIn(), QCoro::waitFor(VersionStore::read(m_run.get())));
        QCOMPARE(s[1].status, Status::Pending);
    }
};

QTEST_GUILESS_MAIN(TestMigrationRun)
#include "tst_migrationrun.moc"
