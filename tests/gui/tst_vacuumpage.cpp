// The Vacuum page offscreen in the real main window while a slowed-down VACUUM runs, a
// transaction is left open and a transaction is prepared: the VACUUM has a row with its phase
// and a progress bar that moves; both horizon holders are listed with their action and the
// statement to copy; the tables ranking and bloat lists are filled. A screenshot at 1280x720.
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "history/store.h"
#include "mainwindow.h"
#include "monitor/poller.h"
#include "vacuum/vacuumcollector.h"
#include "vacuum/vacuumpage.h"

#include <QApplication>
#include <QClipboard>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestVacuumPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_dsn;

    static QTreeWidgetItem *row(QTreeWidget *view, const QString &key) {
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            if (view->topLevelItem(i)->text(0) == key)
                return view->topLevelItem(i);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-test-vacuum"));
        m_dsn = sandbox::createDatabase(QStringLiteral("vacuumpage"));
        sandbox::psql(
            QStringLiteral(
                "CREATE TABLE orders (id int, status text, pad text) WITH (autovacuum_enabled = off);"
                "INSERT INTO orders SELECT g, 'new', repeat('p', 60) FROM generate_series(1, 300000) g;"
                "CREATE INDEX orders_id ON orders (id);"
                "DELETE FROM orders WHERE id % 3 = 0;"
                "ANALYZE orders;"
                "CREATE TABLE couriers (id int); INSERT INTO couriers SELECT generate_series(1, 1000);"),
            QStringLiteral("vacuumpage"));
    }
    void cleanupTestCase() {
        sandbox::psql(QStringLiteral("ROLLBACK PREPARED 'vacuumpage_gid'"));
        sandbox::psql(QStringLiteral("DROP DATABASE IF EXISTS vacuumpage WITH (FORCE)"));
    }

    void runningVacuumAndHorizonHolders() {
        history::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("h.sqlite"))));
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        core::Workspace ws(&profiles);
        ws.setHistory(&store);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *page = qobject_cast<ui::VacuumPage *>(w.page(QStringLiteral("vacuum")));
        QVERIFY(page);
        page->collector()->poller()->setInterval(300);

        auto open = testutil::connect(m_dsn, QStringLiteral("checkout-api"));
        testutil::exec(*open, QStringLiteral("BEGIN"));
        testutil::exec(*open, QStringLiteral("UPDATE couriers SET id = id WHERE id = 1"));
        auto prep = testutil::connect(m_dsn, QStringLiteral("payments"));
        testutil::exec(*prep, QStringLiteral("BEGIN"));
        testutil::exec(*prep, QStringLiteral("UPDATE couriers SET id = id WHERE id = 2"));
        testutil::exec(*prep, QStringLiteral("PREPARE TRANSACTION 'vacuumpage_gid'"));
        auto vac = testutil::connect(m_dsn, QStringLiteral("maintenance"));
        testutil::exec(*vac, QStringLiteral("SET vacuum_cost_delay = '10ms'"));
        testutil::exec(*vac, QStringLiteral("SET vacuum_cost_limit = 60"));
        auto running = vac->query(QStringLiteral("VACUUM (VERBOSE) orders"));
        const QString vacPid = QString::number(vac->facts().backendPid);

        QVERIFY(!QCoro::waitFor(w.connectDsn(m_dsn)));
        QVERIFY(w.showPage(QStringLiteral("vacuum")));
        int firstValue = -1;
        QVERIFY(testutil::waitUntil(
            [&] {
                auto *item = row(page->runningView(), vacPid);
                if (!item)
                    return false;
                auto *bar = qobject_cast<QProgressBar *>(page->runningView()->itemWidget(item, 4));
                if (!bar || bar->value() <= 0)
                    return false;
                if (firstValue < 0)
                    firstValue = bar->value();
                return item->text(2) == QLatin1String("orders") && !item->text(3).isEmpty() &&
                       bar->value() > firstValue && page->tablesView()->topLevelItemCount() > 0 &&
                       page->bloatView()->topLevelItemCount() > 0;
            },
            60000));
        const QString openPid = QStringLiteral("pid %1").arg(open->facts().backendPid);
        QVERIFY(row(page->horizonView(), openPid));
        QTreeWidgetItem *prepared = row(page->horizonView(), QStringLiteral("vacuumpage_gid"));
        QVERIFY(prepared);
        QVERIFY(prepared->text(6).contains(QStringLiteral("ROLLBACK PREPARED")));
        QVERIFY(w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-vacuum.png")));

        // The statement that releases a holder is copied, not run.
        page->horizonView()->setCurrentItem(prepared);
        auto *copy = page->findChild<QPushButton *>(QStringLiteral("copyAction"));
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("ROLLBACK PREPARED 'vacuumpage_gid'; -- in database \"vacuumpage\""));

        testutil::exec(*open, QStringLiteral("SELECT pg_cancel_backend($1)"), {vac->facts().backendPid});
        const pg::Result r = QCoro::waitFor(std::move(running));
        Q_UNUSED(r);
        testutil::exec(*open, QStringLiteral("ROLLBACK"));
        testutil::exec(*open, QStringLiteral("ROLLBACK PREPARED 'vacuumpage_gid'"));
        QVERIFY(testutil::waitUntil(
            [&] {
                return !row(page->horizonView(), openPid) &&
                       !row(page->horizonView(), QStringLiteral("vacuumpage_gid"));
            },
            10000));
    }
};

QTEST_MAIN(TestVacuumPage)
#include "tst_vacuumpage.moc"
