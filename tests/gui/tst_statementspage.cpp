// The Statements page offscreen on a real workload: the table with exact calls and the slow
// statement highlighted, sorting and filters typed by hand, the four charts filled, details
// and live data for the selected statement, Explain with parameter values, reset with its
// confirmation, and the guidance (with CREATE EXTENSION) on a database made from template0.
// Every state is grabbed to a PNG under <build>/screenshots/.
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "handover.h"
#include "history/store.h"
#include "mainwindow.h"
#include "monitor/poller.h"
#include "monitor/statementfilterproxy.h"
#include "monitor/statementmodel.h"
#include "statements/statementactions.h"
#include "statements/statementbarchart.h"
#include "statements/statementdetails.h"
#include "statements/statementguidance.h"
#include "statements/statementparamsdialog.h"
#include "statements/statementsfilterbar.h"
#include "statements/statementspage.h"
#include "statements/statementtimechart.h"
#include "widgets/errorbanner.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using monitor::StatementModel;

namespace {
const QString QueryA = QStringLiteral("SELECT v FROM gui_a WHERE id = $1");
const QString QueryB = QStringLiteral("SELECT pg_sleep(0.12), v FROM gui_a WHERE id = $1");
const QString TextB = QStringLiteral("SELECT pg_sleep($2), v FROM gui_a WHERE id = $1"); // as normalised
const QString QueryLive = QStringLiteral("SELECT pg_sleep(3), v, id FROM gui_a WHERE id = $1");
const QString TextLive = QStringLiteral("SELECT pg_sleep($2), v, id FROM gui_a WHERE id = $1");

void runMany(pg::Connection &c, const QString &sql, int n) {
    for (int i = 0; i < n; ++i) {
        QVariantList params;
        params << QVariant(i % 50 + 1);
        QVERIFY(QCoro::waitFor(c.query(sql, params)).ok());
    }
}

QString shotDir() {
    const QString dir = QStringLiteral(PGDBA_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir;
}
} // namespace

class TestStatementsPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<core::ProfileStore> m_profiles;
    std::unique_ptr<history::Store> m_store;
    std::unique_ptr<core::Workspace> m_ws;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<pg::Connection> m_work;
    ui::StatementsPage *m_page = nullptr;

