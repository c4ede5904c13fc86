// Pure parsing and bookkeeping: conninfo handling, arrays, timestamps, backoff, profiles.
#include "core/profilestore.h"
#include "pg/conninfo.h"
#include "pg/reconnectpolicy.h"
#include "pg/result.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestConnInfo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void uriAndConninfo()
    {
        const pg::ConnInfo uri(QStringLiteral("postgresql://alice:secret@db.example.com:6543/shop?sslmode=require"));
        QCOMPARE(uri.get("host"), QStringLiteral("db.example.com"));
        QCOMPARE(uri.get("port"), QStringLiteral("6543"));
        QCOMPARE(uri.get("dbname"), QStringLiteral("shop"));
        QCOMPARE(uri.get("sslmode"), QStringLiteral("require"));
        QCOMPARE(uri.password(), QStringLiteral("secret"));
        QCOMPARE(uri.displayName(), QStringLiteral("alice@db.example.com:6543/shop"));
        QVERIFY(uri.validate().isEmpty());
        const pg::ConnInfo kv(QStringLiteral("host=/tmp port=5433 dbname='my db' user=bob"));
        QCOMPARE(kv.get("dbname"), QStringLiteral("my db"));
        QCOMPARE(kv.displayName(), QStringLiteral("bob@[socket]:5433/my db"));
        QVERIFY(!pg::ConnInfo(QStringLiteral("host=x nonsense=1")).validate().isEmpty());
        QVERIFY(!pg::ConnInfo(QStringLiteral("postgresql://[broken")).validate().isEmpty());
        // A bare word is a database name, like psql's first argument.
        QCOMPARE(pg::ConnInfo(QStringLiteral("delivery")).get("dbname"), QStringLiteral("delivery"));
    }

    void passwordIsStripped()
    {
        const pg::ConnInfo uri(QStringLiteral("postgresql://alice:s3cr3t@h/db"));
        const pg::ConnInfo clean = uri.withoutPassword();
        QVERIFY(!clean.dsn().contains(QStringLiteral("s3cr3t")));
        QCOMPARE(clean.get("user"), QStringLiteral("alice"));
        QCOMPARE(clean.get("host"), QStringLiteral("h"));
        pg::ConnInfo kv(QStringLiteral("host=h password='p w' user=u"));
        kv.set("password", QStringLiteral("other"));
        QVERIFY(!kv.withoutPassword().toConnString().contains(QStringLiteral("p w")));
        QVERIFY(!kv.withoutPassword().toConnString().contains(QStringLiteral("other")));
        QVERIFY(kv.toConnString(true).contains(QStringLiteral("other")));
    }

    void overridesWin()
    {
        pg::ConnInfo c(QStringLiteral("postgresql://u@h:1/a"));
        c.set("dbname", QStringLiteral("b"));
        c.set("port", QStringLiteral("2"));
        QCOMPARE(c.get("dbname"), QStringLiteral("b"));
        QCOMPARE(c.effective().value("port"), QStringLiteral("2"));
        QCOMPARE(c.keywords().first(), QByteArray("dbname"));
        QCOMPARE(c.values().first(), QByteArray("postgresql://u@h:1/a"));
    }

    void arrays_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("empty") << QStringLiteral("{}") << QStringList{};
        QTest::addRow("ints") << QStringLiteral("{1,2,3}") << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
        QTest::addRow("quoted") << QStringLiteral("{\"a b\",\"c\\\"d\",NULL,\"NULL\"}")
                                << QStringList{QStringLiteral("a b"), QStringLiteral("c\"d"), QString(), QStringLiteral("NULL")};
    }
    void arrays()
    {
        QFETCH(QString, literal);
        QFETCH(QStringList, expected);
        const QStringList got = pg::Result::parseArray(literal);
        QCOMPARE(got, expected);
        if (expected.size() > 2)
            QVERIFY(got[2].isNull() == expected[2].isNull());
    }

    void timestamps()
    {
        const QDateTime t = pg::Result::parseTimestamp(QStringLiteral("2026-11-27 09:12:15.123456+00"));
        QVERIFY(t.isValid());
        QCOMPARE(t.toUTC(), QDateTime(QDate(2026, 11, 27), QTime(9, 12, 15, 123), Qt::UTC));
        const QDateTime k = pg::Result::parseTimestamp(QStringLiteral("2026-11-27 14:42:15+05:30"));
        QCOMPARE(k.toUTC(), QDateTime(QDate(2026, 11, 27), QTime(9, 12, 15), Qt::UTC));
        QVERIFY(!pg::Result::parseTimestamp(QString()).isValid());
    }

    void backoff()
    {
        pg::ReconnectPolicy p(std::chrono::milliseconds(500), std::chrono::milliseconds(4000), 6);
        QCOMPARE(p.delayFor(0).count(), 500);
        QCOMPARE(p.delayFor(1).count(), 1000);
        QCOMPARE(p.delayFor(3).count(), 4000);
        QCOMPARE(p.delayFor(5).count(), 4000);
        QVERIFY(p.delayFor(6).count() < 0);
        p.setEnabled(false);
        QVERIFY(p.delayFor(0).count() < 0);
    }

    void profilesSaveLoadWithoutPasswords()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pgdba.ini"));
        QString id;
        {
            core::ProfileStore store(file);
            QString pw;
            core::Profile p = core::Profile::fromDsn(QStringLiteral("postgresql://alice:TopSecret1@db1:5432/shop"), &pw);
            QCOMPARE(pw, QStringLiteral("TopSecret1"));
            p.name = QStringLiteral("Shop primary");
            id = store.save(p);
            core::Profile q;
            q.name = QStringLiteral("fields");
            q.host = QStringLiteral("10.0.0.5");
            q.port = 6432;
            q.user = QStringLiteral("bob");
            q.dbname = QStringLiteral("orders");
            q.sslmode = QStringLiteral("verify-full");
            q.dsn = QStringLiteral("host=x password=AlsoSecret2");
            store.save(q);
        }
        core::ProfileStore again(file);
        QCOMPARE(again.profiles().size(), 2);
        const core::Profile *p = again.find(id);
        QVERIFY(p);
        QCOMPARE(p->name, QStringLiteral("Shop primary"));
        QCOMPARE(p->connInfo().get("host"), QStringLiteral("db1"));
        QCOMPARE(p->connInfo().get("user"), QStringLiteral("alice"));
        QCOMPARE(again.profiles()[1].connInfo().get("port"), QStringLiteral("6432"));
        QCOMPARE(again.profiles()[1].connInfo().get("sslmode"), QStringLiteral("verify-full"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("Shop primary"));
        QVERIFY(!text.contains("TopSecret1"));
        QVERIFY(!text.contains("AlsoSecret2"));
        QVERIFY(!text.contains("password"));
        again.remove(id);
        QCOMPARE(again.profiles().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConnInfo)
#include "tst_conninfo.moc"
