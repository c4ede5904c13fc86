// `pgdba tune` as a process: offline recommendations for the ticket's VPS, the ALTER SYSTEM
// script and conf.d snippet, JSON compared with the sandbox, argument errors, and --apply
// (refused without --yes, applied with it; postgresql.auto.conf restored afterwards).
#include "sandbox.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestTuningCli : public QObject {
    Q_OBJECT

    struct Run {
        int code = -1;
        QString out, err;
    };
    Run pgdba(const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGDBA_NO_KEYRING"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"), QStringList{QStringLiteral("tune")} + args);
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    static QJsonObject setting(const QJsonObject &root, const QString &name) {
        for (const auto &v : root.value(QStringLiteral("settings")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        return {};
    }
    void restore() {
        sandbox::psql(QStringLiteral("ALTER SYSTEM RESET ALL"));
        sandbox::psql(QStringLiteral("SELECT pg_reload_conf()"));
        QVERIFY(testutil::waitUntil(
            [] {
                return sandbox::psql(QStringLiteral(
                           "SELECT count(*) FROM pg_settings WHERE pending_restart")) == QLatin1String("0") &&
                       sandbox::psql(QStringLiteral("SHOW random_page_cost")) == QLatin1String("4");
            },
            10000));
    }

private Q_SLOTS:
    void initTestCase() { restore(); }
    void cleanupTestCase() { restore(); }

    void offlineTicketVps() {
        const Run r = pgdba({});
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.contains(QStringLiteral("# 4 GB RAM, 2 CPUs, SSD, web, 100 connections, PostgreSQL 15")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("shared_buffers +1GB +restart"))));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("work_mem +9709kB +reload"))));
        const Run big = pgdba(
            {QStringLiteral("--ram"), QStringLiteral("24GB"), QStringLiteral("--cpus"), QStringLiteral("4")});
        QCOMPARE(big.code, 0);
        QVERIFY(big.out.contains(QRegularExpression(QStringLiteral("shared_buffers +6GB"))));
        QVERIFY(big.out.contains(QRegularExpression(QStringLiteral("work_mem +60494kB"))));
        QVERIFY(big.out.contains(QRegularExpression(QStringLiteral("max_parallel_workers_per_gather +2"))));
    }

    void scriptsOffline() {
        const Run sql = pgdba({QStringLiteral("--format"), QStringLiteral("sql")});
        QCOMPARE(sql.code, 0);
        QVERIFY(sql.out.contains(QStringLiteral("ALTER SYSTEM SET shared_buffers = '1GB';")));
        QVERIFY(sql.out.contains(QStringLiteral("ALTER SYSTEM SET log_min_duration_statement = '1000';")));
        QVERIFY(sql.out.trimmed().contains(QStringLiteral("SELECT pg_reload_conf();")));
        const Run conf = pgdba({QStringLiteral("--format"), QStringLiteral("conf"),
                                QStringLiteral("--workload"), QStringLiteral("oltp")});
        QCOMPARE(conf.code, 0);
        QVERIFY(conf.out.contains(QStringLiteral("max_wal_size = '8GB'")));
        QVERIFY(conf.out.contains(QStringLiteral("# Needs a restart: ")));
    }

    void badArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("ram") << QStringList{QStringLiteral("--ram"), QStringLiteral("lots")}
                             << QStringLiteral("--ram: \"lots\"");
        QTest::addRow("storage") << QStringList{QStringLiteral("--storage"), QStringLiteral("tape")}
                                 << QStringLiteral("not ssd, hdd or san");
        QTest::addRow("workload") << QStringList{QStringLiteral("--workload"), QStringLiteral("batch")}
                                  << QStringLiteral("not web, oltp");
        QTest::addRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("yaml")}
                                << QStringLiteral("--format");
        QTest::addRow("apply offline")
            << QStringList{QStringLiteral("--apply")} << QStringLiteral("--apply needs --dsn");
        QTest::addRow("only unknown")
            << QStringList{QStringLiteral("--dsn"), sandbox::dsn(), QStringLiteral("--apply"),
                           QStringLiteral("--only"), QStringLiteral("fsync")}
            << QStringLiteral("--only: \"fsync\" is not a recommended setting");
    }

    void badArguments() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = pgdba(args);
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void jsonAgainstServer() {
        const Run r = pgdba(
            {QStringLiteral("--dsn"), sandbox::dsn(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(root.value(QStringLiteral("connected")).toBool());
        QCOMPARE(root.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("pg_version")).toInt(),
                 15);
        const QJsonObject sb = setting(root, QStringLiteral("shared_buffers"));
        QCOMPARE(sb.value(QStringLiteral("current")).toString(), QStringLiteral("128MB"));
        QCOMPARE(sb.value(QStringLiteral("recommended")).toString(), QStringLiteral("1GB"));
        QCOMPARE(sb.value(QStringLiteral("context")).toString(), QStringLiteral("postmaster"));
        QCOMPARE(sb.value(QStringLiteral("takes_effect")).toString(), QStringLiteral("restart"));
        QVERIFY(sb.value(QStringLiteral("differs")).toBool());
        QVERIFY(!sb.value(QStringLiteral("pending_restart")).toBool());
        QVERIFY(sb.value(QStringLiteral("evidence")).toString().contains(QStringLiteral("Cache hit ratio")));
        QCOMPARE(setting(root, QStringLiteral("work_mem")).value(QStringLiteral("takes_effect")).toString(),
                 QStringLiteral("reload"));
        QVERIFY(!setting(root, QStringLiteral("track_io_timing")).value(QStringLiteral("differs")).toBool());
        QCOMPARE(root.value(QStringLiteral("evidence"))
                     .toObject()
                     .value(QStringLiteral("max_connections"))
                     .toInt(),
                 1200);
        // Connected, the script holds only what differs.
        const Run sql = pgdba(
            {QStringLiteral("--dsn"), sandbox::dsn(), QStringLiteral("--format"), QStringLiteral("sql")});
        QVERIFY(sql.out.contains(QStringLiteral("ALTER SYSTEM SET random_page_cost = '1.1';")));
        QVERIFY(!sql.out.contains(QStringLiteral("SET track_io_timing")));
        QVERIFY(sql.out.contains(QStringLiteral("-- restart, now 128MB")));
    }

    void applyNeedsYes() {
        // Postmaster settings that postgresql.conf does not set (huge_pages, wal_buffers) stay
        // "pending restart" even after ALTER SYSTEM RESET until the server restarts, so the
        // test applies a chosen few.
        const QStringList base = {QStringLiteral("--dsn"), sandbox::dsn(), QStringLiteral("--apply"),
                                  QStringLiteral("--only"),
                                  QStringLiteral("random_page_cost,shared_buffers,work_mem")};
        const Run dry = pgdba(base);
        QCOMPARE(dry.code, 1);
        QVERIFY(dry.out.contains(QStringLiteral("ALTER SYSTEM SET random_page_cost = '1.1';")));
        QVERIFY(!dry.out.contains(QStringLiteral("huge_pages")));
        QVERIFY(dry.err.contains(QStringLiteral("add --yes")));
        QCOMPARE(sandbox::psql(QStringLiteral("SHOW random_page_cost")), QStringLiteral("4"));

        const Run yes = pgdba(base + QStringList{QStringLiteral("--yes")});
        QVERIFY2(yes.code == 0, qPrintable(yes.out + yes.err));
        QVERIFY(yes.out.contains(QStringLiteral("In effect now: ")));
        QVERIFY(yes.out.contains(QStringLiteral("Written, waiting for a server restart: ")));
        QVERIFY(yes.out.contains(QStringLiteral("shared_buffers")));
        QCOMPARE(sandbox::psql(QStringLiteral("SHOW random_page_cost")), QStringLiteral("1.1"));
        QCOMPARE(sandbox::psql(
                     QStringLiteral("SELECT pending_restart FROM pg_settings WHERE name = 'shared_buffers'")),
                 QStringLiteral("t"));
        // The table now says so.
        const Run after = pgdba({QStringLiteral("--dsn"), sandbox::dsn()});
        QVERIFY2(after.out.contains(QRegularExpression(
                     QStringLiteral("shared_buffers +128MB +1GB +restart +PENDING RESTART"))),
                 qPrintable(after.out));
        restore();
    }
};

QTEST_GUILESS_MAIN(TestTuningCli)
#include "tst_tuningcli.moc"
