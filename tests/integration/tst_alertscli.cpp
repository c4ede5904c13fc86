// The alerts headless: rules set with `pgdba alerts rules --import`, a real `pgdba record`
// process evaluates them against the sandbox into its store while a transaction is really left
// open; `pgdba alerts` lists the open alert and exits 2 (a critical rule), --json says the same,
// `pgdba alerts ack ID` acknowledges it (kept, with who), a window-side AlertService on the same
// store leaves the evaluation to the recorder and reports its alert, and after the transaction ends the
// recorder resolves it and `pgdba alerts` exits 0.
#include "sandbox.h"
#include "testutil.h"

#include "alerts/alertservice.h"
#include "alerts/rule.h"
#include "core/serversession.h"
#include "history/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run pgdba(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    // The event loop keeps running (the recorder's output is read meanwhile).
    testutil::waitUntil([&] { return p.state() == QProcess::NotRunning; }, 60000);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

class TestAlertsCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { testutil::isolateSettings(); } // the children read the same settings (XDG)

    void recordEvaluatesAlertsReadsAndAcknowledges() {
        const QString store = m_dir.filePath(QStringLiteral("history.sqlite"));
        // A critical rule: a transaction open over 1 s.
        alerts::Rule rule = alerts::defaultRules().at(3);
        rule.threshold = 1;
        rule.severity = alerts::Severity::Critical;
        const QString rulesFile = m_dir.filePath(QStringLiteral("rules.json"));
        {
            QFile f(rulesFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonArray{rule.toJson()}).toJson());
        }
        Run r =
            pgdba({QStringLiteral("alerts"), QStringLiteral("rules"), QStringLiteral("--import"), rulesFile});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("long_transaction")));
        QVERIFY(r.out.contains(QStringLiteral("over 1 s")));
        r = pgdba({QStringLiteral("alerts"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("No open alerts.")));

        QProcess recorder;
        QString log;
        recorder.setProcessChannelMode(QProcess::MergedChannels);
        connect(&recorder, &QProcess::readyRead, this, [&] { log += QString::fromUtf8(recorder.readAll()); });
        recorder.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                       {QStringLiteral("record"), QStringLiteral("--dsn"), sandbox::dsn(),
                        QStringLiteral("--store"), store, QStringLiteral("--alerts-interval"),
                        QStringLiteral("200ms"), QStringLiteral("--sessions-interval"), QStringLiteral("0"),
                        QStringLiteral("--statements-interval"), QStringLiteral("0")});
        QVERIFY(recorder.waitForStarted());
        // A window on the same store and server beside the recorder: it leaves the evaluation to
        // the recorder (the lock names "alerts") and reports the recorder's alert from the store.
        QVERIFY(testutil::waitUntil([&] { return log.contains(QStringLiteral("connected to")); }, 20000));
        history::Store guiStore;
        QVERIFY(guiStore.open(store));
        alerts::AlertService gui(&guiStore);
        gui.loadSettings();
        gui.setIntervalMs(200);
        gui.setDeferToRecorders(true);
        QSignalSpy guiFired(&gui, &alerts::AlertService::alertFired);
        auto guiConn = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba monitor"));
        gui.watch(guiConn.get(), core::ServerSession::historyKeyFor(pg::ConnInfo(sandbox::dsn())));

        auto holder = testutil::connect(sandbox::dsn(), QStringLiteral("alerts cli open transaction"));
        testutil::exec(*holder, QStringLiteral("BEGIN"));
        testutil::exec(*holder, QStringLiteral("SELECT txid_current()"));
        QVERIFY2(testutil::waitUntil([&] { return log.contains(QStringLiteral("alert fired:")); }, 30000),
                 qPrintable(log));

        QVERIFY(testutil::waitUntil([&] { return guiFired.size() == 1; }, 15000));
        QCOMPARE(guiFired.first().first().value<alerts::Alert>().ruleId, QStringLiteral("long_transaction"));
        QCOMPARE(gui.openAlerts().size(), 1); // one alert in the store, not one per process
        r = pgdba({QStringLiteral("alerts"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains(QStringLiteral("Long transaction")));
        r = pgdba({QStringLiteral("alerts"), QStringLiteral("--store"), store, QStringLiteral("--json"),
                   QStringLiteral("--dsn"), sandbox::dsn()});
        QCOMPARE(r.code, 2);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("open")).toArray().size(), 1);
        QVERIFY(o.value(QStringLiteral("critical")).toBool());
        const QJsonObject alert = o.value(QStringLiteral("open")).toArray().first().toObject();
        QCOMPARE(alert.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(alert.value(QStringLiteral("rule")).toString(), QStringLiteral("long_transaction"));
        const QString id = QString::number(qint64(alert.value(QStringLiteral("id")).toDouble()));
        r = pgdba({QStringLiteral("alerts"), QStringLiteral("--store"), store, QStringLiteral("--server"),
                   QStringLiteral("no-such-server:5432")});
        QCOMPARE(r.code, 0);

        r = pgdba({QStringLiteral("alerts"), QStringLiteral("ack"), id, QStringLiteral("--store"), store,
                   QStringLiteral("--by"), QStringLiteral("night shift")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = pgdba({QStringLiteral("alerts"), QStringLiteral("--store"), store, QStringLiteral("--json")});
        QCOMPARE(r.code, 2); // acknowledged, still open
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("open"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("acknowledged_by"))
                     .toString(),
                 QStringLiteral("night shift"));

        testutil::exec(*holder, QStringLiteral("COMMIT"));
        QVERIFY2(testutil::waitUntil([&] { return log.contains(QStringLiteral("alert resolved:")); }, 30000),
                 qPrintable(log));
        gui.unwatch(core::ServerSession::historyKeyFor(pg::ConnInfo(sandbox::dsn())));
        recorder.terminate();
        QVERIFY(recorder.waitForFinished(10000));
        QCOMPARE(recorder.exitCode(), 0);
        r = pgdba({QStringLiteral("alerts"), QStringLiteral("--store"), store});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("No open alerts.")));
        QVERIFY(r.out.contains(QStringLiteral("acknowledged by night shift")));
        QVERIFY(r.out.contains(QStringLiteral("resolved at")));
        QCOMPARE(log.count(QStringLiteral("alert fired:")), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertsCli)
#include "tst_alertscli.moc"
