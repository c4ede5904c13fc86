// Replication and vacuum data without a server: the checkpoint / I/O variants for versions the
// sandbox does not run (16: pg_stat_bgwriter + pg_stat_io, 17: pg_stat_checkpointer) parsed from
// recorded results, each version picking its own SQL file; points between two snapshots
// (rates, counter resets, role change, JSON round trip); slot problems and horizon actions.
#include "monitor/healthreplchecks.h"
#include "monitor/healthrunner.h"
#include "pg/result.h"
#include "pg/sqlfile.h"
#include "replication/replicationpoint.h"
#include "replication/replicationsnapshot.h"
#include "vacuum/vacuumsnapshot.h"

#include <QFile>
#include <QTest>

#include <libpq-fe.h>

#include <cmath>
#include <vector>

namespace {
// A recorded result (CSV: header, rows; an empty field is NULL) as a real PGresult.
pg::Result fixture(const QString &name) {
    QFile f(QStringLiteral(PGDBA_FIXTURES_DIR "/replication/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    const QList<QByteArray> header = lines.first().split(',');
    PGresult *res = PQmakeEmptyPGresult(nullptr, PGRES_TUPLES_OK);
    std::vector<PGresAttDesc> attrs(size_t(header.size()));
    for (qsizetype i = 0; i < header.size(); ++i) {
        attrs[size_t(i)] = {};
        attrs[size_t(i)].name = const_cast<char *>(header.at(i).constData());
        attrs[size_t(i)].typid = 25;
        attrs[size_t(i)].typlen = -1;
        attrs[size_t(i)].atttypmod = -1;
    }
    PQsetResultAttrs(res, int(header.size()), attrs.data());
    for (qsizetype r = 1; r < lines.size(); ++r) {
        const QList<QByteArray> values = lines.at(r).split(',');
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QByteArray v = values.value(c);
            PQsetvalue(res, int(r - 1), int(c), v.isEmpty() ? nullptr : const_cast<char *>(v.constData()),
                       v.isEmpty() ? -1 : int(v.size()));
        }
    }
    return pg::Result::adopt(res, QString());
}
} // namespace

class TestReplicationData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void variantsByVersion() {
        QVERIFY(pg::sqlFile(QStringLiteral("replication/checkpoints"), 120000)
                    .contains(QStringLiteral("pg_stat_bgwriter")));
        QVERIFY(pg::sqlFile(QStringLiteral("replication/checkpoints"), 160004)
                    .contains(QStringLiteral("checkpoints_timed")));
        const QString v17 = pg::sqlFile(QStringLiteral("replication/checkpoints"), 170002);
        QVERIFY(v17.contains(QStringLiteral("pg_stat_checkpointer")));
        QVERIFY(v17.contains(QStringLiteral("pg_stat_io")));
        QVERIFY(
            pg::sqlFile(QStringLiteral("replication/io"), 150018).contains(QStringLiteral("WHERE false")));
        QVERIFY(pg::sqlFile(QStringLiteral("replication/io"), 160000)
                    .contains(QStringLiteral("FROM pg_stat_io")));
        QVERIFY(!pg::sqlFile(QStringLiteral("vacuum/progress"), 130000)
                     .contains(QStringLiteral("FROM pg_stat_progress_copy")));
        QVERIFY(pg::sqlFile(QStringLiteral("vacuum/progress"), 140000)
                    .contains(QStringLiteral("FROM pg_stat_progress_copy")));
    }

