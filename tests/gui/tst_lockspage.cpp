// The Locks page offscreen in the real main window: the tab badge counts blocked sessions
// while another page is open; the tree shows the chain with the root standing out, keeps
// selection and expansion across refreshes; cancel on a middle node and "release root blocker"
// act through the shared confirmation, free the chain and land in the audit log.
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "history/store.h"
#include "locks/lockspage.h"
#include "mainwindow.h"
#include "monitor/locksummarymodel.h"
#include "monitor/locktreemodel.h"
#include "widgets/sessionactiondialog.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using monitor::LockTreeModel;

class TestLocksPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static int blockedOnServer() {
        return sandbox::psql(
                   QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = 'lockspage' "
                                  "AND cardinality(pg_blocking_pids(pid)) > 0"))
            .toInt();
    }
    static QModelIndex viewIndexOf(ui::LocksPage *page, int pid) {
        auto *proxy = qobject_cast<QAbstractProxyModel *>(page->treeView()->model());
        return proxy->mapFromSource(page->treeModel()->indexOfKey(pid));
    }
    static bool refreshed(ui::LocksPage *page) {
        QSignalSpy arrived(page, &ui::Page::dataArrived);
        page->refresh();
        return arrived.wait(10000);
    }
    static ui::SessionActionDialog *confirm(ui::SessionActionDialog *d) {
        if (!d)
            return nullptr;
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
        auto *outcomes = d->findChild<QTreeWidget *>(QStringLiteral("outcomes"));
        if (!testutil::waitUntil([&] { return outcomes->topLevelItemCount() > 0; }, 10000))
            return nullptr;
        return d;
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-test-locks"));
        sandbox::createDatabase(QStringLiteral("lockspage"));
        sandbox::psql(
            QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, status text, courier_id int);"
                           "INSERT INTO orders SELECT g, 'new', NULL FROM generate_series(1, 100) g;"),
            QStringLiteral("lockspage"));
    }

    void treeBadgeActionsAndAudit() {
        history::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("audit.sqlite"))));
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        core::Workspace ws(&profiles);
        ws.setHistory(&store);
        ui::MainWindow w(&ws);
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *page = qobject_cast<ui::LocksPage *>(w.page(QStringLiteral("locks")));
        QVERIFY(page);
        QAbstractItemModelTester treeTester(page->treeModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester summaryTester(page->summaryModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page->treeView()->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(w.showPage(QStringLiteral("overview")));
        QVERIFY(!QCoro::waitFor(w.connectDsn(sandbox::dsn(QStringLiteral("lockspage")))));
        QVERIFY(!page->isActive());

        // A chain on one row: A (idle in transaction) -> B -> C.
        const QString dsn = sandbox::dsn(QStringLiteral("lockspage"));
        auto a = testutil::connect(dsn, QStringLiteral("zariz-api")),
             b = testutil::connect(dsn, QStringLiteral("courier-b"));
        auto c = testutil::connect(dsn, QStringLiteral("courier-c")),
             d = testutil::connect(dsn, QStringLiteral("courier-d"));
        testutil::exec(*a, QStringLiteral("BEGIN"));
        testutil::exec(*a,
                       QStringLiteral("UPDATE orders SET status = 'assigned', courier_id = 7 WHERE id = 42"));
        auto tb = b->query(QStringLiteral("UPDATE orders SET status = 'accepted' WHERE id = 42"));
        QVERIFY(testutil::waitUntil([] { return blockedOnServer() == 1; }));
        auto tc = c->query(QStringLiteral("UPDATE orders SET courier_id = 9 WHERE id = 42"));
        QVERIFY(testutil::waitUntil([] { return blockedOnServer() == 2; }));

        // The badge comes from the count query while another page is shown.
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("pages"));
        const int tab = tabs->indexOf(w.findChild<QWidget *>(QStringLiteral("locksScroll")));
        QVERIFY(
            testutil::waitUntil([&] { return tabs->tabText(tab) == QStringLiteral("Locks (2)"); }, 15000));
        QVERIFY(!page->hasData()); // the tree itself was never loaded while hidden

        // Open the page: the tree, root first and standing out.
        QSignalSpy arrived(page, &ui::Page::dataArrived);
        QVERIFY(w.showPage(QStringLiteral("locks")));
        QVERIFY(arrived.wait(10000));
        QTreeView *view = page->treeView();
        QAbstractItemModel *vm = view->model();
        QCOMPARE(vm->rowCount(), 1);
        const QModelIndex root = vm->index(0, 0);
        QCOMPARE(root.data(LockTreeModel::PidRole).toInt(), a->facts().backendPid);
        QVERIFY(root.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(root.data(Qt::BackgroundRole).isValid());
        QCOMPARE(root.data(LockTreeModel::CulpritRole).toBool(), true);
        QCOMPARE(vm->index(0, LockTreeModel::Blocks).data().toString(), QStringLiteral("2 (1 direct)"));
        QCOMPARE(vm->index(0, LockTreeModel::State).data().toString(), QStringLiteral("idle in transaction"));
        QVERIFY(!vm->index(0, LockTreeModel::XactAge).data().toString().isEmpty());
        const QModelIndex bi = viewIndexOf(page, b->facts().backendPid);
        QCOMPARE(bi.parent(), root);
        QVERIFY(!bi.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(vm->index(bi.row(), LockTreeModel::WaitingFor, root)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("waits for ShareLock on transaction")));
        const QModelIndex ci = viewIndexOf(page, c->facts().backendPid);
        QCOMPARE(ci.parent(), bi);
        QVERIFY(view->isExpanded(root) && view->isExpanded(bi));
        auto *headline = page->findChild<QLabel *>(QStringLiteral("headline"));
        QVERIFY2(
            headline->text().contains(QStringLiteral("Likely culprit: pid %1").arg(a->facts().backendPid)),
            qPrintable(headline->text()));
        QCOMPARE(tabs->tabText(tab), QStringLiteral("Locks (2)"));
        QVERIFY(page->summaryModel()->rowCount() > 0);
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("summaryStatus"))->text().isEmpty());

        // Selection and expansion survive refreshes; a new waiter opens up under its blocker.
        view->setCurrentIndex(ci);
        view->collapse(bi);
        auto td = d->query(QStringLiteral("UPDATE orders SET status = 'picked_up' WHERE id = 42"));
        QVERIFY(testutil::waitUntil([] { return blockedOnServer() == 3; }));
        QVERIFY(refreshed(page));
        QVERIFY(refreshed(page));
        QCOMPARE(view->currentIndex().data(LockTreeModel::PidRole).toInt(), c->facts().backendPid);
        const QModelIndex di = viewIndexOf(page, d->facts().backendPid);
        QVERIFY(di.isValid());
        QCOMPARE(tabs->tabText(tab), QStringLiteral("Locks (3)"));
        view->collapse(root);
        QVERIFY(refreshed(page));
        QVERIFY(!view->isExpanded(viewIndexOf(page, a->facts().backendPid)));
        view->expand(viewIndexOf(page, a->facts().backendPid));
        w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-locks.png"));

        // Cancel B's statement: it fails with 57014, the chain re-forms, the audit log says so.
        QVERIFY(page->selectKey(b->facts().backendPid));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        auto *cancelDialog = w.findChild<ui::SessionActionDialog *>();
        QVERIFY(cancelDialog && cancelDialog->isVisible());
        QVERIFY(cancelDialog->text().contains(QStringLiteral("pid %1").arg(b->facts().backendPid)));
        QVERIFY(
            cancelDialog->intro().contains(QStringLiteral("Waiting: waits for ShareLock on transaction")));
        QVERIFY(confirm(cancelDialog));
        QCOMPARE(QCoro::waitFor(tb).error()->sqlState, QStringLiteral("57014"));
        QCOMPARE(store.audit(1).value(0).action, QStringLiteral("cancel"));
        QCOMPARE(store.audit(1).value(0).pid, b->facts().backendPid);
        cancelDialog->close();
        QVERIFY(testutil::waitUntil([] { return blockedOnServer() == 2; }));

        // Release the root blocker from a waiting session's row: the dialog says what it frees
        // and what the root is doing; then the chain is free within 2 s and the act is audited.
        QVERIFY(refreshed(page));
        QVERIFY(page->selectKey(d->facts().backendPid));
        auto *release = page->findChild<QPushButton *>(QStringLiteral("releaseButton"));
        QVERIFY(release->isEnabled());
        QTest::mouseClick(release, Qt::LeftButton);
        ui::SessionActionDialog *dialog = nullptr;
        QVERIFY(testutil::waitUntil([&] {
            const auto all = w.findChildren<ui::SessionActionDialog *>();
            for (auto *x : all)
                if (x->isVisible() && x != cancelDialog)
                    dialog = x;
            return dialog != nullptr;
        }));
        const QString intro = dialog->intro();
        QVERIFY2(intro.contains(QStringLiteral("Release root blocker pid %1").arg(a->facts().backendPid)),
                 qPrintable(intro));
        QVERIFY2(intro.contains(QStringLiteral("frees 2")), qPrintable(intro));
        QVERIFY2(intro.contains(QStringLiteral("idle in transaction for")), qPrintable(intro));
        QVERIFY2(intro.contains(QStringLiteral("UPDATE orders SET status = 'assigned'")), qPrintable(intro));
        QVERIFY(dialog->text().contains(QStringLiteral("pg_terminate_backend")));
        w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-locks-release.png"));
        dialog->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-locks-release-dialog.png"));
        QVERIFY(confirm(dialog));
        QVERIFY(testutil::waitUntil([] { return blockedOnServer() == 0; }, 2000));
        QVERIFY(QCoro::waitFor(tc).ok());
        QVERIFY(QCoro::waitFor(td).ok());
        const auto log = store.audit(1);
        QCOMPARE(log.value(0).pid, a->facts().backendPid);
        QCOMPARE(log.value(0).action, QStringLiteral("terminate"));
        QCOMPARE(log.value(0).outcome, QStringLiteral("done"));
        QCOMPARE(log.value(0).targetApplication, QStringLiteral("zariz-api"));
        // The page refreshed itself after acting: nothing blocked, no badge.
        QVERIFY(testutil::waitUntil([&] { return tabs->tabText(tab) == QStringLiteral("Locks"); }, 5000));
        QCOMPARE(vm->rowCount(), 0);
        QCOMPARE(headline->text(), QStringLiteral("No session is waiting for a lock."));
        QVERIFY(!release->isEnabled());
        dialog->close();
    }
};

QTEST_MAIN(TestLocksPage)
#include "tst_lockspage.moc"
