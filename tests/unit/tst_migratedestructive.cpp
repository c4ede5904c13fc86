// Migrations that destroy or that are ambiguous (issue 19, item 6): destructive statements are
// recognised by their leading words through the SQL lexer, and a folder with two files of the
// same version number ("001" and "1") is an error whose migrations are never offered.
#include "migrate/catalog.h"
#include "migrate/destructive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestMigrateDestructive : public QObject {
    Q_OBJECT

    static void write(const QString &path, const QString &text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

private Q_SLOTS:
    void recognised_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("action"); // empty: not destructive
        QTest::addColumn<QStringList>("objects");
        QTest::addRow("drop table") << "DROP TABLE IF EXISTS archive, public.old CASCADE" << "DROP TABLE"
                                    << QStringList{"archive", "public.old"};
        QTest::addRow("drop index") << "DROP INDEX CONCURRENTLY idx_a" << "DROP INDEX" << QStringList{"idx_a"};
        QTest::addRow("drop mat view") << "DROP MATERIALIZED VIEW mv" << "DROP MATERIALIZED VIEW"
                                       << QStringList{"mv"};
        QTest::addRow("truncate") << "TRUNCATE TABLE ONLY orders, events" << "TRUNCATE"
                                  << QStringList{"orders", "events"};
        QTest::addRow("delete all") << "DELETE FROM orders" << "DELETE without WHERE" << QStringList{"orders"};
        QTest::addRow("delete some") << "DELETE FROM orders WHERE id = 1" << "" << QStringList{};
        QTest::addRow("update all") << "UPDATE orders SET status = 'x'" << "UPDATE without WHERE"
                                    << QStringList{"orders"};
        QTest::addRow("update with subquery where") << "UPDATE orders SET a = (SELECT 1 WHERE true)"
                                                    << "UPDATE without WHERE" << QStringList{"orders"};
        QTest::addRow("drop column") << "ALTER TABLE orders DROP COLUMN note" << "ALTER TABLE ... DROP COLUMN"
                                     << QStringList{"orders.note"};
        QTest::addRow("drop bare column") << "ALTER TABLE orders DROP note" << "ALTER TABLE ... DROP COLUMN"
                                          << QStringList{"orders.note"};
        QTest::addRow("drop not null") << "ALTER TABLE orders ALTER COLUMN note DROP NOT NULL" << ""
                                       << QStringList{};
        QTest::addRow("fk cascade") << "CREATE TABLE e (id int REFERENCES orders ON DELETE CASCADE)" << ""
                                    << QStringList{};
        QTest::addRow("comment") << "-- DROP TABLE orders\nSELECT 1" << "" << QStringList{};
        QTest::addRow("create index") << "CREATE INDEX CONCURRENTLY i ON t (a)" << "" << QStringList{};
    }

    void recognised() {
        QFETCH(QString, sql);
        QFETCH(QString, action);
        QFETCH(QStringList, objects);
        const auto d = migrate::destructiveOf(sql);
        QCOMPARE(d.has_value(), !action.isEmpty());
        if (d) {
            QCOMPARE(d->action, action);
            QCOMPARE(d->objects, objects);
        }
    }

    void sameVersionNumberIsAnError() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("001_a.up.sql")), QStringLiteral("CREATE TABLE a (x int);"));
        write(dir.filePath(QStringLiteral("1_b.up.sql")), QStringLiteral("CREATE TABLE b (x int);"));
        write(dir.filePath(QStringLiteral("002_c.up.sql")), QStringLiteral("CREATE TABLE c (x int);"));
        const migrate::Catalog c = migrate::Catalog::load(dir.path());
        QCOMPARE(c.errors().size(), 1);
        QVERIFY2(c.errors().first().contains(QStringLiteral("already used")), qPrintable(c.errors().first()));
        QCOMPARE(c.migrations().size(), 1); // neither 001_a nor 1_b
        QCOMPARE(c.migrations().first().version, QStringLiteral("002"));
        QVERIFY(!c.find(QStringLiteral("1")));
    }
};

QTEST_GUILESS_MAIN(TestMigrateDestructive)
#include "tst_migratedestructive.moc"
