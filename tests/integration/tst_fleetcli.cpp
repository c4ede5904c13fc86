// `pgdba server add|list|remove` and `pgdba fleet` as processes, in a config folder of their
// own: the saved servers land in the same settings file the window reads (core::ProfileStore),
// a DSN with a password is refused without a keyring (nothing saved, .pgpass named), `fleet
// --json` samples the sandbox (reachable, version, role, sessions, tps) and names an unreachable
// one with libpq's reason, and the exit codes say which.
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/serversession.h"
#include "history/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestFleetCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_config;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

    struct Run {
        int code = -1;
        QString out, err;
    };
    Run pgdba(const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("PGDBA_NO_KEYRING"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"), args);
        if (!p.waitForFinished(90000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QString settingsFile() const { return m_config.filePath(QStringLiteral("pgdba/pgdba.conf")); }
    static QJsonObject byName(const QJsonArray &a, const QString &name) {
        for (const auto &v : a)
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void serverAddListRemove() {
        Run r = pgdba({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("main"),
                       QStringLiteral("--dsn"), sandbox::dsn(), QStringLiteral("--group"),
                       QStringLiteral("prod")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Saved server \"main\" in group \"prod\"")),
                 qPrintable(r.out));
        // The same name again is refused.
        r = pgdba({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("main"),
                   QStringLiteral("--dsn"), sandbox::dsn()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already")), qPrintable(r.err));
        // A password in the DSN without a keyring: refused, nothing written, .pgpass named.
        r = pgdba({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("secret"),
                   QStringLiteral("--dsn"), sandbox::tcpDsn(sandbox::password())});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral(".pgpass")), qPrintable(r.err));
        QFile f(settingsFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QVERIFY(
            !written.contains("password")); // (the password itself, "sandbox", is also in the socket path)
        QVERIFY(!written.contains("secret"));
        // An unreadable DSN.
        r = pgdba({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("bad"),
                   QStringLiteral("--dsn"), QStringLiteral("host=x port")});
        QCOMPARE(r.code, 2);

        r = pgdba({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("second"),
                   QStringLiteral("--dsn"), sandbox::dsn(QStringLiteral("template1"))});
        QCOMPARE(r.code, 0);
        r = pgdba({QStringLiteral("server"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(byName(list, QStringLiteral("main")).value(QStringLiteral("group")).toString(),
                 QStringLiteral("prod"));
        QCOMPARE(byName(list, QStringLiteral("second")).value(QStringLiteral("group")).toString(), QString());

        // What the window reads: the same profiles.
        core::ProfileStore store(settingsFile());
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profiles().first().name, QStringLiteral("main"));
        QCOMPARE(store.profiles().first().group, QStringLiteral("prod"));

        r = pgdba({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("second")});
        QCOMPARE(r.code, 0);
        r = pgdba({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("second")});
        QCOMPARE(r.code, 1);
        r = pgdba({QStringLiteral("server"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("main\tprod\t")));
        r = pgdba({QStringLiteral("server"), QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 64);
    }

    void fleetJson() {
        // main (the sandbox) is saved by the test above; it is reachable: exit 0.
        Run r = pgdba({QStringLiteral("fleet"), QStringLiteral("--json"), QStringLiteral("--no-health")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 1);
        QJsonObject main = byName(a, QStringLiteral("main"));
        QCOMPARE(main.value(QStringLiteral("reachable")).toBool(), true);
        QVERIFY(main.value(QStringLiteral("version")).toString().startsWith(QStringLiteral("15.")));
        QCOMPARE(main.value(QStringLiteral("role")).toString(), QStringLiteral("primary"));
        QVERIFY(main.value(QStringLiteral("active")).toInt(-1) >= 0);
        QVERIFY(main.value(QStringLiteral("waiting")).toInt(-1) >= 0);
        QVERIFY(main.value(QStringLiteral("tps")).isDouble());
        QCOMPARE(main.value(QStringLiteral("alerts")).toInt(-1), 0);

        // An unreachable server: exit 1, its reason in the JSON; the text form has a row each.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const int port = probe.serverPort();
        probe.close();
        r = pgdba({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("gone"),
                   QStringLiteral("--dsn"),
                   QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(port),
                   QStringLiteral("--group"), QStringLiteral("staging")});
        QCOMPARE(r.code, 0);
        r = pgdba({QStringLiteral("fleet"), QStringLiteral("--json")});
        QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
        a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 2);
        const QJsonObject gone = byName(a, QStringLiteral("gone"));
        QCOMPARE(gone.value(QStringLiteral("reachable")).toBool(), false);
        QVERIFY2(
            gone.value(QStringLiteral("error")).toString().contains(QStringLiteral("Connection refused")),
            qPrintable(r.out));
        QCOMPARE(gone.value(QStringLiteral("group")).toString(), QStringLiteral("staging"));
        main = byName(a, QStringLiteral("main"));
        QVERIFY(main.value(QStringLiteral("health_critical")).toInt(-1) >= 0); // health ran this time
        r = pgdba({QStringLiteral("fleet")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("gone\tstaging\tConnection refused")));
        QVERIFY(r.out.contains(QStringLiteral("main\tprod\treachable\t15.")));
    }

    void recordAll() {
        // Two saved servers under two history keys (the sandbox by its socket and by TCP; the
        // TCP password comes from PGPASSWORD, as libpq reads it): one recorder each, one store.
        const QString tcp =
            QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(sandbox::port());
        QCOMPARE(pgdba({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("tcp"),
                        QStringLiteral("--dsn"), tcp})
                     .code,
                 0);
        const QString store = m_config.filePath(QStringLiteral("fleet-history.sqlite"));
        m_env.insert(QStringLiteral("PGPASSWORD"), sandbox::password());
        const Run r =
            pgdba({QStringLiteral("record"), QStringLiteral("--all"), QStringLiteral("--store"), store,
                   QStringLiteral("--interval"), QStringLiteral("500ms"), QStringLiteral("--duration"),
                   QStringLiteral("4s"), QStringLiteral("--sessions-interval"), QStringLiteral("0"),
                   QStringLiteral("--statements-interval"), QStringLiteral("0")});
        m_env.remove(QStringLiteral("PGPASSWORD"));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("pgdba record main")) &&
                     r.out.contains(QStringLiteral("pgdba record tcp")),
                 qPrintable(r.out));
        history::Store h;
        QVERIFY(h.open(store));
        for (const QString &dsn : {sandbox::dsn(), tcp}) {
            const QString key = core::ServerSession::historyKeyFor(pg::ConnInfo(dsn));
            QVERIFY2(h.countSamples(key, QStringLiteral("server")) >= 2, qPrintable(key));
        }
        // --all with --dsn is a usage error.
        QCOMPARE(
            pgdba({QStringLiteral("record"), QStringLiteral("--all"), QStringLiteral("--dsn"), tcp}).code,
            64);
        QCOMPARE(pgdba({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("tcp")}).code, 0);
    }

    void noServersExitsThree() {
        QVERIFY(pgdba({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("main")}).code ==
                0);
        QVERIFY(pgdba({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("gone")}).code ==
                0);
        const Run r = pgdba({QStringLiteral("fleet")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("pgdba server add")));
    }
};

QTEST_GUILESS_MAIN(TestFleetCli)
#include "tst_fleetcli.moc"
