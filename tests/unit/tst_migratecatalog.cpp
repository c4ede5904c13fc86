// Migration folders, statuses (applied / pending / failed / drift / missing), plans up and
// down, exports (plain SQL and Alembic) and the list model, without a server.
#include "migrate/catalog.h"
#include "migrate/exporter.h"
#include "migrate/migrationlistmodel.h"
#include "migrate/plan.h"
#include "migrate/progresswatcher.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace migrate;

class TestMigrateCatalog : public QObject {
    Q_OBJECT

    static void write(const QString &path, const QString &text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

    static AppliedVersion applied(const Migration &m, const QString &checksum = {}) {
        AppliedVersion a;
        a.version = m.version;
        a.name = m.name;
        a.checksum = checksum.isEmpty() ? m.checksum : checksum;
        a.appliedAt = QDateTime::currentDateTimeUtc();
        a.appliedBy = QStringLiteral("postgres (test)");
        a.durationMs = 1500;
        return a;
    }

private Q_SLOTS:
    void builtInFolder() {
        const Catalog c = Catalog::builtIn();
        QVERIFY(c.isBuiltIn());
        QVERIFY2(c.problems().isEmpty(), qPrintable(c.problems().join(QLatin1Char('\n'))));
        QVERIFY(c.migrations().size() >= 3);
        QCOMPARE(c.migrations()[0].title(), QStringLiteral("001_initial_schema"));
        const Migration *m = c.find(QStringLiteral("2"));
        QVERIFY(m);
        QCOMPARE(m->title(), QStringLiteral("002_add_performance_indexes"));
        QVERIFY(!m->upTransactional);
        QVERIFY(!m->downTransactional);
        QVERIFY(m->hasDown());
        QCOMPARE(m->checksum.size(), 64);
        QCOMPARE(c.previousVersion(QStringLiteral("002")), QStringLiteral("001"));
        QVERIFY(c.previousVersion(QStringLiteral("001")).isEmpty());
        QVERIFY(c.find(QStringLiteral("001"))->upTransactional);
        const Migration *ext = c.find(QStringLiteral("003"));
        QVERIFY(ext);
        QVERIFY(ext->upSql.contains(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")));
    }

    void userFolderProblems() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("010_later.up.sql")),
              QStringLiteral("-- description: later\nSELECT 10;"));
        write(dir.filePath(QStringLiteral("2_first.up.sql")),
              QStringLiteral("-- description: first\n-- transaction: no\nSELECT 2;"));
        write(dir.filePath(QStringLiteral("2_first.down.sql")), QStringLiteral("SELECT -2;"));
        write(dir.filePath(QStringLiteral("003_orphan.down.sql")), QStringLiteral("SELECT 3;"));
        write(dir.filePath(QStringLiteral("notes.sql")), QStringLiteral("SELECT 0;"));
        write(dir.filePath(QStringLiteral("010_clash.up.sql")), QStringLiteral("SELECT 11;"));
        const Catalog c = Catalog::load(dir.path());
        QVERIFY(!c.isBuiltIn());
        QStringList titles;
        for (const auto &m : c.migrations())
            titles << m.title();
        // Numeric order: 2 before 010.
        QCOMPARE(titles.first(), QStringLiteral("2_first"));
        QCOMPARE(c.migrations().first().description, QStringLiteral("first"));
        QVERIFY(!c.migrations().first().upTransactional);
        const QString problems = c.problems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("notes.sql: not a migration file name")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("003_orphan: has a down file but no up file")),
                 qPrintable(problems));
        // Two files for version 010 are an error, and neither is offered (issue 19, item 6).
        const QString errors = c.errors().join(QLatin1Char('\n'));
        QVERIFY2(errors.contains(QStringLiteral("version 010 is already used")), qPrintable(errors));
        for (const auto &m : c.migrations())
            QVERIFY(m.version != QLatin1String("010"));
        QVERIFY(Catalog::load(dir.filePath(QStringLiteral("nope")))
                    .problems()
                    .value(0)
                    .contains(QStringLiteral("does not exist")));
    }

    void checksumIgnoresLineEndings() {
        QCOMPARE(Migration::checksumOf(QStringLiteral("SELECT 1;\r\nSELECT 2;\r\n")),
                 Migration::checksumOf(QStringLiteral("SELECT 1;\nSELECT 2;\n")));
        QVERIFY(Migration::checksumOf(QStringLiteral("SELECT 1;")) !=
                Migration::checksumOf(QStringLiteral("SELECT 2;")));
    }

    void statuses() {
        const Catalog c = Catalog::builtIn();
        DatabaseState db;
        db.versionTable = true;
        db.applied << applied(*c.find(QStringLiteral("001")));
        AppliedVersion gone;
        gone.version = QStringLiteral("000");
        gone.name = QStringLiteral("removed_from_folder");
        gone.checksum = QStringLiteral("x");
        db.applied << gone;
        InvalidIndex inv;
        inv.schema = QStringLiteral("public");
        inv.name = QStringLiteral("idx_orders_list");
        inv.table = QStringLiteral("orders");
        db.invalidIndexes << inv;
        QList<MigrationStatus> s = computeStatus(c, db);
        QCOMPARE(s[0].status, Status::Applied);
        QCOMPARE(s[1].status, Status::Failed);
        QCOMPARE(s[1].invalidIndexes, QStringList{QStringLiteral("public.idx_orders_list")});
        QCOMPARE(s[2].status, Status::Pending);
        QCOMPARE(s.last().status, Status::Missing);
        QCOMPARE(statusKey(s.last().status), QStringLiteral("missing"));

        // An index being built right now is not a failure.
        db.invalidIndexes[0].buildingPid = 4242;
        QCOMPARE(computeStatus(c, db)[1].status, Status::Pending);

        // Drift: recorded with another checksum.
        db.applied[0] = applied(*c.find(QStringLiteral("001")), QStringLiteral("0123456789abcdef"));
        s = computeStatus(c, db);
        QCOMPARE(s[0].status, Status::Drift);
        QVERIFY(s[0].detail.contains(QStringLiteral("0123456789ab")));
        QVERIFY(s[0].isApplied());
    }

    void plans() {
        const Catalog c = Catalog::builtIn();
        DatabaseState db;
        QList<MigrationStatus> s = computeStatus(c, db);
        Plan up = Plan::up(s, QStringLiteral("002"));
        QCOMPARE(up.versions(), (QStringList{QStringLiteral("001"), QStringLiteral("002")}));
        QCOMPARE(up.describe(), QStringLiteral("up: 001_initial_schema, 002_add_performance_indexes"));
        QVERIFY(Plan::up(s).versions().size() >= 3);
        QVERIFY(Plan::up(s, QStringLiteral("999")).error.contains(QStringLiteral("no migration 999")));
        QVERIFY(Plan::down(s, QStringLiteral("002")).error.contains(QStringLiteral("not applied")));

        db.applied << applied(*c.find(QStringLiteral("001"))) << applied(*c.find(QStringLiteral("002")));
        s = computeStatus(c, db);
        QVERIFY(Plan::up(s, QStringLiteral("002")).error.contains(QStringLiteral("already applied")));
        QCOMPARE(Plan::up(s).versions().first(), QStringLiteral("003"));
        const Plan down = Plan::down(s, QStringLiteral("001"));
        QCOMPARE(down.direction, Direction::Down);
        QCOMPARE(down.versions(), (QStringList{QStringLiteral("002"), QStringLiteral("001")}));
        QCOMPARE(Plan::down(s, QStringLiteral("002")).versions(), QStringList{QStringLiteral("002")});
    }

    void plainSqlExport() {
        const Catalog c = Catalog::builtIn();
        const QString up = Exporter::plainSql(*c.find(QStringLiteral("002")), Direction::Up);
        QVERIFY(!up.contains(QStringLiteral("BEGIN;")));
        QVERIFY(up.contains(QStringLiteral("autocommit")));
        QCOMPARE(up.count(QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS")), 7);
        QVERIFY(up.contains(QStringLiteral("-- Covering index for the order list by status")));
        const QString schema = Exporter::plainSql(*c.find(QStringLiteral("001")), Direction::Up);
        QVERIFY(schema.contains(QStringLiteral("BEGIN;")));
        QVERIFY(schema.trimmed().endsWith(QStringLiteral("COMMIT;")));
        QVERIFY(Exporter::plainSql(*c.find(QStringLiteral("002")), Direction::Down)
                    .contains(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS idx_orders_active;")));
    }

    void alembicExport() {
        const Catalog c = Catalog::builtIn();
        const Migration m = *c.find(QStringLiteral("002"));
        const QString py = Exporter::alembicRevision(m, c.previousVersion(m.version));
        QVERIFY(py.contains(QStringLiteral("revision = \"002\"")));
        QVERIFY(py.contains(QStringLiteral("down_revision = \"001\"")));
        QCOMPARE(py.count(QStringLiteral("with op.get_context().autocommit_block():")),
                 2); // upgrade and downgrade
        QCOMPARE(py.count(QStringLiteral("op.execute(")), 14);
        QVERIFY(py.contains(QStringLiteral(
            "        op.execute(sa.text(\"\"\"\nCREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_active")));
        // A transactional migration's statements stay outside autocommit blocks.
        const QString schema = Exporter::alembicRevision(*c.find(QStringLiteral("001")), QString());
        QVERIFY(schema.contains(QStringLiteral("down_revision = None")));
        QVERIFY(!schema.contains(QStringLiteral("autocommit_block")));
        // Escaping: backslashes, triple quotes and SQLAlchemy binds; casts stay.
        QCOMPARE(
            Exporter::pythonLiteral(QStringLiteral("SELECT 'a\\b', ':x', 1::int, '\"\"\"'")),
            QStringLiteral("sa.text(\"\"\"\nSELECT 'a\\\\b', '\\\\:x', 1::int, '\\\"\\\"\\\"'\n\"\"\")"));

        // The file is valid Python (when an interpreter is there to say so).
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 not installed");
        QTemporaryDir dir;
        const QString file = dir.filePath(Exporter::fileName(m, QStringLiteral("alembic")));
        write(file, py);
        QProcess p;
        p.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import ast,sys; ast.parse(open(sys.argv[1]).read())"), file});
        QVERIFY(p.waitForFinished(20000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    void progressFraction() {
        BuildProgress b;
        b.phase = QStringLiteral("building index: scanning table");
        b.blocksTotal = 1000;
        b.blocksDone = 500;
        QCOMPARE(b.fraction(), 0.05 + 0.35 * 0.5);
        QVERIFY(b.text().contains(QStringLiteral("blocks 500 / 1,000")) ||
                b.text().contains(QStringLiteral("blocks 500 / 1000")));
        b.phase = QStringLiteral("waiting for old snapshots");
        b.lockersTotal = 4;
        b.lockersDone = 1;
        QCOMPARE(b.fraction(), 0.95 + 0.04 * 0.25);
        b.phase = QStringLiteral("initializing");
        QCOMPARE(b.fraction(), 0.0);
    }

    void listModel() {
        MigrationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Catalog c = Catalog::builtIn();
        DatabaseState db;
        db.applied << applied(*c.find(QStringLiteral("001")));
        model.setStatuses(computeStatus(c, db));
        QCOMPARE(model.rowCount(), int(c.migrations().size()));
        QCOMPARE(model.columnCount(), int(MigrationListModel::ColumnCount));
        QCOMPARE(model.index(0, MigrationListModel::Status).data().toString(), QStringLiteral("applied"));
        QCOMPARE(
            model.index(1, MigrationListModel::Status).data(MigrationListModel::StatusKeyRole).toString(),
            QStringLiteral("pending"));
        QCOMPARE(model.index(1, MigrationListModel::Name).data().toString(),
                 QStringLiteral("add_performance_indexes"));
        QCOMPARE(model.rowOfVersion(QStringLiteral("002")), 1);
        QVERIFY(!model.index(0, MigrationListModel::AppliedBy).data().toString().isEmpty());
        QCOMPARE(model.headerData(MigrationListModel::Version, Qt::Horizontal).toString(),
                 QStringLiteral("Version"));
        model.setStatuses({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrateCatalog)
#include "tst_migratecatalog.moc"
