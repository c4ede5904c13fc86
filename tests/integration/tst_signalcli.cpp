// The command line: `pgdba activity`, `pgdba cancel`, `pgdba terminate` run as the real binary
// against real sessions. Terminate asks on a terminal (driven through script(1)'s pseudo
// terminal), refuses without one unless --yes; every attempt lands in the audit log of the
// history store in the (isolated) application data folder.
#include "sandbox.h"
#include "testutil.h"

#include "history/store.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSignalCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_bin = QStringLiteral(PGDBA_BINARY_DIR "/pgdba");

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run pgdba(const QStringList &args, const QByteArray &input = {}, bool terminal = false) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        if (terminal) { // a pseudo terminal, as a user at a shell would have
            QStringList quoted;
            for (const QString &a : args)
                quoted << QLatin1Char('\'') + QString(a).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                              QLatin1Char('\'');
            p.start(QStringLiteral("script"),
                    {QStringLiteral("-qec"), m_bin + QLatin1Char(' ') + quoted.join(QLatin1Char(' ')),
                     QStringLiteral("/dev/null")});
        } else {
            p.start(m_bin, args);
        }
        if (!p.waitForStarted(10000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        // Wait while the event loop runs (the test's own connections stay serviced).
        testutil::waitUntil([&] { return p.state() == QProcess::NotRunning; }, 60000);
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QList<history::AuditEntry> audit() {
        QDirIterator it(m_home.filePath(QStringLiteral("data")), {QStringLiteral("history.sqlite")},
                        QDir::Files, QDirIterator::Subdirectories);
        if (!it.hasNext())
            return {};
        history::Store store;
        if (!store.open(it.next()))
            return {};
        return store.audit();
    }
    bool alive(int pid) {
        return sandbox::psql(
                   QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)) ==
               QLatin1String("1");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo(m_bin).isExecutable(), "build the pgdba target first"); }

    void activityListsSessions() {
        auto sleeper = testutil::connect(sandbox::dsn(), QStringLiteral("cli-sleeper"));
        auto idle = testutil::connect(sandbox::dsn(), QStringLiteral("cli-idle"));
        auto running = sleeper->query(QStringLiteral("SELECT pg_sleep(30) /* cli */"));
        QVERIFY(testutil::waitForActivity(
            QStringLiteral("pid = %1 AND wait_event = 'PgSleep'").arg(sleeper->facts().backendPid)));
        const Run table = pgdba({QStringLiteral("activity"), QStringLiteral("--dsn"), sandbox::dsn()});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains(QStringLiteral("PID")) && table.out.contains(QStringLiteral("QUERY")),
                 qPrintable(table.out));
        QVERIFY(table.out.contains(QString::number(sleeper->facts().backendPid)));
        QVERIFY(table.out.contains(QStringLiteral("Timeout: PgSleep")));
        QVERIFY2(!table.out.contains(QStringLiteral("cli-idle")), "idle sessions only with --all");
        QVERIFY(table.out.contains(QStringLiteral("server time")));

        const Run json = pgdba({QStringLiteral("activity"), QStringLiteral("--dsn"), sandbox::dsn(),
                                QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(doc.value(QStringLiteral("server_ms")).toDouble() > 0);
        bool sawSleeper = false, sawIdle = false;
        for (const QJsonValue &v : doc.value(QStringLiteral("sessions")).toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("pid")).toInt() == sleeper->facts().backendPid) {
                sawSleeper = true;
                QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
                QCOMPARE(s.value(QStringLiteral("wait_event")).toString(), QStringLiteral("PgSleep"));
                QCOMPARE(s.value(QStringLiteral("query")).toString(),
                         QStringLiteral("SELECT pg_sleep(30) /* cli */"));
                QVERIFY(s.value(QStringLiteral("query_ms")).toDouble() >= 100);
            }
            if (s.value(QStringLiteral("pid")).toInt() == idle->facts().backendPid) {
                sawIdle = true;
                QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
            }
        }
        QVERIFY(sawSleeper);
        QVERIFY(sawIdle);

        // cancel: no question asked; the statement stops, the session stays, the attempt is audited.
        const int pid = sleeper->facts().backendPid;
        const Run cancel =
            pgdba({QStringLiteral("cancel"), QStringLiteral("--dsn"), sandbox::dsn(), QString::number(pid)});
        QVERIFY2(cancel.code == 0, qPrintable(cancel.out + cancel.err));
        QVERIFY(cancel.out.contains(QStringLiteral("pg_cancel_backend")));
        QVERIFY(cancel.out.contains(QStringLiteral("pid %1: cancel done").arg(pid)));
        const pg::Result r = QCoro::waitFor(running);
        QCOMPARE(r.error() ? r.error()->sqlState : QString(), QStringLiteral("57014"));
        QVERIFY(alive(pid));
        const auto log = audit();
        QVERIFY(!log.isEmpty());
        QCOMPARE(log[0].pid, pid);
        QCOMPARE(log[0].action, QStringLiteral("cancel"));
        QCOMPARE(log[0].outcome, QStringLiteral("done"));
        QCOMPARE(log[0].targetApplication, QStringLiteral("cli-sleeper"));
        QCOMPARE(log[0].server,
                 QStringLiteral("%1:%2").arg(sandbox::env(QStringLiteral("PGHOST"))).arg(sandbox::port()));
    }

    void terminateAsksOnATerminal() {
        auto victim = testutil::connect(sandbox::dsn(), QStringLiteral("cli-victim"));
        const int pid = victim->facts().backendPid;
        const QStringList args{QStringLiteral("terminate"), QStringLiteral("--dsn"), sandbox::dsn(),
                               QString::number(pid)};
        const int before = int(audit().size());

        // No terminal, no --yes: nothing happens.
        const Run piped = pgdba(args, "y\n");
        QCOMPARE(piped.code, 1);
        QVERIFY2(piped.err.contains(QStringLiteral("--yes")), qPrintable(piped.err));
        QVERIFY(alive(pid));
        QCOMPARE(int(audit().size()), before);

        // On a terminal, answering no: the confirmation was shown, nothing happens.
        const Run no = pgdba(args, "n\n", true);
        QCOMPARE(no.code, 1);
        QVERIFY2(no.out.contains(QStringLiteral("cli-victim")), qPrintable(no.out));
        QVERIFY(no.out.contains(QStringLiteral("pg_terminate_backend")));
        QVERIFY(no.out.contains(QStringLiteral("[y/N]")));
        QVERIFY(no.out.contains(QStringLiteral("Nothing was done")));
        QVERIFY(alive(pid));

        // On a terminal, answering yes: terminated.
        const Run yes = pgdba(args, "y\n", true);
        QVERIFY2(yes.code == 0, qPrintable(yes.out));
        QVERIFY(yes.out.contains(QStringLiteral("pid %1: terminate done").arg(pid)));
        QVERIFY(testutil::waitUntil([&] { return !alive(pid); }, 3000));
        QCOMPARE(audit().value(0).action, QStringLiteral("terminate"));
        QCOMPARE(audit().value(0).outcome, QStringLiteral("done"));

        // --yes without a terminal; a pid that is gone by now.
        const Run gone = pgdba(args + QStringList{QStringLiteral("--yes")});
        QCOMPARE(gone.code, 1);
        QVERIFY2(gone.out.contains(QStringLiteral("already gone")), qPrintable(gone.out));
        QCOMPARE(audit().value(0).outcome, QStringLiteral("already gone"));
    }

    void terminateWithYesAndSeveralPids() {
        auto a = testutil::connect(sandbox::dsn(), QStringLiteral("cli-a"));
        auto b = testutil::connect(sandbox::dsn(), QStringLiteral("cli-b"));
        const Run r = pgdba({QStringLiteral("terminate"), QStringLiteral("--dsn"), sandbox::dsn(),
                             QStringLiteral("--yes"), QString::number(a->facts().backendPid),
                             QString::number(b->facts().backendPid)});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Terminate 2 session(s)?")));
        QVERIFY(testutil::waitUntil(
            [&] { return !alive(a->facts().backendPid) && !alive(b->facts().backendPid); }, 3000));
    }

    void escalationFromTheCommandLine() {
        auto stubborn = testutil::connect(sandbox::dsn(), QStringLiteral("cli-stubborn"));
        const int pid = stubborn->facts().backendPid;
        auto running =
            stubborn->query(QStringLiteral("DO $$BEGIN FOR i IN 1..300 LOOP BEGIN PERFORM pg_sleep(0.1); "
                                           "EXCEPTION WHEN query_canceled THEN NULL; "
                                           "END; END LOOP; END$$"));
        QVERIFY(testutil::waitForActivity(QStringLiteral("pid = %1 AND wait_event = 'PgSleep'").arg(pid)));
        const Run r = pgdba({QStringLiteral("cancel"), QStringLiteral("--dsn"), sandbox::dsn(),
                             QStringLiteral("--terminate-after"), QStringLiteral("1"),
                             QStringLiteral("--yes"), QString::number(pid)});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("terminated")));
        QVERIFY(testutil::waitUntil([&] { return !alive(pid); }, 3000));
        QVERIFY(!QCoro::waitFor(running).ok());
    }

    void clearMessagesForBadInputAndMissingPrivileges() {
        QCOMPARE(
            pgdba({QStringLiteral("cancel"), QStringLiteral("--dsn"), sandbox::dsn(), QStringLiteral("abc")})
                .code,
            64);
        QCOMPARE(pgdba({QStringLiteral("terminate"), QStringLiteral("--dsn"), sandbox::dsn()}).code, 64);
        const Run bad = pgdba({QStringLiteral("activity"), QStringLiteral("--dsn"),
                               QStringLiteral("host=/nonexistent port=1")});
        QCOMPARE(bad.code, 2);
        QVERIFY(!bad.err.isEmpty());

        sandbox::psql(
            QStringLiteral("DROP ROLE IF EXISTS pgdba_cli_weak; CREATE ROLE pgdba_cli_weak LOGIN; "
                           "DROP ROLE IF EXISTS pgdba_cli_other; CREATE ROLE pgdba_cli_other LOGIN"));
        auto other = testutil::connect(sandbox::dsn() + QStringLiteral(" user=pgdba_cli_other"),
                                       QStringLiteral("cli-other"));
        const Run denied = pgdba({QStringLiteral("cancel"), QStringLiteral("--dsn"),
                                  sandbox::dsn() + QStringLiteral(" user=pgdba_cli_weak"),
                                  QString::number(other->facts().backendPid)});
        QCOMPARE(denied.code, 1);
        QVERIFY2(denied.out.contains(QStringLiteral("not permitted")), qPrintable(denied.out));
        QVERIFY(denied.out.contains(QStringLiteral("pg_signal_backend")));
        QVERIFY(denied.out.contains(QStringLiteral("pgdba_cli_weak")));
        QCOMPARE(audit().value(0).outcome, QStringLiteral("not permitted"));
        QCOMPARE(audit().value(0).dbRole, QStringLiteral("pgdba_cli_weak"));
    }
};

QTEST_GUILESS_MAIN(TestSignalCli)
#include "tst_signalcli.moc"
