// fleet::FleetCollector against real servers at once: the sandbox (sampled: version, role,
// sessions, tps, cache hit), a closed port (unreachable: libpq's message kept, retried with
// exponential backoff up to the cap), and a QTcpServer that accepts and never answers (its
// connect attempt runs into connect_timeout while the sandbox keeps its sampling period: the
// silent server delays nobody). Also the TPS line seeded from the history store.
#include "sandbox.h"
#include "testutil.h"

#include "fleet/fleetcollector.h"
#include "history/store.h"
#include "monitor/serverstatscollector.h"
#include "monitor/serverstatspoint.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using fleet::ServerStatus;

namespace {
// Accepts every connection and never sends a byte.
class SilentServer : public QTcpServer {
public:
    SilentServer() {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                m_sockets << s; // kept open, never written to
        });
    }
    int accepted() const { return int(m_sockets.size()); }

private:
    QList<QTcpSocket *> m_sockets;
};

int closedPort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const int port = s.serverPort();
    s.close();
    return port;
}

fleet::Target target(const QString &id, const QString &dsn, const QString &group = {}) {
    fleet::Target t;
    t.id = id;
    t.name = id;
    t.group = group;
    t.info = pg::ConnInfo(dsn);
    t.historyKey = id;
    return t;
}
} // namespace

