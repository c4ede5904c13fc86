// Migration runs that cannot hurt each other (issue 19, items 2, 6 and 7): one run per
// database at a time (the run lock), clean-up that only drops what this run built, destructive
// statements that wait for --yes, Ctrl+C that cancels and cleans up, and applied_by from the
// account, not $HOME. Real runs on the real sandbox, real pgdba processes.
#include "migratefixture.h"

#include "migrate/runlock.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using migrate::Catalog;
using migrate::Runner;
using migrate::RunResult;

class TestMigrationLock : public QObject {
    Q_OBJECT
    QString m_dsn;
    std::unique_ptr<pg::Connection> m_test;

    static void write(const QString &path, const QString &text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    QString buildPhase(const QString &app) {
        QVariantList p;
        p << app;
        const pg::Result r = testutil::exec(
            *m_test,
            QStringLiteral("SELECT p.phase FROM pg_stat_progress_create_index p JOIN pg_stat_activity a "
                           "ON a.pid = p.pid WHERE a.application_name = $1"),
            p);
        return r.rows() == 1 ? r.text(0, 0) : QString();
    }
    static QProcess *pgdba(const QStringList &args, QObject *parent, const QProcessEnvironment &env = {}) {
        auto *p = new QProcess(parent);
        if (!env.isEmpty())
            p->setProcessEnvironment(env);
        p->start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"), args);
        return p;
    }
    void down002() {
        auto c = testutil::connect(m_dsn);
        auto w = testutil::connect(m_dsn);
        Runner r(c.get(), w.get());
        const RunResult res =
            QCoro::waitFor(r.run(migratefixture::planDown(*c, Catalog::builtIn(), QStringLiteral("002"))));
        QVERIFY2(res.ok, qPrintable(res.error));
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        m_dsn = migratefixture::demoDatabase(QStringLiteral("pgdba_mig_lock"), 3000);
        m_test = testutil::connect(m_dsn);
        QVERIFY(m_test->isReady());
    }

    void concurrentRunsAreSerialisedAndLoseNothing() {
        for (int trial = 0; trial < 20; ++trial) {
            auto run1 = testutil::connect(m_dsn, QStringLiteral("pgdba migrate"));
            auto run2 = testutil::connect(m_dsn, QStringLiteral("pgdba migrate"));
            auto watch1 = testutil::connect(m_dsn), watch2 = testutil::connect(m_dsn);
            Runner a(run1.get(), watch1.get()), b(run2.get(), watch2.get());
            const migrate::Plan plan =
                migratefixture::planUp(*run1, Catalog::builtIn(), QStringLiteral("002"));
            QCOMPARE(plan.versions(), QStringList{QStringLiteral("002")});
            auto ta = a.run(plan);
            auto tb = b.run(plan); // both ask for the lock before either finishes
            const RunResult ra = QCoro::waitFor(ta), rb = QCoro::waitFor(tb);
            QVERIFY2(ra.ok != rb.ok,
                     qPrintable(QStringLiteral("trial %1: %2 / %3").arg(trial).arg(ra.error, rb.error)));
            const RunResult &loser = ra.ok ? rb : ra;
            QVERIFY(loser.locked);
            QVERIFY2(loser.error.contains(QStringLiteral("pid ")), qPrintable(loser.error));
            QVERIFY(loser.migrations.isEmpty()); // refused before any statement
            QCOMPARE(migratefixture::validIndexes(*m_test), migratefixture::sevenIndexes());
            QVERIFY(migratefixture::invalidIndexes(*m_test).isEmpty());
            QCOMPARE(migratefixture::recordedVersions(*m_test),
                     (QStringList{QStringLiteral("001"), QStringLiteral("002")}));
            down002();
        }
    }

    void cleanUpNeverDropsAnIndexItDidNotBuild() {
        // Someone else's failed build left INVALID idx_dup; our run's CREATE fails on the name.
        const pg::Result made = QCoro::waitFor(
            m_test->query(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY idx_dup ON orders (store_id)")));
        QVERIFY(!made.ok());
        QCOMPARE(migratefixture::invalidIndexes(*m_test), QStringList{QStringLiteral("idx_dup")});
        QTemporaryDir dir;
        write(
            dir.filePath(QStringLiteral("005_dup.up.sql")),
            QStringLiteral("-- transaction: no\nCREATE INDEX CONCURRENTLY idx_dup ON orders (store_id);\n"));
        Catalog catalog = Catalog::builtIn();
        catalog.add(Catalog::load(dir.path()).migrations().first());
        auto run = testutil::connect(m_dsn, QStringLiteral("pgdba migrate"));
        auto watch = testutil::connect(m_dsn);
        Runner r(run.get(), watch.get());
        migrate::Plan plan = migratefixture::planUp(*run, catalog, QStringLiteral("005"));
        plan.migrations.removeIf(
            [](const migrate::Migration &m) { return m.version != QLatin1String("005"); });
        const RunResult res = QCoro::waitFor(r.run(plan));
        QVERIFY(!res.ok);
        QVERIFY2(res.error.contains(QStringLiteral("42P07")), qPrintable(res.error));
        QVERIFY(res.migrations[0].cleanedUp.isEmpty());
        QCOMPARE(res.migrations[0].leftInvalid.size(), 1);
        QCOMPARE(migratefixture::invalidIndexes(*m_test), QStringList{QStringLiteral("idx_dup")});
        testutil::exec(*m_test, QStringLiteral("DROP INDEX idx_dup"));
    }

    void secondCommandSaysWhoHoldsTheLockOrWaits() {
        auto holder = testutil::connect(m_dsn, QStringLiteral("someone else"));
        const migrate::RunLock::Outcome held = QCoro::waitFor(migrate::RunLock::acquire(holder.get()));
        QVERIFY(held.acquired);
        const QStringList args = {QStringLiteral("migrate"), QStringLiteral("up"), QStringLiteral("002"),
                                  QStringLiteral("--dsn"), m_dsn};
        QProcess *refused = pgdba(args, this);
        QVERIFY(refused->waitForFinished(60000));
        QCOMPARE(refused->exitCode(), 3);
        const QByteArray why = refused->readAllStandardError();
        QVERIFY2(why.contains(QByteArray::number(holder->facts().backendPid)) && why.contains("someone else"),
                 why.constData());
        QCOMPARE(migratefixture::recordedVersions(*m_test), QStringList{QStringLiteral("001")});
        // --wait: runs once the holder lets go. Without $USER, applied_by is still the account.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("USER"));
        env.remove(QStringLiteral("LOGNAME"));
        QTemporaryDir home;
        env.insert(QStringLiteral("HOME"), home.path());
        QProcess *waiting = pgdba(args + QStringList{QStringLiteral("--wait")}, this, env);
        QVERIFY(testutil::waitUntil(
            [&] { return waiting->readAllStandardError().contains("Waiting for the migration run"); },
            30000));
        QCOMPARE(waiting->state(), QProcess::Running);
        QCoro::waitFor(migrate::RunLock::release(holder.get()));
        QVERIFY(waiting->waitForFinished(120000));
        QCOMPARE(waiting->exitCode(), 0);
        QCOMPARE(migratefixture::recordedVersions(*m_test),
                 (QStringList{QStringLiteral("001"), QStringLiteral("002")}));
        const QString by =
            testutil::exec(*m_test,
                           QStringLiteral("SELECT applied_by FROM pgdba_migrations WHERE version = '002'"))
                .text(0, 0);
        QVERIFY2(!by.startsWith(QFileInfo(home.path()).fileName()), qPrintable(by));
        QVERIFY2(by.startsWith(QStringLiteral("root")) || by.startsWith(qEnvironmentVariable("USER")),
                 qPrintable(by));
        down002();
    }

    void destructiveUpNeedsYes() {
        const QString dsn = sandbox::createDatabase(QStringLiteral("pgdba_mig_destructive"));
        auto c = testutil::connect(dsn);
        testutil::exec(*c, QStringLiteral("CREATE TABLE doomed AS SELECT generate_series(1, 50) AS x"));
        testutil::exec(*c, QStringLiteral("ANALYZE doomed"));
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("001_drop.up.sql")), QStringLiteral("DROP TABLE doomed;\n"));
        const QStringList args = {QStringLiteral("migrate"), QStringLiteral("up"),
                                  QStringLiteral("--dir"),   dir.path(),
                                  QStringLiteral("--dsn"),   dsn};
        QProcess *no = pgdba(args, this);
        QVERIFY(no->waitForFinished(60000));
        QCOMPARE(no->exitCode(), 1);
        const QByteArray said = no->readAllStandardOutput() + no->readAllStandardError();
        QVERIFY2(said.contains("DROP TABLE doomed") && said.contains("50 row") && said.contains("--yes"),
                 said.constData());
        QCOMPARE(testutil::exec(*c, QStringLiteral("SELECT to_regclass('doomed') IS NOT NULL")).text(0, 0),
                 QStringLiteral("t"));
        QProcess *yes = pgdba(args + QStringList{QStringLiteral("--yes")}, this);
        QVERIFY(yes->waitForFinished(60000));
        QCOMPARE(yes->exitCode(), 0);
        QCOMPARE(testutil::exec(*c, QStringLiteral("SELECT to_regclass('doomed') IS NULL")).text(0, 0),
                 QStringLiteral("t"));
        // Stray words are refused, not ignored.
        QProcess *stray =
            pgdba({QStringLiteral("locks"), QStringLiteral("--dsn"), dsn, QStringLiteral("oops")}, this);
        QVERIFY(stray->waitForFinished(60000));
        QCOMPARE(stray->exitCode(), 64);
    }

    void interruptCancelsAndCleansUp() {
        auto holder = testutil::connect(m_dsn, QStringLiteral("holder"));
        testutil::exec(*holder, QStringLiteral("BEGIN"));
        testutil::exec(*holder,
                       QStringLiteral("INSERT INTO orders (store_id, pickup_address, delivery_address) "
                                      "VALUES (1, 'held', 'open')"));
        QProcess *p =
            pgdba({QStringLiteral("migrate"), QStringLiteral("up"), QStringLiteral("002"),
                   QStringLiteral("--dsn"), m_dsn, QStringLiteral("--lock-timeout"), QStringLiteral("60000")},
                  this);
        QVERIFY(testutil::waitUntil(
            [&] {
                const QString phase = buildPhase(QStringLiteral("pgdba migrate"));
                return !phase.isEmpty() && phase != QLatin1String("initializing");
            },
            60000));
        ::kill(pid_t(p->processId()), SIGINT);
        QByteArray stderrSoFar; // kept whole: the line may arrive in two reads
        QVERIFY2(testutil::waitUntil(
                     [&] {
                         stderrSoFar += p->readAllStandardError();
                         return stderrSoFar.contains("Interrupted");
                     },
                     30000),
                 stderrSoFar.constData());
        testutil::exec(*holder, QStringLiteral("ROLLBACK")); // the clean-up's DROP waits for it
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 130);
        // Seen once in a loaded CI run: an INVALID index left after the interrupt. The run's own log
        // says what the clean-up did, so a failure explains itself.
        QVERIFY2(migratefixture::invalidIndexes(*m_test).isEmpty(),
                 qPrintable(migratefixture::invalidIndexes(*m_test).join(QStringLiteral(", ")) +
                            QStringLiteral("\n--- pgdba migrate said:\n") +
                            QString::fromUtf8(p->readAllStandardOutput() + stderrSoFar +
                                              p->readAllStandardError())));
        QCOMPARE(migratefixture::recordedVersions(*m_test), QStringList{QStringLiteral("001")});
        // The indexes built before the interrupt stay; a second run finishes the job.
        QProcess *again = pgdba({QStringLiteral("migrate"), QStringLiteral("up"), QStringLiteral("002"),
                                 QStringLiteral("--dsn"), m_dsn},
                                this);
        QVERIFY(again->waitForFinished(120000));
        QCOMPARE(again->exitCode(), 0);
        down002();
    }
};

QTEST_GUILESS_MAIN(TestMigrationLock)
#include "tst_migrationlock.moc"
