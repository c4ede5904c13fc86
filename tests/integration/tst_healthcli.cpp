// `pgdba health` as a process, the way cron runs it: exit 0 when nothing is critical, 2 when
// a check is critical (a real idle-in-transaction session past a threshold given on the
// command line), 3 when it cannot connect, 64 for bad thresholds; --json with stable fields.
#include "sandbox.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestHealthCli : public QObject {
    Q_OBJECT
    QString m_dsn;

    struct Run {
        int code = -1;
        QString out, err;
    };
    Run pgdba(const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGDBA_NO_KEYRING"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   QDir::tempPath() + QStringLiteral("/pgdba-healthcli-config"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"), QStringList{QStringLiteral("health")} + args);
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    static QJsonObject check(const QJsonObject &root, const QString &id) {
        for (const auto &v : root.value(QStringLiteral("checks")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase() { m_dsn = sandbox::createDatabase(QStringLiteral("healthcli_test")); }
    void cleanupTestCase() {
        sandbox::psql(QStringLiteral("DROP DATABASE IF EXISTS healthcli_test WITH (FORCE)"));
    }

    void healthyExitsZero() {
        const Run r = pgdba({QStringLiteral("--dsn"), m_dsn});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("Health of database healthcli_test (PostgreSQL 15")));
        QVERIFY(r.out.contains(QStringLiteral("[ OK ] Invalid indexes: No invalid indexes.")));
        QVERIFY(r.out.contains(QStringLiteral("[ OK ] Connections: ")));
    }

    void criticalExitsTwoWithJson() {
        auto app = testutil::connect(m_dsn, QStringLiteral("cron test app"));
        testutil::exec(*app, QStringLiteral("CREATE TABLE t (id int)"));
        testutil::exec(*app, QStringLiteral("BEGIN"));
        testutil::exec(*app, QStringLiteral("INSERT INTO t VALUES (1)"));
        QVERIFY(
            testutil::waitForActivity(QStringLiteral("pid = %1 AND state = 'idle in transaction' AND "
                                                     "clock_timestamp() - state_change > interval '1.1 s'")
                                          .arg(app->facts().backendPid)));
        const QStringList args = {QStringLiteral("--dsn"),       m_dsn,
                                  QStringLiteral("--threshold"), QStringLiteral("idle_tx_warn_s=1"),
                                  QStringLiteral("--threshold"), QStringLiteral("idle_tx_crit_s=1")};
        const Run text = pgdba(args);
        QCOMPARE(text.code, 2);
        QVERIFY2(text.out.contains(QStringLiteral("[CRIT] Idle in transaction: 1 critical")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(
            QStringLiteral("fix: SELECT pg_terminate_backend(%1);").arg(app->facts().backendPid)));

        const Run json = pgdba(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.code, 2);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("status")).toString(), QStringLiteral("critical"));
        QCOMPARE(root.value(QStringLiteral("database")).toString(), QStringLiteral("healthcli_test"));
        QVERIFY(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("critical")).toInt() >=
                1);
        QCOMPARE(root.value(QStringLiteral("checks")).toArray().size(),
                 18); // 13 + 5 replication / vacuum checks
        const QJsonObject idle = check(root, QStringLiteral("idle_in_transaction"));
        QCOMPARE(idle.value(QStringLiteral("status")).toString(), QStringLiteral("critical"));
        const QJsonObject f = idle.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(f.value(QStringLiteral("object")).toString(),
                 QStringLiteral("pid %1").arg(app->facts().backendPid));
        QCOMPARE(f.value(QStringLiteral("values")).toObject().value(QStringLiteral("application")).toString(),
                 QStringLiteral("cron test app"));
        for (const char *key : {"status", "object", "evidence", "fix_sql", "values"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        for (const char *key : {"id", "title", "status", "summary", "error", "findings"})
            QVERIFY2(idle.contains(QLatin1String(key)), key);

        // Fixed: back to 0.
        testutil::exec(*app, QStringLiteral("COMMIT"));
        QCOMPARE(pgdba(args).code, 0);
    }

    void failuresAndUsage() {
        const Run refused = pgdba({QStringLiteral("--dsn"),
                                   QStringLiteral("host=127.0.0.1 port=1 user=postgres connect_timeout=3")});
        QCOMPARE(refused.code, 3);
        QVERIFY(refused.err.contains(QStringLiteral("pgdba health: ")));
        const Run bad =
            pgdba({QStringLiteral("--dsn"), m_dsn, QStringLiteral("--threshold"), QStringLiteral("nope=1")});
        QCOMPARE(bad.code, 64);
        QVERIFY(bad.err.contains(QStringLiteral("unknown threshold \"nope\"")));
        const Run range = pgdba({QStringLiteral("--threshold"), QStringLiteral("seq_scan_warn_pct=500"),
                                 QStringLiteral("--list-thresholds")});
        QCOMPARE(range.code, 64);
        const Run list = pgdba({QStringLiteral("--list-thresholds"), QStringLiteral("--threshold"),
                                QStringLiteral("seq_scan_warn_pct=5")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QStringLiteral("seq_scan_warn_pct=5 ")));
        QVERIFY(list.out.contains(QStringLiteral("seq_scan_min_rows=10000 ")));
        QVERIFY(list.out.contains(QStringLiteral("cache_hit_warn_pct=99 ")));
    }
};

QTEST_GUILESS_MAIN(TestHealthCli)
#include "tst_healthcli.moc"