class TestFleetCollector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testutil::isolateSettings(); }

    void backoffDoublesUpToTheCap() {
        QCOMPARE(fleet::backoffMs(5000, 0, 60000), 5000);
        QCOMPARE(fleet::backoffMs(5000, 1, 60000), 5000);
        QCOMPARE(fleet::backoffMs(5000, 2, 60000), 10000);
        QCOMPARE(fleet::backoffMs(5000, 4, 60000), 40000);
        QCOMPARE(fleet::backoffMs(5000, 5, 60000), 60000);
        QCOMPARE(fleet::backoffMs(5000, 500, 60000), 60000);
    }

    void sandboxIsSampled() {
        fleet::FleetCollector c;
        c.setIntervalMs(500);
        c.setHealthEveryMs(60000); // the first sample runs the health checks once
        c.setTargets({target(QStringLiteral("sandbox"), sandbox::dsn(), QStringLiteral("test"))});
        c.setActive(true);
        auto idle = testutil::connect(sandbox::dsn(), QStringLiteral("fleet test idle"));
        QVERIFY(testutil::waitUntil(
            [&] {
                const auto s = c.status(QStringLiteral("sandbox"));
                return s && s->tps.has_value() && s->healthCritical >= 0;
            },
            30000));
        const ServerStatus s = *c.status(QStringLiteral("sandbox"));
        QVERIFY(s.reachable());
        QVERIFY2(s.version.startsWith(QStringLiteral("15.")), qPrintable(s.version));
        QCOMPARE(s.versionNum / 10000, 15);
        QVERIFY(!s.standby);
        QCOMPARE(s.roleText(), QStringLiteral("primary"));
        QVERIFY(s.active >= 0);
        QVERIFY(s.waiting >= 0);
        QVERIFY(*s.tps >= 0);
        QVERIFY(s.cacheHit && *s.cacheHit > 0 && *s.cacheHit <= 1);
        QVERIFY(s.healthWarning >= 0);
        QCOMPARE(s.openAlerts, 0); // the alerts engine's hook, not filled yet
        QVERIFY(!s.tpsHistory.isEmpty());
        // Its connection is the one the issue asks for: named, with the timeouts set.
        QVERIFY(testutil::waitForActivity(QStringLiteral("application_name = 'pgdba fleet'")));
        const QJsonObject j = s.toJson();
        QCOMPARE(j.value(QStringLiteral("reachable")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("role")).toString(), QStringLiteral("primary"));
        QCOMPARE(j.value(QStringLiteral("group")).toString(), QStringLiteral("test"));
    }

    void standbyIsAStandby() {
        // The sandbox's streaming standby (CTest fixture pg_standby): role and replay lag.
        const QString host = sandbox::env(QStringLiteral("PGDBA_STANDBY_HOST"));
        QVERIFY2(!host.isEmpty(), "the standby fixture is not running");
        fleet::FleetCollector c;
        c.setIntervalMs(500);
        c.setHealthEveryMs(0);
        c.setTargets({target(QStringLiteral("standby"),
                             QStringLiteral("host=%1 port=%2 user=postgres dbname=postgres")
                                 .arg(host, sandbox::env(QStringLiteral("PGDBA_STANDBY_PORT")))),
                      target(QStringLiteral("primary"), sandbox::dsn())});
        c.setActive(true);
        QVERIFY(testutil::waitUntil(
            [&] {
                const auto s = c.status(QStringLiteral("standby"));
                const auto p = c.status(QStringLiteral("primary"));
                return s && s->reachable() && p && p->reachable() && p->lagS.has_value();
            },
            20000));
        const ServerStatus s = *c.status(QStringLiteral("standby"));
        QVERIFY(s.standby);
        QCOMPARE(s.roleText(), QStringLiteral("standby"));
        QVERIFY(s.lagS.has_value() && *s.lagS >= 0);
        QCOMPARE(s.toJson().value(QStringLiteral("role")).toString(), QStringLiteral("standby"));
        // The primary sees its standby: a lag (its slowest standby's replay lag), not "none".
        QVERIFY(*c.status(QStringLiteral("primary"))->lagS >= 0);
    }

    void unreachableBacksOffAndKeepsTheMessage() {
        const int port = closedPort();
        fleet::FleetCollector c;
        c.setIntervalMs(300);
        c.setHealthEveryMs(0);
        c.setMaxBackoffMs(1200);
        c.setTargets(
            {target(QStringLiteral("refused"),
                    QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(port))});
        // The delay each failure set before the next attempt, and when each attempt failed (the
        // watcher's own clock readings: the statuses reach this thread from the fleet's thread).
        QList<qint64> delays, failedAt;
        connect(&c, &fleet::FleetCollector::serverUpdated, this, [&](const QString &id) {
            const auto s = c.status(id);
            if (s && s->state == ServerStatus::State::Down && s->failures > failedAt.size()) {
                failedAt << s->lastFailureMs;
                delays << s->retryAtMs - s->lastFailureMs;
            }
        });
        c.setActive(true);
        QVERIFY(testutil::waitUntil([&] { return failedAt.size() >= 6; }, 30000));
        const ServerStatus s = *c.status(QStringLiteral("refused"));
        QVERIFY(!s.reachable());
        QVERIFY2(s.error.contains(QStringLiteral("Connection refused")), qPrintable(s.error));
        QVERIFY2(s.stateText().contains(QStringLiteral("Connection refused")), qPrintable(s.stateText()));
        QVERIFY(s.toJson().value(QStringLiteral("error")).toString().contains(QStringLiteral("refused")));
        // 300, 600, 1200 (cap), 1200 ...: each delay is the backoff of its failure count, and no
        // attempt came sooner than its delay.
        for (int i = 0; i < delays.size(); ++i) {
            const qint64 want = fleet::backoffMs(300, i + 1, 1200);
            QVERIFY2(qAbs(delays[i] - want) <= 50,
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(delays[i]).arg(want)));
            if (i > 0)
                QVERIFY2(failedAt[i] - failedAt[i - 1] >= fleet::backoffMs(300, i, 1200) - 5,
                         qPrintable(QStringLiteral("attempt %1 came early: %2 ms")
                                        .arg(i)
                                        .arg(failedAt[i] - failedAt[i - 1])));
        }
        QVERIFY(s.failures >= 6);
    }

    void silentServerDelaysNobody() {
        SilentServer silent;
        QVERIFY(silent.isListening());
        fleet::FleetCollector c;
        c.setIntervalMs(500);
        c.setHealthEveryMs(0);
        c.setTargets(
            {target(QStringLiteral("silent"),
                    QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres connect_timeout=4")
                        .arg(silent.serverPort())),
             target(QStringLiteral("sandbox"), sandbox::dsn()),
             target(
                 QStringLiteral("refused"),
                 QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(closedPort()))});
        int sandboxSamples = 0, samplesWhileSilentPending = 0;
        connect(&c, &fleet::FleetCollector::sampled, this, [&](const QString &id) {
            if (id != QLatin1String("sandbox"))
                return;
            ++sandboxSamples;
            if (c.isPending(QStringLiteral("silent")) && c.status(QStringLiteral("silent"))->failures == 0)
                ++samplesWhileSilentPending;
        });
        c.setActive(true);
        QVERIFY(testutil::waitUntil([&] { return silent.accepted() >= 1; }, 10000));
        // The silent server's first attempt ends only at its connect_timeout (4 s); meanwhile the
        // sandbox is sampled every 500 ms as if it were alone.
        QVERIFY(
            testutil::waitUntil([&] { return c.status(QStringLiteral("silent"))->failures >= 1; }, 20000));
        const ServerStatus s = *c.status(QStringLiteral("silent"));
        QCOMPARE(s.state, ServerStatus::State::Down);
        QVERIFY2(s.error.contains(QStringLiteral("timeout")), qPrintable(s.error));
        QVERIFY2(samplesWhileSilentPending >= 5, qPrintable(QString::number(samplesWhileSilentPending)));
        const fleet::IntervalStats st = c.intervalStats(QStringLiteral("sandbox"));
        QVERIFY(st.samples >= 5);
        // The unreachable one was tried meanwhile too, and failed on its own.
        QVERIFY(c.status(QStringLiteral("refused"))->failures >= 1);
        QVERIFY(c.status(QStringLiteral("sandbox"))->reachable());
        qInfo("sandbox samples while the silent server was pending: %d; interval mean %.0f ms, max %.0f ms",
              samplesWhileSilentPending, st.meanMs, st.maxMs);
    }

    void tpsLineStartsFromHistory() {
        QTemporaryDir dir;
        history::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 30; ++i) {
            monitor::ServerStatsPoint p;
            p.tsMs = now - 30 * 60 * 1000 + i * 60 * 1000;
            p.intervalS = 1;
            p.commits = 100 + i;
            QVERIFY(store.append(QStringLiteral("recorded:5432"),
                                 monitor::ServerStatsCollector::historyKind(), QString(), p.tsMs,
                                 p.toJson()));
        }
        fleet::FleetCollector c;
        c.setHistory(&store);
        c.setHealthEveryMs(0);
        fleet::Target t = target(QStringLiteral("sandbox"), sandbox::dsn());
        t.historyKey = QStringLiteral("recorded:5432");
        c.setTargets({t});
        QVERIFY(testutil::waitUntil(
            [&] { return c.status(QStringLiteral("sandbox"))->tpsHistory.size() >= 30; }));
        const QList<double> v = c.status(QStringLiteral("sandbox"))->tpsValues();
        QCOMPARE(v.first(), 100.0);
        QCOMPARE(v.at(29), 129.0);
    }
};

QTEST_GUILESS_MAIN(TestFleetCollector)
#include "tst_fleetcollector.moc"
