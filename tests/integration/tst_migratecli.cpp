// `pgdba migrate` against the sandbox: status, up with preflight and progress lines, a schema
// made outside pgdba (preflight says so; baseline records it after checking its objects),
// down refused without --yes and done with it, and usage errors.
#include "migratefixture.h"

#include "cli/migrate.h"
#include "migrate/statementinfo.h"

#include <QTemporaryFile>

#include <cstdio>
#include <unistd.h>

namespace {
struct Captured {
    int code = -1;
    QString out;
};

// Runs the command with stdout redirected to a file (cli::out writes to stdout).
Captured runCli(const QStringList &args) {
    Captured c;
    QTemporaryFile f;
    if (!f.open())
        return c;
    fflush(stdout);
    const int saved = dup(1);
    dup2(f.handle(), 1);
    c.code = QCoro::waitFor(cli::runMigrate(args));
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    f.seek(0);
    c.out = QString::fromUtf8(f.readAll());
    return c;
}
} // namespace

class TestMigrateCli : public QObject {
    Q_OBJECT
    QString m_dsn;
    std::unique_ptr<pg::Connection> m_test;

    QStringList args(std::initializer_list<const char *> rest) {
        QStringList a{QStringLiteral("--dsn"), m_dsn};
        for (const char *r : rest)
            a << QString::fromUtf8(r);
        return a;
    }

private Q_SLOTS:
    void initTestCase() {
        // A schema made outside pgdba, as `pgdba demo init` does: 001's file run as a script.
        m_dsn = sandbox::createDatabase(QStringLiteral("pgdba_mig_cli"));
        m_test = testutil::connect(m_dsn);
        const auto results = QCoro::waitFor(
            m_test->execScript(migrate::Catalog::builtIn().find(QStringLiteral("001"))->upSql));
        QVERIFY(!results.isEmpty() && results.last().ok());
        testutil::exec(*m_test, migratefixture::fillSql(20000));
        testutil::exec(*m_test, migratefixture::eventsSql());
        testutil::exec(*m_test, QStringLiteral("ANALYZE"));
    }

    void usageErrors() {
        QCOMPARE(runCli(args({"sideways"})).code, 64);
        QCOMPARE(runCli(args({"down"})).code, 64);
        QCOMPARE(runCli(args({"baseline"})).code, 64);
        QCOMPARE(runCli(args({"status", "--lock-timeout", "soon"})).code, 64);
        QCOMPARE(runCli({QStringLiteral("--dsn"), QStringLiteral("host=127.0.0.1 port=1 connect_timeout=2"),
                         QStringLiteral("status")})
                     .code,
                 2);
    }

    void statusOfAFreshDatabase() {
        const Captured c = runCli(args({"status"}));
        QCOMPARE(c.code, 0);
        QVERIFY2(c.out.contains(QStringLiteral("001      initial_schema")), qPrintable(c.out));
        QVERIFY(c.out.contains(QStringLiteral("pending")));
        QVERIFY(c.out.contains(QStringLiteral("no version table")));
    }

    void schemaMadeOutsideIsReportedThenBaselined() {
        Captured c = runCli(args({"up", "002"}));
        QCOMPARE(c.code, 1);
        QVERIFY2(c.out.contains(QStringLiteral("[fail] orders: Table orders already exists")),
                 qPrintable(c.out));
        QVERIFY(c.out.contains(QStringLiteral("pgdba migrate baseline VERSION")));
        QVERIFY(migratefixture::validIndexes(*m_test).isEmpty()); // nothing ran

        c = runCli(args({"baseline", "002"})); // its indexes are not there
        QCOMPARE(c.code, 1);
        QVERIFY2(c.out.contains(QStringLiteral("MISSING: index idx_orders_active (missing)")),
                 qPrintable(c.out));
        c = runCli(args({"baseline", "001"}));
        QCOMPARE(c.code, 0);
        QVERIFY2(c.out.contains(QStringLiteral("present: table orders")), qPrintable(c.out));
        QCOMPARE(migratefixture::recordedVersions(*m_test), QStringList{QStringLiteral("001")});
        QCOMPARE(runCli(args({"baseline", "001"})).code, 1); // already applied
    }

    void upPrintsPreflightProgressAndResult() {
        const Captured c = runCli(args({"up", "002", "--lock-timeout", "3000", "--plans"}));
        QVERIFY2(c.code == 0, qPrintable(c.out));
        QVERIFY(c.out.contains(QStringLiteral("Plan: up: 002_add_performance_indexes")));
        QVERIFY(c.out.contains(QStringLiteral("Preflight: ")));
        QVERIFY(c.out.contains(QStringLiteral("lock_timeout = 3 s for this run")));
        QVERIFY(c.out.contains(QStringLiteral("→ CREATE INDEX CONCURRENTLY idx_orders_list ON orders")));
        QVERIFY(c.out.contains(QStringLiteral("verify idx_orders_list: valid and ready")));
        QVERIFY(c.out.contains(QStringLiteral("Recorded 002_add_performance_indexes")));
        QVERIFY(c.out.contains(QStringLiteral("Hot queries, before → after:")));
        QVERIFY(c.out.contains(QStringLiteral("up 002_add_performance_indexes: done")));
        QCOMPARE(migratefixture::validIndexes(*m_test), migratefixture::sevenIndexes());
        const Captured status = runCli(args({"status"}));
        QVERIFY(status.out.contains(QStringLiteral("002      add_performance_indexes            applied")));
        const Captured again = runCli(args({"up", "002"}));
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains(QStringLiteral("already applied")));
    }

    void downNeedsYes() {
        Captured c = runCli(args({"down", "002"}));
        QCOMPARE(c.code, 1);
        QVERIFY2(c.out.contains(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS idx_orders_active;")),
                 qPrintable(c.out));
        QCOMPARE(migratefixture::validIndexes(*m_test), migratefixture::sevenIndexes());
        c = runCli(args({"down", "002", "--yes"}));
        QVERIFY2(c.code == 0, qPrintable(c.out));
        QVERIFY(c.out.contains(QStringLiteral("Removed 002_add_performance_indexes from the version table")));
        QVERIFY(migratefixture::validIndexes(*m_test).isEmpty());
        QCOMPARE(migratefixture::recordedVersions(*m_test), QStringList{QStringLiteral("001")});
        QCOMPARE(runCli(args({"down", "002", "--yes"})).code, 1); // not applied any more
    }
};

QTEST_GUILESS_MAIN(TestMigrateCli)
#include "tst_migratecli.moc"
