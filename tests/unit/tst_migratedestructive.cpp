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
        QTest::addRow("drop table") << QStringLiteral("DROP TABLE IF EXISTS archive, public.old CASCADE")
                                    << QStringLiteral("DROP TABLE")
                                    << QStringList{QStringLiteral("archive"), QStringLiteral("public.old")};
        QTest::addRow("drop index") << QStringLiteral("DROP INDEX CONCURRENTLY idx_a")
                                    << QStringLiteral("DROP INDEX") << QStringList{QStringLiteral("idx_a")};
        QTest::addRow("drop mat view")
            << QStringLiteral("DROP MATERIALIZED VIEW mv") << QStringLiteral("DROP MATERIALIZED VIEW")
            << QStringList{QStringLiteral("mv")};
        QTest::addRow("truncate") << QStringLiteral("TRUNCATE TABLE ONLY orders, events")
                                  << QStringLiteral("TRUNCATE")
                                  << QStringList{QStringLiteral("orders"), QStringLiteral("events")};
        QTest::addRow("delete all") << QStringLiteral("DELETE FROM orders")
                                    << QStringLiteral("DELETE without WHERE")
                                    << QStringList{QStringLiteral("orders")};
        QTest::addRow("delete some") << QStringLiteral("DELETE FROM orders WHERE id = 1")
                                     << QStringLiteral("") << QStringList{};
        QTest::addRow("update all") << QStringLiteral("UPDATE orders SET status = 'x'")
                                    << QStringLiteral("UPDATE without WHERE")
                                    << QStringList{QStringLiteral("orders")};
        QTest::addRow("update with subquery where")
            << QStringLiteral("UPDATE orders SET a = (SELECT 1 WHERE true)")
            << QStringLiteral("UPDATE without WHERE") << QStringList{QStringLiteral("orders")};
        QTest::addRow("drop column") << QStringLiteral("ALTER TABLE orders DROP COLUMN note")
                                     << QStringLiteral("ALTER TABLE ... DROP COLUMN")
                                     << QStringList{QStringLiteral("orders.note")};
        QTest::addRow("drop bare column")
            << QStringLiteral("ALTER TABLE orders DROP note") << QStringLiteral("ALTER TABLE ... DROP COLUMN")
            << QStringList{QStringLiteral("orders.note")};
        QTest::addRow("drop not null") << QStringLiteral("ALTER TABLE orders ALTER COLUMN note DROP NOT NULL")
                                       << QStringLiteral("") << QStringList{};
        QTest::addRow("fk cascade") << QStringLiteral(
                                           "CREATE TABLE e (id int REFERENCES orders ON DELETE CASCADE)")
                                    << QStringLiteral("") << QStringList{};
        QTest::addRow("comment") << QStringLiteral("-- DROP TABLE orders\nSELECT 1") << QStringLiteral("")
                                 << QStringList{};
        QTest::addRow("create index")
            << QStringLiteral("CREATE INDEX CONCURRENTLY i ON t (a)") << QStringLiteral("") << QStringList{};
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
