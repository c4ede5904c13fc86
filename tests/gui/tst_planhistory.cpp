// Plan history on the Statements page: while the page is open its PlanCollector captures the
// generic plans of the top statements (here one pinned statement, a short budget); an index
// dropped on purpose flips the plan; the statement is marked "⇄", its Plans tab shows both shapes
// on a timeline, and Compare opens them side by side in the Explain page.
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "explain/explainpage.h"
#include "history/store.h"
#include "mainwindow.h"
#include "monitor/statementfilterproxy.h"
#include "monitor/statementmodel.h"
#include "monitor/statementscollector.h"
#include "plans/plancollector.h"
#include "statements/statementdetails.h"
#include "statements/statementspage.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using monitor::StatementModel;

class TestPlanHistory : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { testutil::isolateSettings(); }

    void flipIsMarkedAndCompared() {
        const QString dsn = sandbox::createDatabase(QStringLiteral("plan_gui"));
        auto admin = testutil::connect(dsn, QStringLiteral("plan-gui-admin"));
        testutil::exec(*admin, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        testutil::exec(
            *admin, QStringLiteral("CREATE TABLE deliveries (id bigserial PRIMARY KEY, status text NOT NULL, "
                                   "created timestamptz NOT NULL DEFAULT now())"));
        testutil::exec(*admin,
                       QStringLiteral("INSERT INTO deliveries (status) SELECT (ARRAY['new', 'done'])[1 + i % "
                                      "2] FROM generate_series(1, 20000) i"));
        testutil::exec(*admin,
                       QStringLiteral("CREATE INDEX deliveries_status ON deliveries (status, created DESC)"));
        testutil::exec(*admin, QStringLiteral("ANALYZE deliveries"));
        for (int i = 0; i < 20; ++i)
            testutil::exec(*admin,
                           QStringLiteral("SELECT id FROM deliveries WHERE status = 'new' ORDER BY created "
                                          "DESC LIMIT %1")
                               .arg(10 + i));
        const qint64 qid =
            testutil::exec(*admin, QStringLiteral("SELECT queryid FROM pg_stat_statements WHERE query "
                                                  "LIKE 'SELECT id FROM deliveries%' LIMIT 1"))
                .int64(0, 0);
        QVERIFY(qid != 0);

        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        history::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("history.sqlite"))));
        core::Workspace ws(&profiles);
        ws.setHistory(&store);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!QCoro::waitFor(w.connectDsn(dsn, QStringLiteral("plans"))));
        QVERIFY(w.showPage(QStringLiteral("statements")));
        auto *page = qobject_cast<ui::StatementsPage *>(w.currentPage());
        QVERIFY(page);
        plans::PlanCollector *collector = page->collector()->planCollector();
        plans::PlanCollector::Options o;
        o.budgetMs = 150; // the default is one EXPLAIN a second; a short budget keeps the test short
        o.refillMs = 0;
        collector->setOptions(o);
        collector->pin(qid);
        QVERIFY(
            testutil::waitUntil([&] { return collector->captured() >= 1 && collector->isActive(); }, 20000));
        testutil::exec(*admin, QStringLiteral("DROP INDEX deliveries_status"));
        collector->pin(qid);
        QVERIFY(testutil::waitUntil([&] { return page->model()->planChangedMs(qid) > 0; }, 20000));

        // The row is marked; selecting it shows both shapes in the Plans tab.
        int row = -1;
        QVERIFY(testutil::waitUntil(
            [&] {
                for (int r = 0; r < page->proxy()->rowCount(); ++r)
                    if (page->proxy()->index(r, 0).data(StatementModel::QueryIdRole).toLongLong() == qid)
                        row = r;
                return row >= 0;
            },
            15000));
        const QModelIndex cell = page->proxy()->index(row, StatementModel::Query);
        QVERIFY2(cell.data().toString().startsWith(QStringLiteral("⇄ ")), qPrintable(cell.data().toString()));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("plan changed")));
        page->table()->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
        ui::StatementDetails *details = page->details();
        QVERIFY(testutil::waitUntil([&] { return details->plans().size() == 2; }, 10000));
        auto *tab = details->findChild<QWidget *>(QStringLiteral("plansTab"));
        details->tabs()->setCurrentWidget(tab);
        auto *table = details->findChild<QTableWidget *>(QStringLiteral("planHistory"));
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(details->plans().first().shape.contains(QLatin1String("deliveries_status")));
        QVERIFY(details->plans().last().shape.contains(QLatin1String("Seq Scan")));
        testutil::settle();
        w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-planhistory.png"));

        // Compare: the Explain page, its Compare tab, both plans.
        auto *compare = details->findChild<QPushButton *>(QStringLiteral("comparePlans"));
        QVERIFY(compare->isEnabled());
        compare->click();
        auto *explain = qobject_cast<ui::ExplainPage *>(w.page(QStringLiteral("explain")));
        QVERIFY(explain);
        QVERIFY(testutil::waitUntil([&] { return explain->history().size() >= 2; }, 15000));
        QTRY_COMPARE(w.currentPage(), static_cast<ui::Page *>(explain));
        QTRY_VERIFY(explain->tabs()->currentWidget()->objectName() == QLatin1String("compareTab") ||
                    explain->tabs()->tabText(explain->tabs()->currentIndex()) == QLatin1String("Compare"));
        testutil::settle();
        w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-plancompare.png"));
        store.close();
    }
};

QTEST_MAIN(TestPlanHistory)
#include "tst_planhistory.moc"
