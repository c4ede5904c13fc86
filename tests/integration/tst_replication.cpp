// The replication collector against the real sandbox and its real streaming standby
// (scripts/pg-sandbox standby, CTest fixture "pg_standby"): the sender and the receiver are
// seen from both sides; pausing replay on the standby while the primary writes makes the lag
// grow on both sides and the lag check fire, resuming clears it; a slot left inactive while
// writes continue keeps more and more WAL and is flagged; the checkpoint SQL for this version
// runs; points land in the history store; `pgdba replication --json` gives the stable fields.
#include "sandbox.h"
#include "testutil.h"

#include "history/store.h"
#include "monitor/healthreplchecks.h"
#include "monitor/poller.h"
#include "pg/sqlfile.h"
#include "replication/replicationcollector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using replication::ReplicationCollector;
using replication::ReplicationSnapshot;

class TestReplication : public QObject {
    Q_OBJECT
    std::unique_ptr<pg::Connection> m_primary; // what pgdba monitors
    std::unique_ptr<pg::Connection> m_standby;
    std::unique_ptr<pg::Connection> m_writer; // the application writing on the primary
    std::unique_ptr<pg::Connection> m_standbyAdmin;

    static QString standbyDsn() {
        return QStringLiteral("host=%1 port=%2 user=postgres dbname=postgres")
            .arg(sandbox::env(QStringLiteral("PGDBA_STANDBY_HOST")),
                 sandbox::env(QStringLiteral("PGDBA_STANDBY_PORT")));
    }
    static ReplicationSnapshot read(pg::Connection *c) {
        const auto f = QCoro::waitFor(ReplicationCollector::fetch(c));
        if (f.error)
            qWarning("fetch: %s", qPrintable(f.error->message));
        return f.snapshot;
    }
    static const replication::WalSender *standbySender(const ReplicationSnapshot &s) {
        for (const auto &w : s.senders)
            if (w.applicationName == QLatin1String("sandbox_standby"))
                return &w;
        return nullptr;
    }
    void write(int rows = 2000) {
        testutil::exec(*m_writer,
                       QStringLiteral("INSERT INTO repl_t SELECT g, repeat('x', 200) FROM "
                                      "generate_series(1, $1) g"),
                       {rows});
    }
    static monitor::HealthStatus lagStatus(const ReplicationSnapshot &s) {
        monitor::ReplVacuumThresholds t;
        t.lagWarnS = 1;
        t.lagCritS = 3600;
        t.lagWarnMb = 1e6; // judge by time here
        t.lagCritMb = 1e7;
        return monitor::checkReplicationLag(s, t).status;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!sandbox::env(QStringLiteral("PGDBA_STANDBY_PORT")).isEmpty(),
                 "no standby: run through CTest (fixture pg_standby)");
        m_primary = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba monitor"));
        m_standby = testutil::connect(standbyDsn(), QStringLiteral("pgdba monitor"));
        m_writer = testutil::connect(sandbox::dsn(), QStringLiteral("repl test writer"));
        m_standbyAdmin = testutil::connect(standbyDsn(), QStringLiteral("repl test admin"));
        QVERIFY(m_primary->isReady() && m_standby->isReady() && m_writer->isReady() &&
                m_standbyAdmin->isReady());
        testutil::exec(*m_writer, QStringLiteral("DROP TABLE IF EXISTS repl_t"));
        testutil::exec(*m_writer, QStringLiteral("CREATE TABLE repl_t (id int, pad text)"));
    }
    void cleanupTestCase() {
        if (m_standbyAdmin && m_standbyAdmin->isReady())
            testutil::exec(*m_standbyAdmin, QStringLiteral("SELECT pg_wal_replay_resume()"));
        sandbox::psql(QStringLiteral("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots "
                                     "WHERE slot_name LIKE 'tst_repl_%' AND NOT active"));
        sandbox::psql(QStringLiteral("DROP TABLE IF EXISTS repl_t"));
    }

    void bothSidesSeen() {
        const ReplicationSnapshot p = read(m_primary.get());
        QVERIFY(p.isValid());
        QVERIFY(!p.inRecovery);
        const auto *w = standbySender(p);
        QVERIFY2(w, "the standby's WAL sender is listed");
        QCOMPARE(w->state, QStringLiteral("streaming"));
        QCOMPARE(w->syncState, QStringLiteral("async"));
        QCOMPARE(w->slotName, sandbox::env(QStringLiteral("PGDBA_STANDBY_SLOT")));
        QVERIFY(!w->sentLsn.isEmpty() && !w->replayLsn.isEmpty());
        const auto *slot = p.slot(w->slotName);
        QVERIFY(slot);
        QVERIFY(slot->active);
        QCOMPARE(slot->activePid, w->pid);
        QCOMPARE(slot->walStatus, QStringLiteral("reserved"));
        QVERIFY(p.checkpoints.valid);
        QVERIFY(p.io.isEmpty()); // pg_stat_io only from 16

        const ReplicationSnapshot s = read(m_standby.get());
        QVERIFY(s.inRecovery);
        QCOMPARE(s.standby.receiverStatus, QStringLiteral("streaming"));
        QCOMPARE(s.standby.receiverSlot, w->slotName);
        QVERIFY(!s.standby.conflicts.isEmpty()); // one row per database
        QVERIFY(!s.standby.paused);
    }

    void pausedReplayLagGrowsAndClears() {
        write();
        // Everything written so far is replayed (so the standby knows its last replayed commit).
        QVERIFY(testutil::waitUntil(
            [&] {
                const auto s = read(m_standby.get());
                return s.standby.lastReplay.isValid() && s.standby.replayGapBytes == 0 &&
                       lagStatus(s) == monitor::HealthStatus::Ok;
            },
            20000));
        testutil::exec(*m_standbyAdmin, QStringLiteral("SELECT pg_wal_replay_pause()"));
        QVERIFY(testutil::waitUntil([&] { return read(m_standby.get()).standby.paused; }, 10000));

        // Writes go on; the standby receives but does not replay.
        double standbyDelay1 = -1, primaryLag1 = -1;
        qint64 gap1 = -1, bytes1 = -1;
        QString seen;
        QVERIFY2(testutil::waitUntil(
                     [&] {
                         write(500);
                         const auto s = read(m_standby.get());
                         const auto p = read(m_primary.get());
                         const auto *w = standbySender(p);
                         seen = QStringLiteral("sender %1, replay_lag %2, standby delay %3, gap %4")
                                    .arg(w != nullptr)
                                    .arg(w ? w->replayLagS : -1)
                                    .arg(s.standby.replayDelayS)
                                    .arg(s.standby.replayGapBytes);
                         if (!w || std::isnan(w->replayLagS) || std::isnan(s.standby.replayDelayS))
                             return false;
                         standbyDelay1 = s.standby.replayDelayS;
                         gap1 = s.standby.replayGapBytes;
                         primaryLag1 = w->replayLagS;
                         bytes1 = w->lagBytes;
                         return standbyDelay1 > 0.2 && gap1 > 0 && bytes1 > 0;
                     },
                     20000),
                 qPrintable(seen));
        // ...and keeps growing on both sides, until the lag check fires on both.
        ReplicationSnapshot s, p;
        QVERIFY(testutil::waitUntil(
            [&] {
                write(500);
                s = read(m_standby.get());
                p = read(m_primary.get());
                const auto *w = standbySender(p);
                return w && s.standby.replayDelayS > standbyDelay1 + 1 && s.standby.replayGapBytes > gap1 &&
                       w->lagBytes > bytes1 && w->replayLagS > primaryLag1 &&
                       lagStatus(s) == monitor::HealthStatus::Warning &&
                       lagStatus(p) == monitor::HealthStatus::Warning;
            },
            30000));
        QVERIFY(s.standby.paused);
        const auto check = monitor::checkReplicationLag(s, [] {
            monitor::ReplVacuumThresholds t;
            t.lagWarnS = 1;
            return t;
        }());
        QCOMPARE(check.findings.size(), 1);
        QVERIFY(check.findings.first().evidence.contains(QStringLiteral("paused")));
        QVERIFY(s.maxLagBytes() > 0);

        testutil::exec(*m_standbyAdmin, QStringLiteral("SELECT pg_wal_replay_resume()"));
        QVERIFY(testutil::waitUntil(
            [&] {
                s = read(m_standby.get());
                p = read(m_primary.get());
                return !s.standby.paused && s.standby.replayGapBytes == 0 &&
                       lagStatus(s) == monitor::HealthStatus::Ok && lagStatus(p) == monitor::HealthStatus::Ok;
            },
            30000));
    }

    void inactiveSlotKeepsGrowingWalAndIsFlagged() {
        // The sandbox script makes the slot (physical, WAL reserved at once).
        QProcess script;
        script.start(QStringLiteral(PGDBA_SOURCE_DIR "/scripts/pg-sandbox"),
                     {QStringLiteral("slot"), QStringLiteral(PGDBA_SANDBOX_STATE),
                      QStringLiteral("tst_repl_idle"), QStringLiteral("physical")});
        QVERIFY(script.waitForFinished(30000));
        QCOMPARE(script.exitCode(), 0);
        const ReplicationSnapshot a = read(m_primary.get());
        const auto *slotA = a.slot(QStringLiteral("tst_repl_idle"));
        QVERIFY(slotA);
        QVERIFY(!slotA->active);
        const qint64 retainedA = slotA->retainedBytes;
        QVERIFY(retainedA >= 0);

        monitor::ReplVacuumThresholds t;
        t.slotRetainedWarnMb = double(retainedA + 1024 * 1024) / (1024.0 * 1024.0); // 1 MB more than now
        QCOMPARE(monitor::checkReplicationSlots(a, t).status, monitor::HealthStatus::Ok);

        ReplicationSnapshot b;
        QVERIFY(testutil::waitUntil(
            [&] {
                write(3000);
                b = read(m_primary.get());
                const auto *s = b.slot(QStringLiteral("tst_repl_idle"));
                return s && s->retainedBytes > retainedA + 1024 * 1024;
            },
            30000));
        const auto *slotB = b.slot(QStringLiteral("tst_repl_idle"));
        QCOMPARE(slotB->restartLsn, slotA->restartLsn); // nobody reads it: restart_lsn stays
        const monitor::HealthCheck c = monitor::checkReplicationSlots(b, t);
        QCOMPARE(c.status, monitor::HealthStatus::Warning);
        QCOMPARE(c.findings.size(), 1);
        QCOMPARE(c.findings.first().values.value(QStringLiteral("slot_name")).toString(),
                 QStringLiteral("tst_repl_idle"));
        QVERIFY(
            c.findings.first().fixSql.contains(QStringLiteral("pg_drop_replication_slot('tst_repl_idle')")));
        QVERIFY(slotB->needsAttention(qint64(t.slotRetainedWarnMb * 1024 * 1024)));
        // The standby's own slot is active: never flagged for retention.
        QVERIFY(!b.slot(sandbox::env(QStringLiteral("PGDBA_STANDBY_SLOT")))->needsAttention(0));
    }

    void logicalSlotOnDemand() {
        QProcess script;
        script.start(QStringLiteral(PGDBA_SOURCE_DIR "/scripts/pg-sandbox"),
                     {QStringLiteral("slot"), QStringLiteral(PGDBA_SANDBOX_STATE),
                      QStringLiteral("tst_repl_logical")});
        QVERIFY(script.waitForFinished(30000));
        QCOMPARE(script.exitCode(), 0);
        const ReplicationSnapshot s = read(m_primary.get());
        const auto *slot = s.slot(QStringLiteral("tst_repl_logical"));
        QVERIFY(slot);
        QCOMPARE(slot->type, QStringLiteral("logical"));
        QCOMPARE(slot->plugin, QStringLiteral("test_decoding"));
        QCOMPARE(slot->database, QStringLiteral("postgres"));
        QVERIFY(!slot->catalogXmin.isEmpty());
        QVERIFY(!slot->confirmedFlushLsn.isEmpty());
        QVERIFY(slot->dropConsequence().contains(QStringLiteral("test_decoding")));
    }

    void collectorWritesHistory() {
        QTemporaryDir dir;
        history::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
        ReplicationCollector collector;
        collector.setHistory(&store);
        collector.setServer(m_primary.get(), QStringLiteral("sandbox"));
        collector.poller()->setInterval(200);
        collector.poller()->setActive(true);
        QSignalSpy ready(&collector, &ReplicationCollector::snapshotReady);
        QVERIFY(testutil::waitUntil(
            [&] {
                write(200);
                return ready.size() >= 3;
            },
            20000));
        collector.poller()->setActive(false);
        QVERIFY(collector.points().size() >= 3);
        const auto &last = collector.points().last();
        QVERIFY(!std::isnan(last.walBytesPerS));
        QVERIFY(last.walBytesPerS > 0);
        QVERIFY(last.senderLagBytes.contains(QStringLiteral("sandbox_standby")));
        QVERIFY(store.countSamples(QStringLiteral("sandbox"), ReplicationCollector::historyKind()) >= 3);
        // A new collector reads the window back from the store.
        ReplicationCollector again;
        again.setServer(m_primary.get(), QStringLiteral("sandbox"));
        QSignalSpy reset(&again, &ReplicationCollector::pointsReset);
        again.setHistory(&store);
        QVERIFY(testutil::waitUntil([&] { return again.points().size() >= 3; }, 10000));
    }

    void checkpointSqlForThisVersion() {
        const int v = m_primary->facts().versionNum;
        QVERIFY(v >= 150000 && v < 160000);
        const QString sql = pg::sqlFile(QStringLiteral("replication/checkpoints"), v);
        QVERIFY(sql.contains(QStringLiteral("pg_stat_bgwriter")));
        QVERIFY(!sql.contains(QStringLiteral("pg_stat_checkpointer")));
        testutil::exec(*m_writer, QStringLiteral("CHECKPOINT"));
        const ReplicationSnapshot s = read(m_primary.get());
        QVERIFY(s.checkpoints.valid);
        QVERIFY(s.checkpoints.requested >= 1);
        QVERIFY(s.checkpoints.buffersAlloc > 0);
    }

    void cliJson() {
        QProcess p;
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("replication"), QStringLiteral("--dsn"), sandbox::dsn(),
                 QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("in_recovery")).toBool(true), false);
        bool found = false;
        for (const auto &v : o.value(QStringLiteral("senders")).toArray()) {
            const QJsonObject w = v.toObject();
            for (const char *k : {"application_name", "client", "state", "sync_state", "sent_lsn",
                                  "replay_lsn", "lag_bytes", "replay_lag_s"})
                QVERIFY2(w.contains(QLatin1String(k)), k);
            found = found || w.value(QStringLiteral("application_name")).toString() ==
                                 QLatin1String("sandbox_standby");
        }
        QVERIFY(found);
        QVERIFY(!o.value(QStringLiteral("slots")).toArray().isEmpty());
        for (const auto &v : o.value(QStringLiteral("slots")).toArray())
            for (const char *k :
                 {"slot_name", "slot_type", "active", "wal_status", "retained_bytes", "safe_wal_size"})
                QVERIFY2(v.toObject().contains(QLatin1String(k)), k);
        QVERIFY(!o.contains(QStringLiteral("standby")));

        QProcess s;
        s.start(
            QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
            {QStringLiteral("replication"), QStringLiteral("--dsn"), standbyDsn(), QStringLiteral("--json")});
        QVERIFY(s.waitForFinished(60000));
        QCOMPARE(s.exitCode(), 0);
        const QJsonObject so = QJsonDocument::fromJson(s.readAllStandardOutput()).object();
        QVERIFY(so.value(QStringLiteral("in_recovery")).toBool());
        const QJsonObject standby = so.value(QStringLiteral("standby")).toObject();
        QCOMPARE(standby.value(QStringLiteral("receiver_status")).toString(), QStringLiteral("streaming"));
        QVERIFY(standby.contains(QStringLiteral("replay_delay_s")));

        QProcess t;
        t.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("replication"), QStringLiteral("--dsn"), standbyDsn()});
        QVERIFY(t.waitForFinished(60000));
        QCOMPARE(t.exitCode(), 0);
        QVERIFY(QString::fromUtf8(t.readAllStandardOutput())
                    .startsWith(QStringLiteral("Standby, replayed up to")));
    }
};

QTEST_GUILESS_MAIN(TestReplication)
#include "tst_replication.moc"
