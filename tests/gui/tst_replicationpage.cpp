// The Replication page offscreen in the real main window, against the sandbox and its real
// standby with replay paused: the standby's WAL sender with its lag, an inactive slot keeping
// WAL standing out with advice; "Drop slot…" asks first (naming what breaks), Cancel keeps
// the slot, "Drop slot" drops it on the server and writes the audit log; a slot in use cannot
// be dropped; the standby's own page shows replay paused and the delay. Screenshots of both.
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "history/store.h"
#include "mainwindow.h"
#include "monitor/poller.h"
#include "replication/replicationcollector.h"
#include "replication/replicationpage.h"

#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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
    static QTreeWidgetItem *row(QTreeWidget *view, const QString &key) {
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            if (view->topLevelItem(i)->text(0) == key)
                return view->topLevelItem(i);
        return nullptr;
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
        QVERIFY(w.showPage(QStringLiteral("replication")));

        // Lag builds up while replay is paused on the standby; the slots keep WAL.
        QVERIFY(testutil::waitUntil(
            [&] {
                write();
                auto *standby = row(page->sendersView(), QStringLiteral("sandbox_standby"));
                return standby && standby->text(4) != QLatin1String("0 B") &&
                       standby->text(5) != QStringLiteral("–") && page->collector()->points().size() >= 8 &&
                       row(page->slotsView(), QStringLiteral("tst_page_drop"));
            },
            30000));
        auto *keep = row(page->slotsView(), QStringLiteral("tst_page_keep"));
        QCOMPARE(keep->text(2), QStringLiteral("no"));
        QCOMPARE(keep->text(3), QStringLiteral("reserved"));
        // Inactive and keeping more than a WAL segment: it stands out, with what to do.
        auto *advice = page->findChild<QLabel *>(QStringLiteral("slotAdvice"));
        QVERIFY(advice->isVisible());
        QVERIFY(advice->text().contains(QStringLiteral("tst_page_keep")));
        QVERIFY(advice->text().contains(QStringLiteral("drop it")));
        QCOMPARE(keep->foreground(0).color(), QColor(0xb7, 0x1c, 0x1c));
        QVERIFY(w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-replication.png")));

        // The standby's own slot is in use: it cannot be dropped.
        auto *drop = page->findChild<QPushButton *>(QStringLiteral("dropSlot"));
        page->slotsView()->setCurrentItem(
            row(page->slotsView(), sandbox::env(QStringLiteral("PGDBA_STANDBY_SLOT"))));
        QVERIFY(!drop->isEnabled());

        // Cancel keeps the slot.
        page->slotsView()->setCurrentItem(row(page->slotsView(), QStringLiteral("tst_page_keep")));
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
        auto *target = row(page->slotsView(), QStringLiteral("tst_page_drop"));
        QVERIFY(target);
        page->slotsView()->setCurrentItem(target);
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
        QVERIFY(testutil::waitUntil([&] { return !row(page->slotsView(), QStringLiteral("tst_page_drop")); },
                                    10000));
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
