// The Activity page offscreen in the main window, on real sessions: the table with colours, the
// details pane (highlighted SQL, wait-event explanation), filters through the widgets, refresh
// keeping selection, scroll and sort, cancel and multi-select terminate through the confirmation
// dialog, the audit log page, Explain hand-over, polling only while visible, pause. Screenshots
// of the pages are written to the build folder.
#include "sandbox.h"
#include "testutil.h"

#include "activity/activitydelegate.h"
#include "activity/activitydetails.h"
#include "activity/activitypage.h"
#include "activity/activitythresholdsdialog.h"
#include "audit/auditpage.h"
#include "core/profilestore.h"
#include "core/workspace.h"
#include "handover.h"
#include "history/auditmodel.h"
#include "history/store.h"
#include "mainwindow.h"
#include "monitor/activityfilter.h"
#include "monitor/activitymodel.h"
#include "monitor/poller.h"
#include "widgets/sessionactiondialog.h"
#include "widgets/sqlhighlighter.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>

using monitor::ActivityModel;

class TestActivityPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<core::ProfileStore> m_profiles;
    std::unique_ptr<history::Store> m_store;
    std::unique_ptr<core::Workspace> m_ws;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ActivityPage *m_page = nullptr;
    std::unique_ptr<pg::Connection> m_sleeper, m_idleTx, m_holder, m_waiter;
    std::optional<QCoro::Task<pg::Result>> m_sleep, m_wait;
    std::vector<std::unique_ptr<pg::Connection>> m_crowd;

    QModelIndex rowOf(int pid, int column = 0) const {
        const auto *m = m_page->model();
        return m_page->filter()->mapFromSource(m->index(m->rowOfPid(pid), column));
    }
    bool shown(int pid) const { return rowOf(pid).isValid(); }
    void click(int pid, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QTableView *v = m_page->view();
        const QRect r = v->visualRect(rowOf(pid, ActivityModel::Database));
        QTest::mouseClick(v->viewport(), Qt::LeftButton, mods, r.center());
    }
    bool alive(int pid) {
        return sandbox::psql(
                   QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)) ==
               QLatin1String("1");
    }
    ui::SessionActionDialog *dialog() const {
        for (auto *d : m_window->findChildren<ui::SessionActionDialog *>())
            if (d->isVisible())
                return d;
        return nullptr;
    }
    void nextRefresh() {
        QSignalSpy spy(m_page->model(), &ActivityModel::refreshed);
        m_page->refresh();
        QVERIFY(spy.wait(5000));
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-activity-test"));
        QSettings().clear(); // QSettings live in ~/.qttest in test mode: start from the defaults
        sandbox::psql(
            QStringLiteral("DROP TABLE IF EXISTS page_t; CREATE TABLE page_t (id int PRIMARY KEY, v int); "
                           "INSERT INTO page_t VALUES (1, 0)"));
        m_profiles = std::make_unique<core::ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_store = std::make_unique<history::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("history.sqlite"))));
        m_ws = std::make_unique<core::Workspace>(m_profiles.get());
        m_ws->setHistory(m_store.get());
        m_window = std::make_unique<ui::MainWindow>(m_ws.get());
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        m_sleeper = testutil::connect(sandbox::dsn(), QStringLiteral("page-sleeper"));
        m_idleTx = testutil::connect(sandbox::dsn(), QStringLiteral("page-idle-tx"));
        m_holder = testutil::connect(sandbox::dsn(), QStringLiteral("page-holder"));
        m_waiter = testutil::connect(sandbox::dsn(), QStringLiteral("page-waiter"));
        m_sleep.emplace(m_sleeper->query(QStringLiteral("SELECT pg_sleep(60) -- a report\nFROM (SELECT 1 AS "
                                                        "x) AS t WHERE x = 1 AND 'text' <> $$dollar$$")));
        testutil::exec(*m_idleTx, QStringLiteral("BEGIN"));
        testutil::exec(*m_idleTx, QStringLiteral("SELECT count(*) FROM page_t"));
        testutil::exec(*m_holder, QStringLiteral("BEGIN"));
        testutil::exec(*m_holder, QStringLiteral("UPDATE page_t SET v = v + 1 WHERE id = 1"));
        m_wait.emplace(m_waiter->query(QStringLiteral("UPDATE page_t SET v = v + 10 WHERE id = 1")));

        QVERIFY(!QCoro::waitFor(m_window->connectDsn(sandbox::dsn())));
        QVERIFY(m_window->showPage(QStringLiteral("activity")));
        m_page = qobject_cast<ui::ActivityPage *>(m_window->currentPage());
        QVERIFY(m_page);
        m_page->setIntervalMs(1000);
        QVERIFY(testutil::waitUntil([&] { return m_page->hasData() && shown(m_waiter->facts().backendPid); },
                                    10000));
    }

    void sessionsShowWithColoursAndServerTime() {
        QVERIFY(m_page->poller()->isActive());
        QVERIFY(shown(m_sleeper->facts().backendPid));
        QVERIFY(shown(m_idleTx->facts().backendPid));
        QVERIFY(shown(m_holder->facts().backendPid));
        QCOMPARE(rowOf(m_waiter->facts().backendPid, ActivityModel::Wait).data().toString(),
                 QStringLiteral("Lock: transactionid"));
        QCOMPARE(rowOf(m_waiter->facts().backendPid, ActivityModel::BlockedBy).data().toString(),
                 QString::number(m_holder->facts().backendPid));
        QCOMPARE(rowOf(m_idleTx->facts().backendPid, ActivityModel::State).data().toString(),
                 QStringLiteral("idle in transaction"));
        const QString status = m_page->findChild<QLabel *>(QStringLiteral("activityStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("server")) && status.contains(QStringLiteral("ms")),
                 qPrintable(status));
        // The blocker's row is painted in its colour (sampled from the rendered table).
        m_page->view()->clearSelection();
        const QModelIndex cell = rowOf(m_holder->facts().backendPid, ActivityModel::XidAge);
        const QRect r = m_page->view()->visualRect(cell);
        const QImage img = m_page->view()->viewport()->grab().toImage();
        QCOMPARE(QColor(img.pixel(r.left() + 3, r.center().y())),
                 ui::ActivityDelegate::color(ActivityModel::Highlight::Blocking));
    }

    void detailsPaneWithHighlightedSql() {
        click(m_sleeper->facts().backendPid);
        ui::ActivityDetails *d = m_page->details();
        QCOMPARE(d->pid(), m_sleeper->facts().backendPid);
        QVERIFY(d->queryText().startsWith(QStringLiteral("SELECT pg_sleep(60) -- a report\nFROM")));
        QCOMPARE(d->fieldText(QStringLiteral("wait")), QStringLiteral("Timeout: PgSleep"));
        QCOMPARE(d->fieldText(QStringLiteral("application")), QStringLiteral("page-sleeper"));
        QVERIFY(d->fieldText(QStringLiteral("query_start")).contains(QStringLiteral("(")));
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("waitExplanation"))
                    ->text()
                    .contains(QStringLiteral("pg_sleep")));
        // Highlighting: SELECT is a keyword, the comment and the dollar string have their formats.
        auto *edit = d->findChild<QPlainTextEdit *>(QStringLiteral("detailsQuery"));
        const QTextBlock first = edit->document()->firstBlock();
        bool keyword = false, comment = false;
        for (const auto &f : first.layout()->formats()) {
            keyword |= f.start == 0 && f.length == 6 && f.format.fontWeight() == QFont::Bold;
            comment |= f.format.fontItalic() &&
                       first.text().mid(f.start, f.length).startsWith(QStringLiteral("-- a report"));
        }
        QVERIFY(keyword);
        QVERIFY(comment);
        QVERIFY(d->detailsText().contains(QStringLiteral("wait_explanation: ")));
        // Explain hands the query to the Explain page.
        QSignalSpy nav(m_page, &ui::Page::navigate);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("explainQuery")), Qt::LeftButton);
        QCOMPARE(nav.size(), 1);
        QCOMPARE(nav[0][0].toString(), QStringLiteral("explain"));
        const auto request = ui::handover::unpack<ui::ExplainRequest>(nav[0][1].toMap());
        QVERIFY(request);
        QCOMPARE(request->sql, d->queryText());
        QVERIFY(!request->run);
        // The main window opened the Explain page with it; come back.
        QCOMPARE(m_window->currentPage()->pageId(), QStringLiteral("explain"));
        QVERIFY(m_window->showPage(QStringLiteral("activity")));
        testutil::settle(); // pending layout requests (status line) are handled first
        m_page->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-activity.png"));
    }

    void sqlHighlighterTokens_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("kind");
        using T = ui::SqlHighlighter::Token;
        QTest::addRow("keyword") << "select x from t"
                                 << "from" << int(T::Keyword);
        QTest::addRow("string") << "SELECT 'it''s'"
                                << "'it''s'" << int(T::String);
        QTest::addRow("escape string") << "SELECT E'a\\'b' AS x"
                                       << "E'a\\'b'" << int(T::String);
        QTest::addRow("dollar") << "DO $fn$ BEGIN END $fn$"
                                << "$fn$ BEGIN END $fn$" << int(T::String);
        QTest::addRow("identifier") << "SELECT \"Order Id\" FROM t"
                                    << "\"Order Id\"" << int(T::Identifier);
        QTest::addRow("number") << "SELECT 3.14e2"
                                << "3.14e2" << int(T::Number);
        QTest::addRow("parameter") << "WHERE id = $12"
                                   << "$12" << int(T::Parameter);
        QTest::addRow("line comment") << "SELECT 1 -- why"
                                      << "-- why" << int(T::Comment);
        QTest::addRow("block comment") << "SELECT /* a /* nested */ b */ 1"
                                       << "/* a /* nested */ b */" << int(T::Comment);
        QTest::addRow("plain word") << "SELECT orders"
                                    << "orders" << int(T::Plain);
    }

    void sqlHighlighterTokens() {
        QFETCH(QString, sql);
        QFETCH(QString, token);
        QFETCH(int, kind);
        QTextDocument doc(sql);
        ui::SqlHighlighter h(&doc);
        h.rehighlight();
        const int start = int(sql.indexOf(token));
        QVERIFY(start >= 0);
        const QTextCharFormat want = h.format(ui::SqlHighlighter::Token(kind));
        const auto formats = doc.firstBlock().layout()->formats();
        bool covered = false;
        for (const auto &f : formats)
            if (f.start <= start && f.start + f.length >= start + token.size())
                covered = f.format == want;
        QCOMPARE(covered, kind != int(ui::SqlHighlighter::Token::Plain));
    }

    void sqlHighlighterAcrossLines() {
        QTextDocument doc(QStringLiteral("SELECT $$line one\nline two$$, 'a\nb', /* c\nd */ 1\nFROM t"));
        ui::SqlHighlighter h(&doc);
        h.rehighlight();
        const QTextBlock second = doc.firstBlock().next();
        QCOMPARE(second.text(), QStringLiteral("line two$$, 'a"));
        const auto f2 = second.layout()->formats();
        QVERIFY(!f2.isEmpty());
        QCOMPARE(f2.first().start, 0); // still inside the dollar string
        QCOMPARE(f2.first().format, h.format(ui::SqlHighlighter::Token::String));
        const QTextBlock last = doc.lastBlock();
        QCOMPARE(last.text(), QStringLiteral("FROM t"));
        QCOMPARE(last.layout()->formats().first().format, h.format(ui::SqlHighlighter::Token::Keyword));
    }

    void filtersThroughTheWidgets() {
        auto *filter = m_page->filter();
        auto *query = m_page->findChild<QLineEdit *>(QStringLiteral("filterQuery"));
        // Other tests sleep too (the page shows the whole cluster): the sleeper's own comment.
        QTest::keyClicks(query, QStringLiteral("PG_SLEEP(60) -- A REPORT"));
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, 0).data(ActivityModel::PidRole).toInt(), m_sleeper->facts().backendPid);
        query->clear();
        auto *state = m_page->findChild<QComboBox *>(QStringLiteral("filterState"));
        state->setCurrentIndex(state->findData(QStringLiteral("waiting")));
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, 0).data(ActivityModel::PidRole).toInt(), m_waiter->facts().backendPid);
        state->setCurrentIndex(state->findData(QStringLiteral("blocking")));
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, 0).data(ActivityModel::PidRole).toInt(), m_holder->facts().backendPid);
        state->setCurrentIndex(0);
        auto *app = m_page->findChild<QComboBox *>(QStringLiteral("filterApplication"));
        QVERIFY2(app->findText(QStringLiteral("page-holder")) > 0,
                 "the choices list the applications present");
        QTest::keyClicks(app->lineEdit(), QStringLiteral("page-"));
        QCOMPARE(filter->rowCount(), 4);
        app->lineEdit()->clear();
        auto *minimum = m_page->findChild<QSpinBox *>(QStringLiteral("filterMinDuration"));
        minimum->setValue(3600);
        QCOMPARE(filter->rowCount(), 0);
        minimum->setValue(0);
        auto *hideIdle = m_page->findChild<QCheckBox *>(QStringLiteral("hideIdle"));
        const int withoutIdle = filter->rowCount();
        QTest::mouseClick(hideIdle, Qt::LeftButton);
        QVERIFY(!hideIdle->isChecked());
        QVERIFY(filter->rowCount() > withoutIdle);
        // Duration mode: backend start instead of query start.
        auto *mode = m_page->findChild<QComboBox *>(QStringLiteral("durationMode"));
        mode->setCurrentIndex(2);
        QCOMPARE(m_page->model()->durationMode(), ActivityModel::DurationMode::Backend);
        mode->setCurrentIndex(0);
    }

    void refreshKeepsSelectionScrollAndSort() {
        // Enough rows to scroll: idle sessions are shown now.
        for (int i = 0; i < 40; ++i)
            m_crowd.push_back(testutil::connect(sandbox::dsn(), QStringLiteral("page-crowd")));
        // The refresh that ends next may have started before the crowd connected (a periodic one
        // in flight): wait for the crowd itself.
        QVERIFY(testutil::waitUntil(
            [&] {
                if (std::all_of(m_crowd.cbegin(), m_crowd.cend(),
                                [&](const auto &c) { return shown(c->facts().backendPid); }))
                    return true;
                nextRefresh();
                return false;
            },
            15000));
        QTableView *v = m_page->view();
        v->sortByColumn(ActivityModel::Pid, Qt::AscendingOrder);
        m_page->selectPids({m_waiter->facts().backendPid, m_crowd[20]->facts().backendPid});
        // The view lays out new rows (and its scroll range) on its next event-loop turn.
        QCoreApplication::processEvents();
        v->scrollTo(rowOf(m_crowd[20]->facts().backendPid));
        const int scroll = v->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        // Sessions come and go between refreshes.
        m_crowd.erase(m_crowd.begin() + 30, m_crowd.end());
        m_crowd.erase(m_crowd.begin(), m_crowd.begin() + 5);
        nextRefresh();
        nextRefresh();
        const QList<int> expected = [&] {
            QList<int> l{m_waiter->facts().backendPid, m_crowd[15]->facts().backendPid};
            std::sort(l.begin(), l.end());
            return l;
        }();
        QCOMPARE(m_page->selectedPids(), expected);
        QCOMPARE(v->horizontalHeader()->sortIndicatorSection(), int(ActivityModel::Pid));
        QCOMPARE(v->verticalScrollBar()->value(), scroll);
        m_crowd.clear();
        m_page->findChild<QCheckBox *>(QStringLiteral("hideIdle"))->setChecked(true);
        v->sortByColumn(ActivityModel::Duration, Qt::DescendingOrder);
    }

    void thresholdsChangeColours() {
        QTest::mouseClick(m_page->findChild<QToolButton *>(QStringLiteral("thresholds")), Qt::LeftButton);
        ui::ActivityThresholdsDialog *d = nullptr;
        QVERIFY(testutil::waitUntil(
            [&] { return (d = m_window->findChild<ui::ActivityThresholdsDialog *>()) && d->isVisible(); }));
        auto hl = [&] {
            return rowOf(m_sleeper->facts().backendPid)
                .data(ActivityModel::HighlightRole)
                .value<ActivityModel::Highlight>();
        };
        QCOMPARE(hl(), ActivityModel::Highlight::None); // running for less than 30 s
        d->findChild<QSpinBox *>(QStringLiteral("longRunning"))->setValue(1);
        // The sleeper may have run for less than a second so far (the page polls every second).
        QTRY_COMPARE_WITH_TIMEOUT(hl(), ActivityModel::Highlight::LongRunning, 5000);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("legend"))
                    ->text()
                    .contains(QStringLiteral("running ≥ 1 s")));
        QCOMPARE(ui::ActivityThresholdsDialog::load().longRunningS, 1); // remembered
        d->close();
    }

    void cancelThroughTheDialog() {
        const int pid = m_sleeper->facts().backendPid;
        click(pid);
        QCOMPARE(m_page->selectedPids(), QList<int>{pid});
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("cancelSessions")), Qt::LeftButton);
        ui::SessionActionDialog *d = nullptr;
        QVERIFY(testutil::waitUntil([&] { return (d = dialog()) != nullptr; }));
        QVERIFY(d->text().contains(QString::number(pid)));
        QVERIFY(d->text().contains(QStringLiteral("page-sleeper")));
        QVERIFY(d->text().contains(QStringLiteral("pg_cancel_backend")));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
        auto *outcomes = d->findChild<QTreeWidget *>(QStringLiteral("outcomes"));
        QVERIFY(testutil::waitUntil(
            [&] { return outcomes->isVisible() && outcomes->topLevelItemCount() == 1; }, 10000));
        QCOMPARE(outcomes->topLevelItem(0)->text(2), QStringLiteral("done"));
        const pg::Result r = QCoro::waitFor(*m_sleep);
        QCOMPARE(r.error() ? r.error()->sqlState : QString(), QStringLiteral("57014"));
        QVERIFY(alive(pid));
        d->close();
        QCOMPARE(m_store->audit(1).value(0).outcome, QStringLiteral("done"));
        QCOMPARE(m_store->audit(1).value(0).action, QStringLiteral("cancel"));
    }

    void terminateSeveralSessions() {
        const int idle = m_idleTx->facts().backendPid, holder = m_holder->facts().backendPid;
        nextRefresh();
        click(idle);
        click(holder, Qt::ControlModifier);
        QCOMPARE(m_page->selectedPids().size(), 2);
        auto *terminate = m_page->findChild<QPushButton *>(QStringLiteral("terminateSessions"));
        QCOMPARE(terminate->text(), QStringLiteral("Terminate 2…"));
        QTest::mouseClick(terminate, Qt::LeftButton);
        ui::SessionActionDialog *d = nullptr;
        QVERIFY(testutil::waitUntil([&] { return (d = dialog()) != nullptr; }));
        QVERIFY(d->text().contains(QString::number(idle)) && d->text().contains(QString::number(holder)));
        QVERIFY(d->text().contains(QStringLiteral("idle in transaction")));
        QVERIFY(d->text().contains(QStringLiteral("rolled back")));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
        auto *outcomes = d->findChild<QTreeWidget *>(QStringLiteral("outcomes"));
        QVERIFY(testutil::waitUntil([&] { return outcomes->topLevelItemCount() == 2; }, 10000));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(outcomes->topLevelItem(i)->text(2), QStringLiteral("done"));
        d->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-activity-terminate.png"));
        d->close();
        QVERIFY(QCoro::waitFor(*m_wait).ok()); // the waiter got its row
        QVERIFY(testutil::waitUntil([&] { return !shown(idle) && !shown(holder); }, 5000));
        // The details pane keeps the ended session, marked.
        QVERIFY(m_page->details()
                    ->findChild<QLabel *>(QStringLiteral("detailsTitle"))
                    ->text()
                    .contains(QStringLiteral("ended")));
    }

    void auditLogPage() {
        QTest::mouseClick(m_page->findChild<QToolButton *>(QStringLiteral("auditLog")), Qt::LeftButton);
        QCOMPARE(m_window->currentPage()->pageId(), QStringLiteral("audit"));
        auto *audit = qobject_cast<ui::AuditPage *>(m_window->currentPage());
        QTRY_VERIFY(audit->hasData());          // the log is read on a worker
        QVERIFY(!m_page->poller()->isActive()); // activity is hidden: no polling
        auto *view = audit->view();
        QAbstractItemModelTester proxyTester(view->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester auditTester( // history::AuditModel
            qobject_cast<QAbstractProxyModel *>(view->model())->sourceModel(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(view->model()->rowCount(), 3); // one cancel, two terminates
        QCOMPARE(view->model()->index(0, history::AuditModel::Outcome).data().toString(),
                 QStringLiteral("done"));
        QCOMPARE(view->model()->index(0, history::AuditModel::OsUser).data().toString(),
                 monitor::SessionControl::osUser());
        QCOMPARE(view->model()->index(2, history::AuditModel::Action).data().toString(),
                 QStringLiteral("cancel"));
        QCOMPARE(view->model()->index(2, history::AuditModel::TargetApplication).data().toString(),
                 QStringLiteral("page-sleeper"));
        QTest::keyClicks(audit->findChild<QLineEdit *>(QStringLiteral("auditSearch")),
                         QStringLiteral("page-holder"));
        QCOMPARE(view->model()->rowCount(), 1);
        audit->findChild<QLineEdit *>(QStringLiteral("auditSearch"))->clear();
        testutil::settle();
        m_window->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-audit.png"));
        // A new attempt shows up while the page is open.
        monitor::SessionTarget gone;
        gone.pid = 999999;
        monitor::SessionControl sc(m_sleeper.get(), m_ws->current()->historyKey(), m_store.get());
        QCoro::waitFor(sc.apply({gone}, monitor::SessionAction::Cancel));
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QCOMPARE(view->model()->index(0, history::AuditModel::Outcome).data().toString(),
                 QStringLiteral("already gone"));
    }

    void pollsOnlyWhileVisibleAndNotPaused() {
        QVERIFY(m_window->showPage(QStringLiteral("activity")));
        QVERIFY(m_page->poller()->isActive());
        QTest::mouseClick(m_page->findChild<QToolButton *>(QStringLiteral("pause")), Qt::LeftButton);
        QVERIFY(m_page->poller()->isPaused());
        QVERIFY(testutil::waitUntil([&] { return !m_page->poller()->inFlight(); }));
        const int n = m_page->poller()->refreshCount();
        QTest::qWait(1500);
        QCOMPARE(m_page->poller()->refreshCount(), n);
        QVERIFY(m_page->statusText().contains(QStringLiteral("paused")));
        QTest::mouseClick(m_page->findChild<QToolButton *>(QStringLiteral("pause")), Qt::LeftButton);
        QVERIFY(testutil::waitUntil([&] { return m_page->poller()->refreshCount() > n; }, 3000));
        QVERIFY(m_window->showPage(QStringLiteral("overview")));
        QVERIFY(!m_page->poller()->isActive());
        QVERIFY(testutil::waitUntil([&] { return !m_page->poller()->inFlight(); }));
        const int m = m_page->poller()->refreshCount();
        QTest::qWait(1500);
        QCOMPARE(m_page->poller()->refreshCount(), m);
    }

    void cleanupTestCase() {
        m_window.reset();
        m_ws.reset();
    }
};

QTEST_MAIN(TestActivityPage)
#include "tst_activitypage.moc"
