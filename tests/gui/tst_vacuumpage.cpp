// The Vacuum page offscreen in the real main window while a slowed-down VACUUM runs, a
// transaction is left open and a transaction is prepared: the VACUUM has a row with its phase
// and a progress that moves; both horizon holders are listed with their action and the
// statement to copy; the tables ranking, table and index bloat lists are filled. Then the
// actions run from the page: "Terminate session…" on the idle in transaction session and "Roll
// back prepared…" on the prepared transaction each open a confirmation showing the statement
// exactly; Cancel sends nothing; confirming releases the holder and writes the audit log. The
// views show the models of app/vacuum, under QAbstractItemModelTester while live. Screenshots
// at 1280x720 (the page, the index bloat tab, the confirmation).
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "history/store.h"
#include "mainwindow.h"
#include "monitor/poller.h"
#include "vacuum/horizoncontrol.h"
#include "vacuum/vacuumcollector.h"
#include "vacuum/vacuummodels.h"
#include "vacuum/vacuumpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestVacuumPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_dsn;

    // The view's row whose first column shows `text`, invalid when absent.
    static QModelIndex row(QTreeView *view, const QString &text) {
        const QAbstractItemModel *m = view->model();
        for (int i = 0; i < m->rowCount(); ++i)
            if (m->index(i, 0).data().toString() == text)
                return m->index(i, 0);
        return {};
    }
    static QString cell(const QModelIndex &r, int column) {
        return r.sibling(r.row(), column).data().toString();
    }
    static QMessageBox *confirmation(QWidget *page) {
        return page->findChild<QMessageBox *>(QStringLiteral("horizonActionConfirm"));
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
        if (sandbox::psql(QStringLiteral(
                "SELECT count(*) FROM pg_prepared_xacts WHERE gid = 'vacuumpage_gid'")) == QLatin1String("1"))
            sandbox::psql(QStringLiteral("ROLLBACK PREPARED 'vacuumpage_gid'"), QStringLiteral("vacuumpage"));
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
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        QAbstractItemModelTester t1(page->runningModel(), Mode::QtTest);
        QAbstractItemModelTester t2(page->horizonModel(), Mode::QtTest);
        QAbstractItemModelTester t3(page->tablesModel(), Mode::QtTest);
        QAbstractItemModelTester t4(page->bloatModel(), Mode::QtTest);
        QAbstractItemModelTester t5(page->indexBloatModel(), Mode::QtTest);

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
        double firstValue = -1;
        QVERIFY(testutil::waitUntil(
            [&] {
                const QModelIndex item = row(page->runningView(), vacPid);
                if (!item.isValid())
                    return false;
                const QModelIndex bar = item.sibling(item.row(), vacuum::RunningModel::Progress);
                const double value = bar.data(replication::RowsModel::ProgressRole).toDouble();
                if (value <= 0)
                    return false;
                if (firstValue < 0)
                    firstValue = value;
                return cell(item, vacuum::RunningModel::Relation) == QLatin1String("orders") &&
                       !cell(item, vacuum::RunningModel::Phase).isEmpty() && value > firstValue &&
                       page->tablesModel()->rowCount() > 0 && page->bloatModel()->rowCount() > 0 &&
                       page->indexBloatModel()->rowOf(QStringLiteral("public.orders_id")) >= 0;
            },
            60000));
        const QString openPid = QStringLiteral("pid %1").arg(open->facts().backendPid);
        QVERIFY(row(page->horizonView(), openPid).isValid());
        const QModelIndex prepared = row(page->horizonView(), QStringLiteral("vacuumpage_gid"));
        QVERIFY(prepared.isValid());
        QVERIFY(cell(prepared, vacuum::HorizonModel::Action).contains(QStringLiteral("ROLLBACK PREPARED")));
        QVERIFY(w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-vacuum.png")));
        auto *bloatTabs = page->findChild<QTabWidget *>(QStringLiteral("bloatTabs"));
        bloatTabs->setCurrentIndex(1);
        testutil::settle();
        QVERIFY(w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-vacuum-indexbloat.png")));
        bloatTabs->setCurrentIndex(0);

        // The statement that releases a holder can be copied...
        page->horizonView()->setCurrentIndex(prepared);
        auto *copy = page->findChild<QPushButton *>(QStringLiteral("copyAction"));
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("ROLLBACK PREPARED 'vacuumpage_gid'; -- in database \"vacuumpage\""));
        auto *terminate = page->findChild<QPushButton *>(QStringLiteral("horizonAction_terminate"));
        auto *rollback = page->findChild<QPushButton *>(QStringLiteral("horizonAction_rollback_prepared"));
        QVERIFY(terminate && rollback);
        QVERIFY(rollback->isVisible() && !terminate->isVisible());

        testutil::exec(*open, QStringLiteral("SELECT pg_cancel_backend($1)"), {vac->facts().backendPid});
        const pg::Result r = QCoro::waitFor(std::move(running));
        Q_UNUSED(r);

        // ...or run from the page. Terminate the idle in transaction session: Cancel first.
        QVERIFY(testutil::waitForActivity(
            QStringLiteral("pid = %1 AND state = 'idle in transaction'").arg(open->facts().backendPid)));
        page->horizonView()->setCurrentIndex(row(page->horizonView(), openPid));
        QVERIFY(terminate->isVisible() && !rollback->isVisible());
        testutil::settle();
        QVERIFY(w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-vacuum-actions.png")));
        QTest::mouseClick(terminate, Qt::LeftButton);
        QMessageBox *box = confirmation(page);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("SELECT pg_terminate_backend($1)")) &&
                     box->text().contains(QStringLiteral("$1 = %1").arg(open->facts().backendPid)) &&
                     box->text().contains(QStringLiteral("checkout-api")),
                 qPrintable(box->text()));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QVERIFY(testutil::waitUntil([&] { return !confirmation(page); }));
        QCOMPARE(testutil::activityCount(QStringLiteral("pid = %1").arg(open->facts().backendPid)), 1);

        QSignalSpy finished(page, &ui::VacuumPage::horizonActionFinished);
        QTest::mouseClick(terminate, Qt::LeftButton);
        box = confirmation(page);
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.last().at(1).toString(), QStringLiteral("done"));
        QVERIFY(testutil::waitUntil([&] { return !row(page->horizonView(), openPid).isValid(); }, 10000));
        QCOMPARE(store.audit().first().action, QStringLiteral("terminate"));
        QCOMPARE(store.audit().first().pid, open->facts().backendPid);

        // Roll back the prepared transaction (in its own database, the page's is the same here).
        page->horizonView()->setCurrentIndex(row(page->horizonView(), QStringLiteral("vacuumpage_gid")));
        QVERIFY(rollback->isVisible());
        QTest::mouseClick(rollback, Qt::LeftButton);
        box = confirmation(page);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("ROLLBACK PREPARED 'vacuumpage_gid'")) &&
                     box->text().contains(QStringLiteral("in database vacuumpage")),
                 qPrintable(box->text()));
        QVERIFY(box->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-vacuum-rollback.png")));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.last().at(1).toString(), QStringLiteral("done"));
        QVERIFY(testutil::waitUntil(
            [&] { return !row(page->horizonView(), QStringLiteral("vacuumpage_gid")).isValid(); }, 10000));
        QCOMPARE(sandbox::psql(
                     QStringLiteral("SELECT count(*) FROM pg_prepared_xacts WHERE gid = 'vacuumpage_gid'")),
                 QStringLiteral("0"));
        const auto audit = store.audit();
        QCOMPARE(audit.first().action, QStringLiteral("rollback prepared"));
        QCOMPARE(audit.first().targetQuery, QStringLiteral("ROLLBACK PREPARED 'vacuumpage_gid'"));
        QCOMPARE(audit.first().outcome, QStringLiteral("done"));
    }
};

QTEST_MAIN(TestVacuumPage)
#include "tst_vacuumpage.moc"