    void checkpointsRecorded_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("timed");
        QTest::addColumn<qint64>("requested");
        QTest::addColumn<qint64>("backend");
        QTest::addRow("16 pg_stat_bgwriter")
            << QStringLiteral("checkpoints_pg16.csv") << qint64(1412) << qint64(37) << qint64(96310);
        QTest::addRow("17 pg_stat_checkpointer")
            << QStringLiteral("checkpoints_pg17.csv") << qint64(288) << qint64(4) << qint64(15002);
    }
    void checkpointsRecorded() {
        QFETCH(QString, file);
        QFETCH(qint64, timed);
        QFETCH(qint64, requested);
        QFETCH(qint64, backend);
        const auto c = replication::CheckpointCounters::fromResult(fixture(file));
        QVERIFY(c.valid);
        QCOMPARE(c.timed, timed);
        QCOMPARE(c.requested, requested);
        QCOMPARE(c.buffersBackend, backend);
        QVERIFY(c.writeTimeMs > c.syncTimeMs);
        QVERIFY(c.statsReset.isValid());
    }

    void ioRecorded() {
        const auto io16 = replication::IoRow::fromResult(fixture(QStringLiteral("io_pg16.csv")));
        QCOMPARE(io16.size(), 5);
        QCOMPARE(io16.at(3).backendType, QStringLiteral("client backend"));
        QCOMPARE(io16.at(3).hits, qint64(88127731));
        QCOMPARE(io16.at(3).fsyncs, qint64(0)); // NULL in the recording
        const auto io17 = replication::IoRow::fromResult(fixture(QStringLiteral("io_pg17.csv")));
        QCOMPARE(io17.size(), 5);
        QCOMPARE(io17.at(2).writes, qint64(412877));
    }

    void pointRates() {
        replication::ReplicationSnapshot a, b;
        a.tsMs = 1000000;
        b.tsMs = 1002000;
        a.walBytes = 1000;
        b.walBytes = 5000;
        a.checkpoints =
            replication::CheckpointCounters::fromResult(fixture(QStringLiteral("checkpoints_pg16.csv")));
        b.checkpoints = a.checkpoints;
        b.checkpoints.timed += 1;
        b.checkpoints.buffersBackend += 100;
        replication::WalSender w;
        w.applicationName = QStringLiteral("s1");
        w.lagBytes = 4096;
        w.replayLagS = 2.5;
        b.senders << w;
        const auto p = replication::ReplicationPoint::between(a, b);
        QCOMPARE(p.walBytesPerS, 2000.0);
        QCOMPARE(p.checkpointsTimed, 1.0);
        QCOMPARE(p.checkpointsRequested, 0.0);
        QCOMPARE(p.buffersBackendPerS, 50.0);
        QCOMPARE(p.lagBytes, 4096.0);
        QCOMPARE(p.replayLagS, 2.5);
        QCOMPARE(p.senderLagBytes.value(QStringLiteral("s1")), 4096.0);
        const auto back = replication::ReplicationPoint::fromJson(p.tsMs, p.toJson());
        QCOMPARE(back.walBytesPerS, p.walBytesPerS);
        QCOMPARE(back.senderLagBytes, p.senderLagBytes);
        QCOMPARE(back.checkpointsTimed, 1.0);

        // A counter reset (stats_reset changed) or a smaller value: no rate, never negative.
        replication::ReplicationSnapshot c = b;
        c.tsMs = b.tsMs + 2000;
        c.checkpoints.timed = 0;
        c.checkpoints.statsReset = c.checkpoints.statsReset.addSecs(10);
        c.walBytes = 100;
        const auto r = replication::ReplicationPoint::between(b, c);
        QVERIFY(std::isnan(r.checkpointsTimed));
        QVERIFY(std::isnan(r.walBytesPerS));
        QVERIFY(!r.toJson().contains(QStringLiteral("wal_bps")));
        // The first snapshot (no previous one): lag, no rates.
        const auto first = replication::ReplicationPoint::between({}, b);
        QVERIFY(std::isnan(first.walBytesPerS));
        QCOMPARE(first.lagBytes, 4096.0);
        // Promoted meanwhile: the WAL position means something else now.
        replication::ReplicationSnapshot promoted = b;
        promoted.inRecovery = true;
        promoted.tsMs = b.tsMs + 1000;
        QVERIFY(std::isnan(replication::ReplicationPoint::between(b, promoted).walBytesPerS));
    }

    void slotProblems() {
        replication::ReplicationSlot s;
        s.name = QStringLiteral("old_sub");
        s.type = QStringLiteral("logical");
        s.walStatus = QStringLiteral("reserved");
        s.retainedBytes = 2LL << 30;
        s.active = true;
        QVERIFY(!s.needsAttention(1LL << 30)); // in use: keeping WAL is its job
        s.active = false;
        QVERIFY(s.needsAttention(1LL << 30));
        QVERIFY(!s.needsAttention(4LL << 30));
        s.walStatus = QStringLiteral("lost");
        QVERIFY(s.problem(4LL << 30).contains(QStringLiteral("never resume")));
        s.walStatus = QStringLiteral("unreserved");
        QVERIFY(s.needsAttention(4LL << 30));
        s.walStatus = QStringLiteral("extended");
        QVERIFY(s.needsAttention(4LL << 30));
    }

    void horizonActions() {
        vacuum::HorizonHolder h;
        h.kind = vacuum::HorizonHolder::Kind::Prepared;
        h.holder = QStringLiteral("it's");
        h.database = QStringLiteral("shop db");
        QCOMPARE(h.actionSql(), QStringLiteral("ROLLBACK PREPARED 'it''s'; -- in database \"shop db\""));
        QCOMPARE(h.kindKey(), QStringLiteral("prepared"));
        h.kind = vacuum::HorizonHolder::Kind::Slot;
        QCOMPARE(h.actionSql(), QStringLiteral("SELECT pg_drop_replication_slot('it''s');"));
        h.kind = vacuum::HorizonHolder::Kind::Standby;
        QVERIFY(h.actionSql().isEmpty());
        QVERIFY(h.action().contains(QStringLiteral("hot_standby_feedback")));
    }

    void healthRunnerListsTheNewChecks() {
        const QStringList all = monitor::healthCheckIds();
        const QStringList mine = monitor::replVacuumCheckIds();
        QCOMPARE(all.mid(all.size() - mine.size()), mine);
    }

    void progressFraction() {
        vacuum::MaintenanceProgress p;
        p.done = 50;
        p.total = 200;
        QCOMPARE(p.fraction(), 0.25);
        p.total = -1;
        QCOMPARE(p.fraction(), -1.0);
        p.total = 10; // a relation that grew while being scanned
        QCOMPARE(p.fraction(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestReplicationData)
#include "tst_replicationdata.moc"
