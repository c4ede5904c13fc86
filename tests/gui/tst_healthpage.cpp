// The Health page offscreen against real states in a fresh database: the checks' tree with
// statuses, a finding's fix SQL shown on click, thresholds changed in the page's form (saved
// to QSettings) re-judging an idle-in-transaction session, the finding gone once the
// session commits, and the page grabbed to a PNG.
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "health/healthpage.h"
#include "health/thresholdspanel.h"
#include "mainwindow.h"
#include "monitor/healthmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using monitor::HealthModel;

class TestHealthPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static QModelIndex findRow(QAbstractItemModel *m, const QString &text, const QModelIndex &parent = {}) {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            if (i.data().toString() == text)
                return i;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-test"));
        QSettings().remove(QStringLiteral("health")); // thresholds saved by an earlier run must not leak in
    }
    void cleanupTestCase() {
        sandbox::psql(QStringLiteral("DROP DATABASE IF EXISTS health_gui WITH (FORCE)"));
    }

    void findingsFixSqlAndThresholds() {
        const QString dsn = sandbox::createDatabase(QStringLiteral("health_gui"));
        auto db = testutil::connect(dsn);
        testutil::exec(
            *db, QStringLiteral("CREATE TABLE orders (id bigint PRIMARY KEY, status text, courier_id int, "
                                "created_at timestamptz DEFAULT now())"));
        testutil::exec(*db,
                       QStringLiteral("INSERT INTO orders (id, status, courier_id) SELECT g, 'new', g % 50 "
                                      "FROM generate_series(1, 20000) g"));
        testutil::exec(*db, QStringLiteral("CREATE INDEX orders_status_idx ON orders (status)"));
        testutil::exec(
            *db, QStringLiteral("CREATE INDEX orders_status_created_idx ON orders (status, created_at)"));
        for (int i = 0; i < 15; ++i)
            testutil::exec(*db, QStringLiteral("SELECT count(*) FROM orders WHERE courier_id = 7"));
        testutil::exec(*db, QStringLiteral("SELECT pg_stat_force_next_flush()"));
        auto app = testutil::connect(dsn, QStringLiteral("courier api"));
        testutil::exec(*app, QStringLiteral("BEGIN"));
        testutil::exec(*app, QStringLiteral("SELECT id FROM orders WHERE id = 1 FOR UPDATE"));

        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("p.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showPage(QStringLiteral("health")));
        QAbstractItemModelTester proxyTester( // HealthViewProxy over the HealthModel
            qobject_cast<ui::HealthPage *>(w.page(QStringLiteral("health")))->tree()->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!QCoro::waitFor(w.connectDsn(dsn)));
        auto *page = qobject_cast<ui::HealthPage *>(w.page(QStringLiteral("health")));
        QVERIFY(page);
        QVERIFY(testutil::waitUntil([&] { return page->hasData(); }, 20000));
        QAbstractItemModel *view = page->tree()->model();
        QCOMPARE(view->rowCount(), 18); // 13 + 5 replication / vacuum checks (healthreplchecks)

        const QModelIndex dup = findRow(view, QStringLiteral("Duplicate and redundant indexes"));
        QVERIFY(dup.isValid());
        QCOMPARE(dup.siblingAtColumn(HealthModel::StatusColumn).data().toString(), QStringLiteral("Warning"));
        QVERIFY(page->tree()->isExpanded(dup));
        const QModelIndex seq = findRow(view, QStringLiteral("Sequential scans and index usage"));
        QCOMPARE(seq.siblingAtColumn(HealthModel::StatusColumn).data().toString(),
                 QStringLiteral("Critical"));
        QVERIFY(!page->badge().isEmpty());

        // Click the redundant index: its evidence and fix SQL.
        const QModelIndex finding = findRow(view, QStringLiteral("public.orders_status_idx"), dup);
        QVERIFY(finding.isValid());
        page->tree()->scrollTo(finding);
        QTest::mouseClick(page->tree()->viewport(), Qt::LeftButton, {},
                          page->tree()->visualRect(finding).center());
        auto *fix = page->findChild<QPlainTextEdit *>(QStringLiteral("fixSql"));
        QCOMPARE(fix->toPlainText(), QStringLiteral("DROP INDEX CONCURRENTLY public.orders_status_idx;"));
        QVERIFY(page->findChild<QPlainTextEdit *>(QStringLiteral("findingEvidence"))
                    ->toPlainText()
                    .contains(QStringLiteral("leading prefix of public.orders_status_created_idx")));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("copyFix"))->isEnabled());

        // The idle session is under a second old: OK with the default 60 s. Let it idle past
        // a second, lower the threshold in the Thresholds tab and save.
        const QModelIndex idle = findRow(view, QStringLiteral("Idle in transaction"));
        QCOMPARE(idle.siblingAtColumn(HealthModel::StatusColumn).data().toString(), QStringLiteral("OK"));
        auto *side = page->findChild<QTabWidget *>(QStringLiteral("healthSide"));
        side->setCurrentIndex(1);
        auto *warn = page->thresholdsPanel()->field(QStringLiteral("idle_tx_warn_s"));
        QVERIFY(warn && warn->isVisible());
        // Editing may already re-check (before Save): count every check from here on.
        QSignalSpy checked(page, &ui::HealthPage::checked);
        warn->setFocus();
        warn->selectAll();
        QTest::keyClicks(warn, QStringLiteral("1"));
        QVERIFY(
            testutil::waitForActivity(QStringLiteral("pid = %1 AND state = 'idle in transaction' AND "
                                                     "clock_timestamp() - state_change > interval '1.1 s'")
                                          .arg(app->facts().backendPid)));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("thresholdSave")), Qt::LeftButton);
        // Saving re-checks unless editing already did (the session may have been younger than
        // 1 s then): Check now makes the last check one that ran after the session idled 1 s.
        QTRY_VERIFY_WITH_TIMEOUT(
            checked.size() >= 1 && page->thresholdsPanel()->thresholds().idleTxWarnS == 1.0, 15000);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("checkNow")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(findRow(view, QStringLiteral("Idle in transaction"))
                                      .siblingAtColumn(HealthModel::StatusColumn)
                                      .data()
                                      .toString(),
                                  QStringLiteral("Warning"), 15000);
        QCOMPARE(QSettings().value(QStringLiteral("health/idle_tx_warn_s")).toDouble(), 1.0);
        QCOMPARE(page->thresholdsPanel()->thresholds().idleTxWarnS, 1.0);
        const QModelIndex idleNow = findRow(view, QStringLiteral("Idle in transaction"));
        QCOMPARE(idleNow.siblingAtColumn(HealthModel::StatusColumn).data().toString(),
                 QStringLiteral("Warning"));
        const QModelIndex session =
            findRow(view, QStringLiteral("pid %1").arg(app->facts().backendPid), idleNow);
        QVERIFY(session.isValid());
        QCOMPARE(session.data(HealthModel::FixSqlRole).toString(),
                 QStringLiteral("SELECT pg_terminate_backend(%1);").arg(app->facts().backendPid));
        side->setCurrentIndex(0);
        page->tree()->setCurrentIndex(session);
        page->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-health.png"));
        side->setCurrentIndex(1);
        page->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-health-thresholds.png"));

        // Fixed: the session commits, Check now, the finding is gone.
        testutil::exec(*app, QStringLiteral("COMMIT"));
        const qsizetype before = checked.size();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("checkNow")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() > before, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(findRow(view, QStringLiteral("Idle in transaction"))
                                      .siblingAtColumn(HealthModel::StatusColumn)
                                      .data()
                                      .toString(),
                                  QStringLiteral("OK"), 15000);
        const QModelIndex idleAfter = findRow(view, QStringLiteral("Idle in transaction"));
        QCOMPARE(view->rowCount(idleAfter), 0);
    }
};

int main(int argc, char **argv) {
    testutil::isolateSettings();
    QApplication app(argc, argv);
    TestHealthPage t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_healthpage.moc"
