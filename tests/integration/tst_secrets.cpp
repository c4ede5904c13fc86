// A password never lands on disk, in a message or in `ps` (issue 19, item 3): every path that
// used to leak one — a DSN libpq cannot parse, a URI parse error, --dsn on the command line —
// is taken with a marker password, then every file pgdba wrote is searched for the marker.
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "pg/conninfo.h"
#include "pg/secrets.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSecrets : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    QProcessEnvironment env() const {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_home.path());
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        return e;
    }
    // Every file under the test's home that contains `marker`.
    QStringList filesWith(const QByteArray &marker) const {
        QStringList hits;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(marker))
                hits << f.fileName();
        }
        return hits;
    }

private Q_SLOTS:
    void redaction_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("dsn"); // a connection string (else a message that quotes one)
        QTest::addRow("uri") << QStringLiteral("postgresql://me:S3cr3t@db.example.com:5432/app") << true;
        QTest::addRow("uri with @ in the password") << QStringLiteral("postgres://me:S3c@r3t@db/app") << true;
        QTest::addRow("uri query") << QStringLiteral(
                                          "postgresql://db/app?user=me&password=S3cr3t&sslmode=require")
                                   << true;
        QTest::addRow("conninfo") << QStringLiteral("host=db password=S3cr3t user=me") << true;
        QTest::addRow("conninfo quoted") << QStringLiteral("host=db password = 'S3 cr\\'3t' user=me") << true;
        QTest::addRow("conninfo typo") << QStringLiteral("host=db sslmod=require password=S3cr3t") << true;
        QTest::addRow("libpq error")
            << QStringLiteral(
                   "end of string reached when looking for matching \"]\" in IPv6 host address in URI: "
                   "\"postgresql://u:S3cr3t@[::1/db\"")
            << false;
    }

    void redaction() {
        QFETCH(QString, text);
        QFETCH(bool, dsn);
        const QString r = pg::redactPasswords(text);
        QVERIFY2(!r.contains(QStringLiteral("S3")) && !r.contains(QStringLiteral("r3t")), qPrintable(r));
        // As libpq reads it ("me:S3c@r3t@db" is password S3c at host r3t@db), the password goes.
        if (dsn)
            QVERIFY2(!pg::ConnInfo(text).withoutPassword().dsn().contains(QStringLiteral("S3")),
                     qPrintable(pg::ConnInfo(text).withoutPassword().dsn()));
    }

    void unparsableDsnIsNeverSaved() {
        const QString file = m_home.filePath(QStringLiteral("profiles.conf"));
        core::ProfileStore store(file);
        core::Profile bad =
            core::Profile::fromDsn(QStringLiteral("host=db sslmod=require password=MarkerOne"));
        bad.dsn =
            QStringLiteral("host=db sslmod=require password=MarkerOne"); // as typed, before any stripping
        QVERIFY(store.save(bad).isEmpty());
        QVERIFY2(store.lastError().contains(QStringLiteral("sslmod")), qPrintable(store.lastError()));
        QVERIFY(!store.lastError().contains(QStringLiteral("MarkerOne")));
        core::Profile good;
        good.dsn = QStringLiteral("postgresql://me:MarkerOne@db/app");
        QVERIFY(!store.save(good).isEmpty());
        const QFileDevice::Permissions mode = QFile::permissions(file);
        QVERIFY(mode & QFileDevice::ReadOwner);
        QVERIFY(!(mode & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                          QFileDevice::WriteOther)));
        QCOMPARE(filesWith("MarkerOne"), QStringList());
    }

    void uriErrorDoesNotEchoThePassword() {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("ping"), QStringLiteral("--dsn"),
                 QStringLiteral("postgresql://u:MarkerTwo@[::1/db")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.exitCode() != 0);
        const QByteArray said = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(!said.isEmpty() && !said.contains("MarkerTwo"), said.constData());
        QCOMPARE(filesWith("MarkerTwo"), QStringList());
    }

    void passwordInDsnIsHiddenFromPs() {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("explain"), QStringLiteral("--dsn"),
                 sandbox::dsn(QStringLiteral("postgres")) + QStringLiteral(" password=MarkerThree"),
                 QStringLiteral("--query"), QStringLiteral("SELECT pg_sleep(2)"),
                 QStringLiteral("--analyze")});
        QVERIFY(p.waitForStarted());
        QByteArray cmdline;
        // Once pgdba's main() ran, its connection shows up on the server: read ps's view then.
        QVERIFY(testutil::waitUntil(
            [&] {
                return sandbox::psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                    "application_name = 'pgdba explain'"))
                           .trimmed() == QLatin1String("1");
            },
            30000));
        QFile proc(QStringLiteral("/proc/%1/cmdline").arg(p.processId()));
        QVERIFY(proc.open(QIODevice::ReadOnly));
        cmdline = proc.readAll();
        QVERIFY2(cmdline.contains("--dsn") && !cmdline.contains("MarkerThree"), cmdline.constData());
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0); // the program itself still had the whole DSN
        QCOMPARE(filesWith("MarkerThree"), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
