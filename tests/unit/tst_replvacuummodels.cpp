// The table models of the replication and vacuum pages (app/, no widgets) under
// QAbstractItemModelTester: rows follow their key across refreshes (removed, changed in place,
// inserted, re-ranked with a layout change that keeps persistent indexes on their row), severity
// and progress roles; the chart data (cumulative checkpoints timed vs requested and write/sync
// time, reduction of long ranges); the statements the horizon actions send.
#include "replication/replicationchartdata.h"
#include "replication/replicationmodels.h"
#include "vacuum/horizoncontrol.h"
#include "vacuum/vacuummodels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using replication::RowsModel;

namespace {
vacuum::HorizonHolder holder(vacuum::HorizonHolder::Kind kind, const QString &name, qint64 age, int pid = 0) {
    vacuum::HorizonHolder h;
    h.kind = kind;
    h.holder = name;
    h.pid = pid;
    h.ageXids = age;
    h.ageS = 10;
    h.database = QStringLiteral("shop");
    h.role = QStringLiteral("app");
    return h;
}
vacuum::VacuumSnapshot horizonOf(const QList<vacuum::HorizonHolder> &hs) {
    vacuum::VacuumSnapshot s;
    s.tsMs = 1;
    s.horizon = hs;
    return s;
}
} // namespace

class TestReplVacuumModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void horizonRowsFollowTheirKey() {
        using K = vacuum::HorizonHolder::Kind;
        vacuum::HorizonModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSnapshot(horizonOf({holder(K::Transaction, QStringLiteral("101"), 500, 101),
                                 holder(K::Prepared, QStringLiteral("gid-1"), 300),
                                 holder(K::Slot, QStringLiteral("standby_a"), 100)}));
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.columnCount(), int(vacuum::HorizonModel::ColumnCount));
        QCOMPARE(m.index(0, vacuum::HorizonModel::Holder).data().toString(), QStringLiteral("pid 101"));
        QCOMPARE(m.rowOf(QStringLiteral("prepared:gid-1")), 1);
        QCOMPARE(m.holderAt(1)->holder, QStringLiteral("gid-1"));
        QVERIFY(m.index(1, vacuum::HorizonModel::Action)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("ROLLBACK PREPARED 'gid-1'")));

        // The slot is now the oldest: re-ranked by a layout change; a persistent index on it
        // (the view's current row) moves with it.
        QPersistentModelIndex slot = m.index(2, 0);
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&m, &QAbstractItemModel::layoutChanged);
        m.setSnapshot(horizonOf({holder(K::Slot, QStringLiteral("standby_a"), 900),
                                 holder(K::Transaction, QStringLiteral("101"), 510, 101),
                                 holder(K::Prepared, QStringLiteral("gid-1"), 310)}));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(slot.row(), 0);
        QCOMPARE(slot.data(RowsModel::KeyRole).toString(), QStringLiteral("slot:standby_a"));
        QCOMPARE(m.index(0, vacuum::HorizonModel::AgeXids).data().toString(), QStringLiteral("900"));

        // The transaction ended, a new one started: one removal, one insertion, no reset.
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        auto old = holder(K::Snapshot, QStringLiteral("202"), 2000000, 202);
        old.ageS = 400;
        m.setSnapshot(horizonOf({old, holder(K::Slot, QStringLiteral("standby_a"), 905),
                                 holder(K::Prepared, QStringLiteral("gid-1"), 315)}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(m.keyAt(0), QStringLiteral("snapshot:202"));
        QCOMPARE(m.index(0, 0).data(RowsModel::SeverityRole).toInt(), 2); // old: an alert
        QCOMPARE(m.index(1, 0).data(RowsModel::SeverityRole).toInt(), 0);
        QCOMPARE(slot.row(), 1);

        m.setSnapshot({});
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(!m.holderAt(0));
    }

    void runningCarriesProgress() {
        vacuum::RunningModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        vacuum::VacuumSnapshot s;
        vacuum::MaintenanceProgress v;
        v.kind = QStringLiteral("vacuum");
        v.pid = 7;
        v.relation = QStringLiteral("orders");
        v.phase = QStringLiteral("scanning heap");
        v.done = 250;
        v.total = 1000;
        v.unit = QStringLiteral("blocks");
        vacuum::MaintenanceProgress c = v;
        c.kind = QStringLiteral("copy");
        c.pid = 8;
        c.total = -1;
        c.unit = QStringLiteral("tuples");
        s.running = {v, c};
        m.setSnapshot(s);
        const int col = vacuum::RunningModel::Progress;
        QCOMPARE(m.index(0, col).data(RowsModel::ProgressRole).toDouble(), 0.25);
        QCOMPARE(m.index(0, col).data().toString(), QStringLiteral("25 % of 1000 blocks"));
        QCOMPARE(m.index(1, col).data(RowsModel::ProgressRole).toDouble(), -1.0); // unknown total
        QVERIFY(!m.index(0, vacuum::RunningModel::Phase).data(RowsModel::ProgressRole).isValid());
        QCOMPARE(m.index(1, vacuum::RunningModel::Command).data().toString(), QStringLiteral("COPY"));

        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        s.running[0].done = 500;
        m.setSnapshot(s);
        QCOMPARE(changed.count(), 1); // only the row that moved on
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(m.index(0, col).data(RowsModel::ProgressRole).toDouble(), 0.5);
    }

    void tablesBloatAndIndexBloat() {
        vacuum::TablesModel tables;
        vacuum::BloatModel bloat;
        vacuum::IndexBloatModel indexes;
        QAbstractItemModelTester t1(&tables, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&bloat, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&indexes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        vacuum::VacuumSnapshot s;
        vacuum::TableVacuumState due;
        due.relation = QStringLiteral("public.due");
        due.deadTuples = 60;
        due.threshold = 50;
        due.vacuumRatio = 1.2;
        vacuum::TableVacuumState near = due;
        near.relation = QStringLiteral("public.near");
        near.vacuumRatio = 0.85;
        s.tables = {due, near};
        vacuum::TableBloat b;
        b.relation = QStringLiteral("public.due");
        b.bytes = 8 << 20;
        b.bloatBytes = 2 << 20;
        b.bloatPct = 25;
        s.bloat = {b};
        vacuum::IndexBloat i;
        i.index = QStringLiteral("public.due_pkey");
        i.table = QStringLiteral("public.due");
        i.bytes = 4 << 20;
        i.bloatBytes = 1 << 20;
        i.bloatPct = 25;
        i.exact = true;
        i.leafDensity = 67.5;
        i.growthBytes = 1024;
        s.indexBloat = {i};
        tables.setSnapshot(s);
        bloat.setSnapshot(s);
        indexes.setSnapshot(s);
        QCOMPARE(tables.index(0, 0).data(RowsModel::SeverityRole).toInt(), 2); // past the threshold
        QCOMPARE(tables.index(1, 0).data(RowsModel::SeverityRole).toInt(), 1); // 85 %: a warning
        QCOMPARE(tables.index(0, vacuum::TablesModel::ThresholdPct).data(RowsModel::SortRole).toDouble(),
                 1.2);
        QCOMPARE(bloat.index(0, vacuum::BloatModel::Source).data().toString(), QStringLiteral("estimate"));
        QCOMPARE(bloat.index(0, vacuum::BloatModel::Growth).data().toString(), QStringLiteral("–"));
        QCOMPARE(indexes.index(0, vacuum::IndexBloatModel::Index).data().toString(),
                 QStringLiteral("public.due_pkey"));
        QCOMPARE(indexes.index(0, vacuum::IndexBloatModel::Source).data().toString(),
                 QStringLiteral("pgstatindex"));
        QVERIFY(
            indexes.index(0, vacuum::IndexBloatModel::Growth).data().toString().startsWith(QLatin1Char('+')));
        QVERIFY(indexes.index(0, vacuum::IndexBloatModel::Bloat)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("67.5 %")));
        QCOMPARE(indexes.headerData(vacuum::IndexBloatModel::Table, Qt::Horizontal).toString(),
                 QStringLiteral("Table"));
    }

    void sendersAndSlots() {
        replication::SendersModel senders;
        replication::SlotsModel slotModel;
        QAbstractItemModelTester t1(&senders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&slotModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        replication::ReplicationSnapshot s;
        replication::WalSender w;
        w.pid = 5;
        w.applicationName = QStringLiteral("standby_a");
        w.lagBytes = 3 << 20;
        w.replayLagS = 75;
        s.senders = {w};
        replication::ReplicationSlot idle;
        idle.name = QStringLiteral("old_slot");
        idle.type = QStringLiteral("logical");
        idle.plugin = QStringLiteral("test_decoding");
        idle.retainedBytes = 64LL << 20;
        replication::ReplicationSlot used = idle;
        used.name = QStringLiteral("live_slot");
        used.active = true;
        used.activePid = 9;
        s.replicationSlots = {idle, used};
        senders.setSnapshot(s);
        slotModel.setSnapshot(s);
        QCOMPARE(senders.rowOf(QStringLiteral("standby_a")), 0);
        QCOMPARE(senders.index(0, replication::SendersModel::ReplayLag).data(RowsModel::SeverityRole).toInt(),
                 2);
        QCOMPARE(senders.index(0, replication::SendersModel::Lag).data(RowsModel::SortRole).toDouble(),
                 double(3 << 20));
        QCOMPARE(slotModel.index(0, replication::SlotsModel::Type).data().toString(),
                 QStringLiteral("logical (test_decoding)"));
        QCOMPARE(slotModel.index(0, 0).data(RowsModel::SeverityRole).toInt(), 2); // inactive, keeps 64 MB
        QVERIFY(!slotModel.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(slotModel.index(1, 0).data(RowsModel::SeverityRole).toInt(), 0);
        QCOMPARE(slotModel.index(1, replication::SlotsModel::Active).data().toString(),
                 QStringLiteral("yes, pid 9"));
    }

    void chartDataAccumulatesCheckpoints() {
        QList<replication::ReplicationPoint> pts;
        for (int i = 0; i < 10; ++i) {
            replication::ReplicationPoint p;
            p.tsMs = 1000 * (i + 1);
            p.lagBytes = i * 1024.0 * 1024.0;
            p.checkpointsTimed = i == 3 || i == 7 ? 1 : 0;
            p.checkpointsRequested = i == 5 ? 1 : 0;
            p.checkpointWriteMs = i == 3 ? 1500 : 0;
            p.checkpointSyncMs = i == 3 ? 250 : 0;
            if (i == 0) // the first point has no rates
                p.checkpointsTimed = p.checkpointsRequested = p.checkpointWriteMs = p.checkpointSyncMs =
                    replication::NoValue;
            pts << p;
        }
        const auto d = replication::ReplicationChartData::from(pts, 0);
        QCOMPARE(d.ts.size(), 10);
        QCOMPARE(d.checkpoints.at(0).last(), 2.0); // timed
        QCOMPARE(d.checkpoints.at(1).last(), 1.0); // requested
        QCOMPARE(d.checkpoints.at(0).at(2), 0.0);
        QCOMPARE(d.checkpoints.at(0).at(3), 1.0);
        QCOMPARE(d.ckptTime.at(0).last(), 1.5);
        QCOMPARE(d.ckptTime.at(1).last(), 0.25);
        QCOMPARE(d.checkpointsTimed, 2.0);
        QCOMPARE(d.lag.at(0).at(4), 4.0);

        // A range that starts later counts from there.
        const auto later = replication::ReplicationChartData::from(pts, 5000);
        QCOMPARE(later.ts.first(), qint64(5000));
        QCOMPARE(later.checkpoints.at(0).last(), 1.0);

        // At most maxPoints: buckets keep the maximum (lag) and the last cumulative value.
        const auto reduced = replication::ReplicationChartData::from(pts, 0, 4);
        QVERIFY(reduced.ts.size() <= 4);
        QCOMPARE(reduced.ts.last(), qint64(10000));
        QCOMPARE(reduced.lag.at(0).last(), 9.0);
        QCOMPARE(reduced.checkpoints.at(0).last(), 2.0);
        QCOMPARE(reduced.ckptTime.at(0).last(), 1.5);
    }

    void horizonStatements() {
        using K = vacuum::HorizonHolder::Kind;
        using A = vacuum::HorizonAction;
        using C = vacuum::HorizonControl;
        QCOMPARE(C::quoteLiteral(QStringLiteral("a'b")), QStringLiteral("'a''b'"));
        QCOMPARE(C::quoteLiteral(QStringLiteral("a\\b'")), QStringLiteral("E'a\\\\b'''"));
        const auto t = holder(K::Transaction, QStringLiteral("42"), 10, 42);
        QCOMPARE(C::actionsFor(t), QList<A>{A::Terminate});
        const auto st = C::statementFor(t, A::Terminate);
        QCOMPARE(st.params, QVariantList{42});
        QVERIFY(st.sql.contains(QStringLiteral("pg_terminate_backend($1)")));
        QVERIFY(C::confirmationText(t, A::Terminate).contains(QStringLiteral("$1 = 42")));
        const auto p = holder(K::Prepared, QStringLiteral("x'; DROP TABLE t; --"), 10);
        QCOMPARE(C::actionsFor(p), (QList<A>{A::RollbackPrepared, A::CommitPrepared}));
        QCOMPARE(C::statementFor(p, A::RollbackPrepared).sql,
                 QStringLiteral("ROLLBACK PREPARED 'x''; DROP TABLE t; --'"));
        QCOMPARE(C::statementFor(p, A::CommitPrepared).database, QStringLiteral("shop"));
        QVERIFY(C::confirmationText(p, A::CommitPrepared)
                    .contains(QStringLiteral("COMMIT PREPARED 'x''; DROP TABLE t; --'")));
        const auto slot = holder(K::Slot, QStringLiteral("old"), 10);
        QCOMPARE(C::actionsFor(slot), QList<A>{A::DropSlot});
        QCOMPARE(C::statementFor(slot, A::DropSlot).params, QVariantList{QStringLiteral("old")});
        QVERIFY(C::actionsFor(holder(K::Standby, QStringLiteral("s"), 1)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReplVacuumModels)
#include "tst_replvacuummodels.moc"
