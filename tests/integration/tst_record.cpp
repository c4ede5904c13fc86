// `pgdba record` as real processes against the sandbox: 20 s with active sessions then SIGTERM
// (exit 0 at once, the activity samples and server-stats points in the store), a bad DSN (exit
// 2), a second recorder for the same server and store (refused, exit 3), kill -9 (the store opens
// cleanly and keeps what was written), and a recorder started while its server is down (it says
// so, retries, and writes once a sandbox of its own is started on that port).
#include "sandbox.h"
#include "testutil.h"

#include "core/profile.h"
#include "core/profilestore.h"
#include "core/serversession.h"
#include "history/store.h"
#include "monitor/serverstatspoint.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// One `pgdba record` child process; its output lines are kept.
class Recorder {
public:
    explicit Recorder(const QStringList &args) {
        m_p.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_p, &QProcess::readyRead, [this] { m_out += QString::fromUtf8(m_p.readAll()); });
        m_p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"), QStringList{QStringLiteral("record")} + args);
    }
    ~Recorder() {
        if (m_p.state() != QProcess::NotRunning) {
            m_p.kill();
            m_p.waitForFinished(5000);
        }
    }
    QProcess &process() { return m_p; }
    QString output() const { return m_out; }
    int count(const QString &text) const { return int(m_out.count(text)); }
    bool finished() const { return m_p.state() == QProcess::NotRunning; }
    int exitCode() const { return m_p.exitStatus() == QProcess::NormalExit ? m_p.exitCode() : -1; }

private:
    QProcess m_p;
    QString m_out;
};

// Opens the store the way the GUI does and counts a kind's samples for the server.
qint64 countIn(const QString &file, const QString &server, const QString &kind, bool *opened = nullptr) {
    history::Store store;
    const bool ok = store.open(file);
    if (opened)
        *opened = ok;
    return ok ? store.countSamples(server, kind) : -1;
}

} // namespace