    void nextRefresh() {
        QSignalSpy spy(m_page->poller(), &monitor::Poller::refreshed);
        QVERIFY(testutil::waitUntil([&] { return !m_page->poller()->inFlight(); }, 10000));
        m_page->refresh();
        QVERIFY(spy.wait(15000));
    }
    // The proxy row of a statement of stmt_gui by its normalised text.
    int rowOf(const QString &text) const {
        for (int r = 0; r < m_page->proxy()->rowCount(); ++r)
            if (m_page->proxy()->index(r, 0).data(StatementModel::QueryTextRole).toString() == text &&
                m_page->proxy()->index(r, StatementModel::Database).data().toString() ==
                    QLatin1String("stmt_gui"))
                return r;
        return -1;
    }
    void clickRow(int proxyRow) {
        QTableView *v = m_page->table();
        v->scrollTo(m_page->proxy()->index(proxyRow, 0));
        const QRect rect = v->visualRect(m_page->proxy()->index(proxyRow, StatementModel::Calls));
        QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, rect.center());
    }
    void grab(const QString &name) {
        testutil::settle();
        QVERIFY(m_window->grab().save(shotDir() + QLatin1Char('/') + name));
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-statements-test"));
        QSettings().clear();
        sandbox::createDatabase(QStringLiteral("stmt_gui"));
        bool ok = false;
        sandbox::psql(QStringLiteral("CREATE TABLE gui_a (id int PRIMARY KEY, v int); "
                                     "INSERT INTO gui_a SELECT g, g FROM generate_series(1, 50) g"),
                      QStringLiteral("stmt_gui"), &ok);
        QVERIFY(ok);
        sandbox::psql(
            QStringLiteral("SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = "
                           "'stmt_gui'), 0)"));
        m_work = testutil::connect(sandbox::dsn(QStringLiteral("stmt_gui")), QStringLiteral("gui workload"));
        runMany(*m_work, QueryA, 500);
        runMany(*m_work, QueryB, 20);

        m_profiles = std::make_unique<core::ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_store = std::make_unique<history::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("history.sqlite"))));
        m_ws = std::make_unique<core::Workspace>(m_profiles.get());
        m_ws->setHistory(m_store.get());
        m_window = std::make_unique<ui::MainWindow>(m_ws.get());
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!QCoro::waitFor(m_window->connectDsn(sandbox::dsn())));
        QVERIFY(m_window->showPage(QStringLiteral("statements")));
        m_page = qobject_cast<ui::StatementsPage *>(m_window->currentPage());
        QVERIFY(m_page);
        QVERIFY(
            testutil::waitUntil([&] { return m_page->hasData() && m_page->model()->rowCount() > 0; }, 15000));
    }

    void tableShowsWorkloadWithSlowRowHighlighted() {
        QVERIFY(m_page->poller()->isActive());
        QVERIFY(!m_page->showsGuidance());
        const int a = rowOf(QueryA), b = rowOf(TextB);
        QVERIFY(a >= 0 && b >= 0);
        QCOMPARE(m_page->proxy()->index(a, StatementModel::Calls).data().toString(), QStringLiteral("500"));
        QCOMPARE(m_page->proxy()->index(b, StatementModel::Calls).data().toString(), QStringLiteral("20"));
        // The ticket's alert: mean above 100 ms.
        QVERIFY(m_page->proxy()->index(b, 0).data(StatementModel::SlowRole).toBool());
        QVERIFY(!m_page->proxy()->index(a, 0).data(StatementModel::SlowRole).toBool());
        QVERIFY(!m_page->badge().isEmpty());
        QCOMPARE(
            m_page->proxy()->index(b, StatementModel::MeanTime).data(StatementModel::SortRole).toDouble() >
                100,
            true);
        // Sorted by total time: the sleeping statement is above the quick one.
        QVERIFY(b < a);
        // Rates need a second sample; then they are there.
        runMany(*m_work, QueryA, 250);
        nextRefresh();
        const int a2 = rowOf(QueryA);
        QCOMPARE(m_page->proxy()->index(a2, StatementModel::Calls).data().toString(), QStringLiteral("750"));
        QVERIFY(m_page->proxy()
                    ->index(a2, StatementModel::CallsPerSec)
                    .data(StatementModel::SortRole)
                    .toDouble() > 0);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("statementSummary"))
                    ->text()
                    .contains(QStringLiteral("rates over the last")));
    }

    void sortByClickingHeader() {
        QHeaderView *h = m_page->table()->horizontalHeader();
        const int x =
            h->sectionViewportPosition(StatementModel::Calls) + h->sectionSize(StatementModel::Calls) / 2;
        QTest::mouseClick(h->viewport(), Qt::LeftButton, {}, QPoint(x, h->height() / 2));
        QCOMPARE(m_page->model()->sortColumn(), int(StatementModel::Calls));
        QTest::mouseClick(h->viewport(), Qt::LeftButton, {}, QPoint(x, h->height() / 2));
        const int n = m_page->proxy()->rowCount();
        for (int r = 1; r < n; ++r) {
            const double prev = m_page->proxy()
                                    ->index(r - 1, StatementModel::Calls)
                                    .data(StatementModel::SortRole)
                                    .toDouble();
            const double cur =
                m_page->proxy()->index(r, StatementModel::Calls).data(StatementModel::SortRole).toDouble();
            QVERIFY(m_page->model()->sortOrder() == Qt::DescendingOrder ? prev >= cur : prev <= cur);
        }
        m_page->table()->sortByColumn(StatementModel::TotalTime, Qt::DescendingOrder);
    }

    void filtersTypedByHand() {
        auto *db = m_page->findChild<QComboBox *>(QStringLiteral("filterDatabase"));
        const int i = db->findData(QStringLiteral("stmt_gui"));
        QVERIFY(i > 0);
        db->setCurrentIndex(i);
        auto *text = m_page->findChild<QLineEdit *>(QStringLiteral("filterText"));
        QTest::keyClicks(text, QStringLiteral("pg_sleep"));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        QCOMPARE(m_page->proxy()->index(0, 0).data(StatementModel::QueryTextRole).toString(), TextB);
        grab(QStringLiteral("statements-filtered.png"));
        text->clear();
        QVERIFY(m_page->proxy()->rowCount() >= 2);
        db->setCurrentIndex(0);
    }

    void selectionShowsDetailsAndTrend() {
        runMany(*m_work, QueryA, 40);
        nextRefresh();
        clickRow(rowOf(QueryA));
        ui::StatementDetails *d = m_page->details();
        QVERIFY(d->hasStatement());
        QCOMPARE(d->text(), QueryA);
        QCOMPARE(d->counter(QStringLiteral("Calls")), QStringLiteral("790"));
        QCOMPARE(d->counter(QStringLiteral("Calls"), 2), QStringLiteral("290")); // in the window: 250 + 40
        QVERIFY(d->counter(QStringLiteral("Cache hit ratio")).endsWith(QStringLiteral("%")));
        m_page->chartTabs()->setCurrentWidget(m_page->trendChart());
        QVERIFY(m_page->trendChart()->pointCount(1) >= 2); // calls/s for both intervals
        QVERIFY(m_page->trendChart()->pointCount(0) >= 1); // a mean where it ran
        grab(QStringLiteral("statements-trend.png"));

        // Copy puts the full text on the clipboard.
        QSignalSpy copied(d, &ui::StatementDetails::copied);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("copyStatement")), Qt::LeftButton);
        QCOMPARE(copied.size(), 1);
    }

    void liveSessionOfSelectedStatement() {
        auto sleeper =
            testutil::connect(sandbox::dsn(QStringLiteral("stmt_gui")), QStringLiteral("gui sleeper"));
        QVariantList p;
        p << QVariant(1);
        auto running = sleeper->query(QueryLive, p);
        QVERIFY(QCoro::waitFor(running).ok()); // one complete call makes the entry
        auto again = sleeper->query(QueryLive, p);
        nextRefresh();
        const int r = rowOf(TextLive);
        QVERIFY(r >= 0);
        clickRow(r);
        QVERIFY(testutil::waitUntil([&] { return m_page->details()->sessionCount() == 1; }, 5000));
        auto *sessions = m_page->details()->findChild<QTableWidget *>(QStringLiteral("statementSessions"));
        QCOMPARE(sessions->item(0, 0)->text(), QString::number(sleeper->facts().backendPid));
        QCOMPARE(sessions->item(0, 2)->text(), QStringLiteral("gui sleeper"));
        grab(QStringLiteral("statements-details-live.png"));
        QVERIFY(QCoro::waitFor(again).ok());
    }

    void chartsFilled() {
        runMany(*m_work, QueryB, 3);
        nextRefresh();
        const QStringList cats = m_page->totalChart()->categories();
        QVERIFY(cats.size() >= 2);
        QVERIFY2(cats.last().contains(QStringLiteral(" % · ")),
                 qPrintable(cats.last())); // largest on top, with its share
        QVERIFY(m_page->totalChart()->bars().first().share > 0);
        QVERIFY(!m_page->meanChart()->bars().isEmpty());
        QVERIFY(m_page->meanChart()->bars().first().value > 100); // the sleeping statement leads
        QVERIFY(m_page->stackChart()->pointCount(0) >= 2);
        for (QWidget *chart :
             {static_cast<QWidget *>(m_page->totalChart()), static_cast<QWidget *>(m_page->meanChart()),
              static_cast<QWidget *>(m_page->stackChart())}) {
            m_page->chartTabs()->setCurrentWidget(chart);
            grab(QStringLiteral("statements-%1.png").arg(m_page->chartTabs()->currentIndex()));
        }
        m_page->chartTabs()->setCurrentIndex(0);
        // Clicking a bar selects its statement.
        QSignalSpy clicked(m_page->totalChart(), &ui::StatementBarChart::statementClicked);
        Q_EMIT m_page->totalChart()->statementClicked(m_page->totalChart()->bars().first().key);
        QCOMPARE(m_page->details()->key(), m_page->totalChart()->bars().first().key);
    }

    void explainAsksForParameterValues() {
        clickRow(rowOf(QueryA));
        QSignalSpy nav(m_page, &ui::Page::navigate);
        QTest::mouseClick(m_page->details()->findChild<QPushButton *>(QStringLiteral("explainStatement")),
                          Qt::LeftButton);
        ui::StatementParamsDialog *dlg = nullptr;
        QVERIFY(testutil::waitUntil(
            [&] { return (dlg = m_page->findChild<ui::StatementParamsDialog *>()) && dlg->isVisible(); }));
        QCOMPARE(dlg->count(), 1);
        QVERIFY(nav.isEmpty()); // nothing sent before the values are given
        QTest::keyClicks(dlg->findChild<QLineEdit *>(QStringLiteral("param1")), QStringLiteral("7"));
        grab(QStringLiteral("statements-explain-params.png"));
        QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("explainOk")), Qt::LeftButton);
        QCOMPARE(nav.size(), 1);
        QCOMPARE(nav[0][0].toString(), QStringLiteral("explain"));
        const auto req = ui::handover::unpack<ui::ExplainRequest>(nav[0][1].toMap());
        QVERIFY(req);
        QCOMPARE(req->sql, QueryA);
        QCOMPARE(req->params, QStringList{QStringLiteral("7")});
        QCOMPARE(req->database, QStringLiteral("stmt_gui"));
        QCOMPARE(ui::StatementParamsDialog::parameterCount(
                     QStringLiteral("SELECT '$9', $2 /* $7 */ -- $8\n, \"$5\", $3")),
                 3);
    }

    void resetAllWithConfirmation() {
        auto *reset = m_page->findChild<QPushButton *>(QStringLiteral("resetAll"));
        QVERIFY(reset->isEnabled()); // postgres may reset
        QTest::mouseClick(reset, Qt::LeftButton);
        QMessageBox *box = m_page->actions()->confirmation();
        QVERIFY(box && box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("SELECT public.pg_stat_statements_reset();")));
        QVERIFY(box->text().contains(QStringLiteral("role \"postgres\"")));
        grab(QStringLiteral("statements-reset-confirmation.png"));
        // Cancel: nothing happens.
        const qint64 callsBefore =
            m_page->model()->row(m_page->model()->rowOf(m_page->details()->key())).totals.calls;
        box->button(QMessageBox::Cancel)->click();
        nextRefresh();
        QVERIFY(m_page->model()->row(m_page->model()->rowOf(m_page->details()->key())).totals.calls >=
                callsBefore);
        // Confirm: reset, detected on the next refresh.
        QTest::mouseClick(reset, Qt::LeftButton);
        box = m_page->actions()->confirmation();
        QVERIFY(box);
        QSignalSpy done(m_page->actions(), &ui::StatementActions::finished);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(done[0][1].toBool(), true);
        QVERIFY(testutil::waitUntil(
            [&] { return m_page->notes()->text().contains(QStringLiteral("were reset")); }, 15000));
        QVERIFY(rowOf(TextB) < 0); // not run since the reset
        grab(QStringLiteral("statements-after-reset.png"));
    }

    void guidanceOfferCreatesExtension() {
        sandbox::psql(QStringLiteral("DROP DATABASE IF EXISTS stmt_gui_t0 WITH (FORCE)"));
        sandbox::psql(QStringLiteral("CREATE DATABASE stmt_gui_t0 TEMPLATE template0"));
        QVERIFY(!QCoro::waitFor(m_window->connectDsn(sandbox::dsn(QStringLiteral("stmt_gui_t0")))));
        QVERIFY(m_window->showPage(QStringLiteral("statements")));
        QVERIFY(testutil::waitUntil([&] { return m_page->showsGuidance(); }, 15000));
        ui::StatementGuidance *g = m_page->guidance();
        QVERIFY(g->headline().contains(QStringLiteral("CREATE EXTENSION was not run")));
        QCOMPARE(g->fixSql(), QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements;"));
        QVERIFY(g->offersCreate());
        grab(QStringLiteral("statements-guidance.png"));
        QTest::mouseClick(g->findChild<QPushButton *>(QStringLiteral("createExtension")), Qt::LeftButton);
        QMessageBox *box = m_page->actions()->confirmation();
        QVERIFY(box &&
                box->text().contains(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements;")));
        QVERIFY(box->text().contains(QStringLiteral("stmt_gui_t0")));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QVERIFY(testutil::waitUntil(
            [&] { return !m_page->showsGuidance() && m_page->model()->rowCount() > 0; }, 15000));
        QCOMPARE(sandbox::psql(
                     QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'"),
                     QStringLiteral("stmt_gui_t0")),
                 QStringLiteral("1"));
    }

    void cleanupTestCase() {
        m_window.reset();
        m_ws.reset();
    }
};

QTEST_MAIN(TestStatementsPage)
#include "tst_statementspage.moc"
