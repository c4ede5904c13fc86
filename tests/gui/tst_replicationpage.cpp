// The Replication page offscreen in the real main window, against the sandbox and its real
// standby with replay paused: the standby's WAL sender with its lag, an inactive slot keeping
// WAL standing out with advice; "Drop slot…" asks first (naming what breaks), Cancel keeps
// the slot, "Drop slot" drops it on the server and writes the audit log; a slot in use cannot
// be dropped; the standby's own page shows replay paused and the delay. Screenshots of both.
// The views show the models of app/replication (under QAbstractItemModelTester while live); a
// CHECKPOINT is counted as requested on the checkpoints chart; the chart range control reloads
// the points from the history store (on a worker thread) for the chosen range.
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "history/store.h"
#include "mainwindow.h"
#include "monitor/poller.h"
#include "replication/replicationchartdata.h"
#include "replication/replicationcollector.h"
#include "replication/replicationmodels.h"
#include "replication/replicationpage.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestReplicationPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<pg::Connection> m_writer;
    std::unique_ptr<pg::Connection> m_standbyAdmin;

    static QString standbyDsn() {
        return QStringLiteral("host=%1 port=%2 user=postgres dbname=postgres")
            .arg(sandbox::env(QStringLiteral("PGDBA_STANDBY_HOST")),
                 sandbox::env(QStringLiteral("PGDBA_STANDBY_PORT")));
    }
    // The view's row with that key (the model's KeyRole), invalid when absent.
    static QModelIndex row(QTreeView *view, const QString &key) {
        const QAbstractItemModel *m = view->model();
        for (int i = 0; i < m->rowCount(); ++i)
            if (m->index(i, 0).data(replication::RowsModel::KeyRole).toString() == key)
                return m->index(i, 0);
        return {};
    }
    static QString cell(const QModelIndex &r, int column) {
        return r.sibling(r.row(), column).data().toString();
    }
    static bool slotExists(const QString &name) {
        return sandbox::psql(
                   QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name = '%1'")
                       .arg(name)) == QLatin1String("1");
    }
    void write() {
        testutil::exec(
            *m_writer,
            QStringLiteral(
                "INSERT INTO replpage_t SELECT g, repeat('x', 200) FROM generate_series(1, 1000) g"));
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-test-replication"));
        m_writer = testutil::connect(sandbox::dsn(), QStringLiteral("replpage writer"));
        m_standbyAdmin = testutil::connect(standbyDsn(), QStringLiteral("replpage admin"));
        QVERIFY(m_writer->isReady() && m_standbyAdmin->isReady());
        testutil::exec(*m_writer, QStringLiteral("DROP TABLE IF EXISTS replpage_t"));
        testutil::exec(*m_writer, QStringLiteral("CREATE TABLE replpage_t (id int, pad text)"));
        for (const char *name : {"tst_page_keep", "tst_page_drop"})
            testutil::exec(*m_writer, QStringLiteral("SELECT pg_create_physical_replication_slot($1, true)"),
                           {QString::fromLatin1(name)});
        // Paused only once the standby has replayed a commit (it then knows its replay delay).
        write();
        QVERIFY(testutil::waitUntil(
            [&] {
                return testutil::exec(*m_standbyAdmin,
                                      QStringLiteral("SELECT pg_last_xact_replay_timestamp() IS NOT NULL AND "
                                                     "pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()"))
                           .text(0, 0) == QLatin1String("t");
            },
            20000));
        testutil::exec(*m_standbyAdmin, QStringLiteral("SELECT pg_wal_replay_pause()"));
    }
    void cleanupTestCase() {
        testutil::exec(*m_standbyAdmin, QStringLiteral("SELECT pg_wal_replay_resume()"));
        sandbox::psql(QStringLiteral("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots "
                                     "WHERE slot_name LIKE 'tst_page_%' AND NOT active"));
        sandbox::psql(QStringLiteral("DROP TABLE IF EXISTS replpage_t"));
    }

    void primaryPageDropSlotAudited() {
        history::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("h.sqlite"))));
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        core::Workspace ws(&profiles);
        ws.setHistory(&store);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *page = qobject_cast<ui::ReplicationPage *>(w.page(QStringLiteral("replication")));
        QVERIFY(page);
        page->collector()->poller()->setInterval(300);
        page->collector()->setWindowMs(60000); // the chart shows the test's last minute
        QVERIFY(!QCoro::waitFor(w.connectDsn(sandbox::dsn())));
        QAbstractItemModelTester sendersTester(page->sendersModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester slotsTester(page->slotsModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(w.showPage(QStringLiteral("replication")));

        // Lag builds up while replay is paused on the standby; the slots keep WAL. A CHECKPOINT
        // on the way is counted as requested.
        bool checkpointed = false;
        QVERIFY(testutil::waitUntil(
            [&] {
                write();
                if (!checkpointed && page->collector()->points().size() >= 3) {
                    testutil::exec(*m_writer, QStringLiteral("CHECKPOINT"));
                    checkpointed = true;
                }
                const QModelIndex standby = row(page->sendersView(), QStringLiteral("sandbox_standby"));
                return standby.isValid() &&
                       cell(standby, replication::SendersModel::Lag) != QLatin1String("0 B") &&
                       cell(standby, replication::SendersModel::ReplayLag) != QStringLiteral("–") &&
                       page->collector()->points().size() >= 8 &&
                       row(page->slotsView(), QStringLiteral("tst_page_drop")).isValid() &&
                       replication::ReplicationChartData::from(page->collector()->points(), 0)
                               .checkpointsRequested >= 1;
            },
            30000));
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("checkpointTabs"));
        QVERIFY(tabs);
        auto *checkpoints = page->findChild<QChartView *>(QStringLiteral("chartCheckpointCount"));
        QVERIFY(checkpoints);
        const QString title = checkpoints->chart()->title();
        QVERIFY2(title.contains(QStringLiteral("requested")) &&
                     !title.contains(QStringLiteral(" 0 requested")),
                 qPrintable(title));
        const QModelIndex keep = row(page->slotsView(), QStringLiteral("tst_page_keep"));
        QCOMPARE(cell(keep, replication::SlotsModel::Active), QStringLiteral("no"));
        QCOMPARE(cell(keep, replication::SlotsModel::WalStatus), QStringLiteral("reserved"));
        // Inactive and keeping more than a WAL segment: it stands out, with what to do.
        auto *advice = page->findChild<QLabel *>(QStringLiteral("slotAdvice"));
        QVERIFY(advice->isVisible());
        QVERIFY(advice->text().contains(QStringLiteral("tst_page_keep")));
        QVERIFY(advice->text().contains(QStringLiteral("drop it")));
        QCOMPARE(keep.data(replication::RowsModel::SeverityRole).toInt(), 2);
        QVERIFY(w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-replication.png")));
        tabs->setCurrentIndex(1);
        testutil::settle();
        QVERIFY(w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-replication-checkpoints.png")));
        tabs->setCurrentIndex(2);
        testutil::settle();
        QVERIFY(w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-replication-ckpt-time.png")));
        tabs->setCurrentIndex(0);

        // The range control: 15 min reloads the points from the store (read on a worker thread).
        QSignalSpy reset(page->collector(), &replication::ReplicationCollector::pointsReset);
        const qsizetype before = page->collector()->points().size();
        page->rangeBox()->setCurrentIndex(0);
        QCOMPARE(page->collector()->windowMs(), qint64(15 * 60 * 1000));
        QVERIFY(testutil::waitUntil([&] { return reset.count() >= 2; }, 10000)); // cleared, then loaded
        QVERIFY2(page->collector()->points().size() >= before,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(page->collector()->points().size())));

        // The standby's own slot is in use: it cannot be dropped.
        auto *drop = page->findChild<QPushButton *>(QStringLiteral("dropSlot"));
        page->slotsView()->setCurrentIndex(
            row(page->slotsView(), sandbox::env(QStringLiteral("PGDBA_STANDBY_SLOT"))));
        QVERIFY(!drop->isEnabled());

        // Cancel keeps the slot.
        page->slotsView()->setCurrentIndex(row(page->slotsView(), QStringLiteral("tst_page_keep")));
        QVERIFY(drop->isEnabled());
        QTest::mouseClick(drop, Qt::LeftButton);
        auto *box = page->findChild<QMessageBox *>(QStringLiteral("dropSlotConfirm"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("tst_page_keep")));
        QVERIFY(box->informativeText().contains(QStringLiteral("What breaks")));
        QVERIFY(box->informativeText().contains(QStringLiteral("new base backup")));
        QVERIFY(box->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-replication-drop.png")));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QVERIFY(testutil::waitUntil(
            [&] { return !page->findChild<QMessageBox *>(QStringLiteral("dropSlotConfirm")); }));
        QVERIFY(slotExists(QStringLiteral("tst_page_keep")));

        // "Drop slot" drops it and audits it.
        QSignalSpy finished(page, &ui::ReplicationPage::slotDropFinished);
        const QModelIndex target = row(page->slotsView(), QStringLiteral("tst_page_drop"));
        QVERIFY(target.isValid());
        page->slotsView()->setCurrentIndex(target);
        QTest::mouseClick(drop, Qt::LeftButton);
        box = page->findChild<QMessageBox *>(QStringLiteral("dropSlotConfirm"));
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("tst_page_drop"));
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("done"));
        QVERIFY(!slotExists(QStringLiteral("tst_page_drop")));
        QVERIFY(slotExists(QStringLiteral("tst_page_keep")));
        const auto audit = store.audit();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.first().action, QStringLiteral("drop slot"));
        QCOMPARE(audit.first().targetQuery, QStringLiteral("tst_page_drop"));
        QCOMPARE(audit.first().outcome, QStringLiteral("done"));
        QVERIFY(testutil::waitUntil(
            [&] { return !row(page->slotsView(), QStringLiteral("tst_page_drop")).isValid(); }, 10000));
    }

    void standbyPageShowsPausedReplay() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles2.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *page = qobject_cast<ui::ReplicationPage *>(w.page(QStringLiteral("replication")));
        page->collector()->poller()->setInterval(300);
        page->collector()->setWindowMs(60000);
        QVERIFY(!QCoro::waitFor(w.connectDsn(standbyDsn())));
        QVERIFY(w.showPage(QStringLiteral("replication")));
        auto *box = page->findChild<QGroupBox *>();
        auto *status = page->findChild<QLabel *>(QStringLiteral("standbyStatus"));
        QVERIFY(testutil::waitUntil(
            [&] {
                write();
                return box->isVisible() && status->text().contains(QStringLiteral("REPLAY PAUSED")) &&
                       !status->text().contains(QStringLiteral("transaction): <b>–")) &&
                       page->collector()->points().size() >= 8;
            },
            30000));
        QVERIFY(status->text().contains(QStringLiteral("streaming")));
        QVERIFY(w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-replication-standby.png")));
    }
};

QTEST_MAIN(TestReplicationPage)
#include "tst_replicationpage.moc"