class TestRecord : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_stores = 0;
    QString newStore() { return m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_stores)); }
    static QString key(const QString &dsn) { return core::ServerSession::historyKeyFor(pg::ConnInfo(dsn)); }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    void twentySecondsThenSigterm() {
        // A few active sessions for the whole recording.
        std::vector<std::unique_ptr<pg::Connection>> busy;
        for (int i = 0; i < 3; ++i) {
            busy.push_back(testutil::connect(sandbox::dsn(), QStringLiteral("record-test busy")));
            QVERIFY(busy.back()->isReady());
            busy.back()->query(QStringLiteral("SELECT pg_sleep(40)"));
        }
        const QString store = newStore();
        const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
        Recorder r({QStringLiteral("--dsn"), sandbox::dsn(), QStringLiteral("--store"), store,
                    QStringLiteral("--interval"), QStringLiteral("1s")});
        QVERIFY(r.process().waitForStarted());
        QVERIFY2(testutil::waitUntil([&] { return r.count(QStringLiteral("connected to")) == 1; }, 20000),
                 qPrintable(r.output()));
        QElapsedTimer recording;
        recording.start();
        // The recording itself lasts 20 s (what is measured, not a synchronisation).
        QVERIFY(testutil::waitUntil([&] { return r.finished() || recording.elapsed() >= 20000; }, 30000));
        QVERIFY2(!r.finished(), qPrintable(r.output()));

        QElapsedTimer stopping;
        stopping.start();
        r.process().terminate(); // SIGTERM
        QVERIFY2(r.process().waitForFinished(2000), "the recorder did not stop within 2 s of SIGTERM");
        qInfo("stopped %lld ms after SIGTERM", stopping.elapsed());
        QCOMPARE(r.exitCode(), 0);
        QVERIFY2(r.output().contains(QStringLiteral("stopped:")), qPrintable(r.output()));
        for (auto &c : busy)
            c->close();

        const QString server = key(sandbox::dsn());
        history::Store s;
        QVERIFY(s.open(store));
        const qint64 activity = s.countSamples(server, QStringLiteral("activity"));
        QVERIFY2(activity >= 18, qPrintable(QString::number(activity)));
        // The dashboard's points (key "" = all databases) for those seconds.
        const auto points = s.samples(server, QStringLiteral("server"), QString(), startMs);
        QVERIFY2(points.size() >= 17, qPrintable(QString::number(points.size())));
        const auto samples = s.samples(server, QStringLiteral("activity"), QString(), startMs);
        QCOMPARE(qint64(samples.size()), activity);
        int maxActive = 0;
        for (const auto &a : samples)
            maxActive = qMax(maxActive, a.value.value(QStringLiteral("active")).toInt());
        QVERIFY2(maxActive >= 3, qPrintable(QString::number(maxActive))); // the three pg_sleep sessions
        // Points the dashboard can read back (the store's JSON of ServerStatsPoint).
        const auto last = monitor::ServerStatsPoint::fromJson(points.last().tsMs, points.last().value);
        QVERIFY(last.commits >= 0 && last.intervalS > 0);
        QVERIFY(last.sessions() >= 3);
        // The lock is released: another recorder may start.
        QSqlQuery q(s.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'recorder:%'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void recordsASavedServerByName() {
        // A server saved in the list (the same settings file the GUI writes: the child inherits
        // XDG_CONFIG_HOME from isolateSettings()).
        const QString settings =
            qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/pgdba/pgdba.conf");
        {
            core::ProfileStore profiles(settings);
            core::Profile p = core::Profile::fromDsn(sandbox::dsn());
            p.name = QStringLiteral("sandbox by name");
            QVERIFY2(!profiles.save(p).isEmpty(), qPrintable(profiles.lastError()));
        }
        const QString store = newStore();
        Recorder r({QStringLiteral("--name"), QStringLiteral("sandbox by name"), QStringLiteral("--store"),
                    store, QStringLiteral("--interval"), QStringLiteral("500ms"),
                    QStringLiteral("--duration"), QStringLiteral("3s")});
        QVERIFY(r.process().waitForFinished(30000));
        QCOMPARE(r.exitCode(), 0);
        // The log names the saved server, and the samples are kept under the server's key (the
        // same key the GUI uses for that connection).
        QVERIFY2(r.output().contains(QStringLiteral("sandbox by name: connected to")),
                 qPrintable(r.output()));
        const qint64 n = countIn(store, key(sandbox::dsn()), QStringLiteral("activity"));
        QVERIFY2(n >= 3, qPrintable(QString::number(n)));

        Recorder unknown({QStringLiteral("--name"), QStringLiteral("no such server"),
                          QStringLiteral("--store"), newStore()});
        QVERIFY(unknown.process().waitForFinished(30000));
        QCOMPARE(unknown.exitCode(), 2);
        QVERIFY2(unknown.output().contains(QStringLiteral("no saved server is called \"no such server\"")),
                 qPrintable(unknown.output()));
    }

    void badDsnExitsTwo() {
        {
            Recorder r({QStringLiteral("--dsn"), QStringLiteral("host=127.0.0.1 port=notaport"),
                        QStringLiteral("--store"), newStore()});
            QVERIFY(r.process().waitForFinished(30000));
            QCOMPARE(r.exitCode(), 2);
        }
        {
            Recorder r({QStringLiteral("--dsn"), sandbox::dsn(QStringLiteral("no_such_database_here")),
                        QStringLiteral("--store"), newStore()});
            QVERIFY(r.process().waitForFinished(30000));
            QCOMPARE(r.exitCode(), 2);
            QVERIFY2(r.output().contains(QStringLiteral("does not exist")), qPrintable(r.output()));
        }
    }

    void secondRecorderIsRefused() {
        const QString store = newStore();
        const QStringList args{QStringLiteral("--dsn"), sandbox::dsn(), QStringLiteral("--store"), store};
        Recorder first(args);
        QVERIFY2(testutil::waitUntil([&] { return first.count(QStringLiteral("connected to")) == 1; }, 20000),
                 qPrintable(first.output()));
        Recorder second(args);
        QVERIFY(second.process().waitForFinished(30000));
        QCOMPARE(second.exitCode(), 3);
        QVERIFY2(second.output().contains(QStringLiteral("another recorder already writes")),
                 qPrintable(second.output()));
        QVERIFY(second.output().contains(QString::number(first.process().processId())));
        QVERIFY(!first.finished()); // the first one goes on

        // A GUI open on the same store leaves the recorder's kinds to it (no point written twice),
        // and still writes what the recorder does not (a benchmark run).
        const QString server = key(sandbox::dsn());
        auto markers = [&](const QString &kind) {
            history::Store s;
            if (!s.open(store))
                return qint64(-1);
            QSqlQuery q(s.database());
            q.prepare(
                QStringLiteral("SELECT count(*) FROM samples WHERE server = ? AND kind = ? AND key = 'gui'"));
            q.addBindValue(server);
            q.addBindValue(kind);
            return q.exec() && q.next() ? q.value(0).toLongLong() : qint64(-1);
        };
        {
            history::Store gui;
            QVERIFY(gui.open(store));
            gui.setDeferToRecorders(true);
            QVERIFY(gui.recordedKinds(server).contains(QStringLiteral("activity")));
            QVERIFY(gui.recordedKinds(server).contains(QStringLiteral("server")));
            QVERIFY(gui.append(server, QStringLiteral("activity"), QStringLiteral("gui"), 1, {}));
            QVERIFY(gui.appendBatch(server, QStringLiteral("server"), {{2, QStringLiteral("gui"), {}}}));
            QVERIFY(gui.append(server, QStringLiteral("bench"), QStringLiteral("gui"), 3, {}));
            QCOMPARE(gui.deferredSamples(), qint64(2));
            QVERIFY(gui.recordedKinds(QStringLiteral("some other server")).isEmpty());
        }
        QCOMPARE(markers(QStringLiteral("activity")), qint64(0));
        QCOMPARE(markers(QStringLiteral("server")), qint64(0));
        QCOMPARE(markers(QStringLiteral("bench")), qint64(1));

        first.process().terminate();
        QVERIFY(first.process().waitForFinished(5000));
        QCOMPARE(first.exitCode(), 0);
        {
            // No recorder any more: the GUI writes its own points again.
            history::Store gui;
            QVERIFY(gui.open(store));
            gui.setDeferToRecorders(true);
            QVERIFY(gui.recordedKinds(server).isEmpty());
            QVERIFY(gui.append(server, QStringLiteral("activity"), QStringLiteral("gui"), 4, {}));
            QCOMPARE(gui.deferredSamples(), qint64(0));
        }
        QCOMPARE(markers(QStringLiteral("activity")), qint64(1));
    }

    void killNineKeepsTheStore() {
        const QString store = newStore();
        const QString server = key(sandbox::dsn());
        const QStringList args{QStringLiteral("--dsn"), sandbox::dsn(), QStringLiteral("--store"), store};
        qint64 before = 0;
        {
            Recorder r(args);
            QVERIFY(testutil::waitUntil(
                [&] { return (before = countIn(store, server, QStringLiteral("activity"))) >= 5; }, 30000));
            r.process().kill(); // SIGKILL
            QVERIFY(r.process().waitForFinished(5000));
        }
        bool opened = false;
        const qint64 after = countIn(store, server, QStringLiteral("activity"), &opened);
        QVERIFY(opened);
        // What was counted before the kill is there; at most the sample being written is lost.
        QVERIFY2(after >= before, qPrintable(QStringLiteral("%1 < %2").arg(after).arg(before)));
        {
            history::Store s;
            QVERIFY(s.open(store));
            QSqlQuery q(s.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        // The dead recorder's lock does not keep a new one out.
        Recorder again(args);
        QVERIFY2(testutil::waitUntil(
                     [&] { return countIn(store, server, QStringLiteral("activity")) > after; }, 30000),
                 qPrintable(again.output()));
        again.process().terminate();
        QVERIFY(again.process().waitForFinished(5000));
        QCOMPARE(again.exitCode(), 0);
    }

    void waitsForTheServer() {
        // A port nobody listens on yet; the sandbox of this test will be started there.
        int port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const QString state = m_dir.filePath(QStringLiteral("own-sandbox.env"));
        const QString dsn = QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres password=%2")
                                .arg(port)
                                .arg(sandbox::password());
        const QString store = newStore();
        Recorder r({QStringLiteral("--dsn"), dsn, QStringLiteral("--store"), store});
        QVERIFY2(
            testutil::waitUntil([&] { return r.count(QStringLiteral("server not reachable")) >= 2; }, 30000),
            qPrintable(r.output()));
        QVERIFY(!r.finished());
        QCOMPARE(countIn(store, key(dsn), QStringLiteral("activity")), 0);

        auto sandboxVerb = [&](const QString &verb) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGDBA_SANDBOX_PORT"), QString::number(port));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(PGDBA_SOURCE_DIR "/scripts/pg-sandbox"), {verb, state});
            return testutil::waitUntil([&] { return p.state() == QProcess::NotRunning; }, 120000) &&
                   p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        };
        const bool started = sandboxVerb(QStringLiteral("start"));
        const bool wrote =
            started && testutil::waitUntil(
                           [&] { return countIn(store, key(dsn), QStringLiteral("activity")) >= 2; }, 60000);
        const QString out = r.output();
        r.process().terminate();
        const bool stopped = r.process().waitForFinished(5000);
        sandboxVerb(QStringLiteral("stop"));
        QVERIFY(started);
        QVERIFY2(wrote, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("connected to")) && out.contains(QStringLiteral("attempt")),
                 qPrintable(out));
        QVERIFY(stopped);
        QCOMPARE(r.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecord)
#include "tst_record.moc"
