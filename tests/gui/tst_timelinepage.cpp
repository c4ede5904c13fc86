// The Timeline page on a real workload: the open window samples the sandbox while two sessions wait
// on a row lock behind an idle-in-transaction root; the page shows the Lock band, the top lists and
// exactly that incident, drills down, opens the recorded forest, and replays the moment in Locks
// and Activity (read-only banner, ±1 sample, back to live). Screenshots go to the build folder;
// PGDBA_SHOTS=DIR also saves the window at 1280x720 with the top queries (calls and mean from the
// statements deltas) in light and dark (PGDBA_SHOT_LANG=ru: in Russian).
#include "sandbox.h"
#include "testutil.h"

#include "activity/activitypage.h"
#include "core/language.h"
#include "core/profilestore.h"
#include "core/workspace.h"
#include "history/store.h"
#include "locks/lockspage.h"
#include "loopchecker.h"
#include "mainwindow.h"
#include "monitor/activitymodel.h"
#include "monitor/locktreemodel.h"
#include "monitor/lockwait.h"
#include "monitor/statementsampler.h"
#include "monitor/statementtracker.h"
#include "sessionhistory/sampler.h"
#include "sessionhistory/toplistmodel.h"
#include "timeline/incidentdialog.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinepage.h"
#include "widgets/replaybanner.h"
#include "widgets/theme.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using sessionhistory::Dim;

class TestTimelinePage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ui::Theme *m_theme = nullptr;

    static bool hasKey(const sessionhistory::TopListModel *m, const QString &key) {
        for (const auto &e : m->entries())
            if (e.key == key)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-timeline-test"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_theme = new ui::Theme(this);
        if (qEnvironmentVariable("PGDBA_SHOT_LANG") == QLatin1String("ru"))
            core::language::apply(QStringLiteral("ru"));
    }

    void incidentOnTheTimelineAndReplayed() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        history::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("history.sqlite"))));
        core::Workspace ws(&profiles);
        ws.setHistory(&store);
        ui::MainWindow window(&ws);
        window.resize(1280, 720);
        window.show();
        auto *page = qobject_cast<ui::TimelinePage *>(window.page(QStringLiteral("timeline")));
        QVERIFY(page);
        for (Dim d : {Dim::Wait, Dim::Query, Dim::User, Dim::Application, Dim::Database, Dim::Client})
            new QAbstractItemModelTester(page->topModel(d),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(page->incidentModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        page->controller()->sampler()->setIntervalMs(500);
        QVERIFY(!QCoro::waitFor(window.connectDsn(sandbox::dsn())));
        // The window samples while another page is shown.
        QVERIFY(window.showPage(QStringLiteral("activity")));
        QVERIFY(
            testutil::waitUntil([&] { return page->controller()->sampler()->samplesWritten() >= 2; }, 20000));

        const QString dsn = sandbox::createDatabase(QStringLiteral("tl_lock"));
        auto root = testutil::connect(dsn, QStringLiteral("tl-root"));
        auto b = testutil::connect(dsn, QStringLiteral("tl-waiter"));
        auto c = testutil::connect(dsn, QStringLiteral("tl-waiter"));
        testutil::exec(*root, QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, status text)"));
        testutil::exec(*root, QStringLiteral("INSERT INTO orders VALUES (1, 'new')"));
        const int rootPid =
            int(testutil::exec(*root, QStringLiteral("SELECT pg_backend_pid() AS p")).int64(0, "p"));
        testutil::exec(*root, QStringLiteral("BEGIN"));
        testutil::exec(*root, QStringLiteral("UPDATE orders SET status = 'claimed' WHERE id = 1"));
        // The statements deltas of the incident, as the Statements collector stores them (one
        // period here): the top queries' calls and mean.
        auto monitorConn = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba statements"));
        monitor::StatementSampler statements;
        monitor::StatementTracker tracker;
        tracker.setHistoryEveryMs(0);
        {
            const auto f = QCoro::waitFor(statements.fetch(monitorConn.get()));
            QVERIFY2(f.ok(), qPrintable(f.availability.report()));
            tracker.add(f.sample);
            tracker.takeHistoryRows();
        }
        QList<sessionhistory::Incident> seen;
        connect(page->controller()->sampler(), &sessionhistory::Sampler::incidentChanged, this,
                [&](const sessionhistory::Incident &i) {
                    if (i.rootPid == rootPid)
                        seen << i;
                });
        // The root's transaction id, as the waiters' row lock names it.
        const qint64 rootXid =
            testutil::exec(*b, QStringLiteral("SELECT backend_xid::text::bigint AS x FROM pg_stat_activity "
                                              "WHERE pid = %1")
                                   .arg(rootPid))
                .int64(0, "x");
        QVERIFY(rootXid > 0);
        auto tb = b->query(QStringLiteral("UPDATE orders SET status = 'paid' WHERE id = 1"));
        auto tc = c->query(QStringLiteral("UPDATE orders SET status = 'lost' WHERE id = 1"));
        QVERIFY(testutil::waitUntil(
            [&] {
                return !seen.isEmpty() && seen.last().open && seen.last().blockedMax == 2 &&
                       seen.last().endMs - seen.last().startMs >= 2500;
            },
            30000));
        // What the live Locks page says each waiter waits for: the root's transaction, a row.
        QVERIFY(window.showPage(QStringLiteral("locks")));
        auto *liveLocks = qobject_cast<ui::LocksPage *>(window.page(QStringLiteral("locks")));
        QVERIFY(liveLocks);
        QHash<int, QString> liveTargets;
        QVERIFY(testutil::waitUntil(
            [&] {
                liveTargets.clear();
                for (const monitor::LockNode &n : liveLocks->treeModel()->forest().nodes())
                    if (n.isWaiting() && n.session.database == QLatin1String("tl_lock"))
                        liveTargets.insert(n.session.pid, n.session.wait.target());
                return liveTargets.size() == 2;
            },
            20000));
        monitor::LockWait onRootXid; // "transaction <xid>" in the language shown
        onRootXid.lockType = QStringLiteral("transactionid");
        onRootXid.transactionId = rootXid;
        QVERIFY2(liveTargets.values().contains(onRootXid.target()),
                 qPrintable(liveTargets.values().join(QStringLiteral(" | "))));
        QVERIFY(window.showPage(QStringLiteral("activity")));
        testutil::exec(*root, QStringLiteral("COMMIT"));
        QVERIFY(QCoro::waitFor(tb).ok());
        QVERIFY(QCoro::waitFor(tc).ok());
        QVERIFY(testutil::waitUntil([&] { return !seen.last().open; }, 10000));
        const sessionhistory::Incident incident = seen.last();
        {
            const auto f = QCoro::waitFor(statements.fetch(monitorConn.get()));
            QVERIFY(f.ok());
            tracker.add(f.sample);
            QVERIFY(store.appendBatch(page->controller()->serverKey(),
                                      QString::fromLatin1(monitor::StatementTracker::HistoryKind),
                                      tracker.takeHistoryRows()));
        }

        // The Timeline of the last 15 minutes, read on a worker: the event loop keeps running.
        QVERIFY(window.showPage(QStringLiteral("timeline")));
        LoopChecker loop;
        const int before = page->windowsShown();
        page->setRangeMs(15 * 60 * 1000);
        auto *rangeBox = page->findChild<QComboBox *>(QStringLiteral("range"));
        QVERIFY(rangeBox);
        QCOMPARE(rangeBox->currentText(), QStringLiteral("15 minutes")); // the box says what is shown
        QVERIFY(testutil::waitUntil(
            [&] { return page->windowsShown() > before && !page->controller()->isReading(); }));
        QVERIFY2(loop.maxGapMs() < 100, qPrintable(QString::number(loop.maxGapMs())));
        QVERIFY(hasKey(page->topModel(Dim::Wait), QStringLiteral("Lock:transactionid")));
        QVERIFY(hasKey(page->topModel(Dim::Database), QStringLiteral("tl_lock")));
        QVERIFY(hasKey(page->topModel(Dim::Query),
                       QStringLiteral("UPDATE orders SET status = $1 WHERE id = $2")));
        // Its calls (both waiters' updates, run after the first statements sample) and mean time
        // (they waited for the lock), from the statements deltas of the window, in the list's columns.
        {
            const sessionhistory::TopListModel *m = page->topModel(Dim::Query);
            int r = -1;
            for (int i = 0; i < m->entries().size(); ++i)
                if (m->entries().at(i).key == QLatin1String("UPDATE orders SET status = $1 WHERE id = $2"))
                    r = i;
            QVERIFY(r >= 0);
            QVERIFY2(m->entries().at(r).calls >= 2, qPrintable(QString::number(m->entries().at(r).calls)));
            QVERIFY(m->entries().at(r).meanMs > 500.0); // two of three waited seconds
            QCOMPARE(m->headerData(sessionhistory::TopListModel::Calls, Qt::Horizontal).toString().isEmpty(),
                     false);
            QVERIFY(!m->index(r, sessionhistory::TopListModel::Calls).data().toString().isEmpty());
            QVERIFY(!m->index(r, sessionhistory::TopListModel::MeanMs).data().toString().isEmpty());
        }
        saveShots(window, page);
        if (qEnvironmentVariable("PGDBA_SHOT_LANG") == QLatin1String("ru"))
            QSKIP("PGDBA_SHOT_LANG=ru: the Russian screenshots only (the checks below read English text)");
        int row = -1;
        const auto &incidents = page->incidentModel()->incidents();
        for (int i = 0; i < incidents.size(); ++i)
            if (incidents.at(i).rootPid == rootPid)
                row = i;
        QVERIFY(row >= 0);
        QCOMPARE(incidents.at(row).blockedMax, 2);
        QCOMPARE(incidents.at(row).rootState, QStringLiteral("idle in transaction"));
        float lock = 0;
        for (const auto &a : page->chart()->data().aas)
            lock = qMax(lock, a[int(sessionhistory::WaitClass::Lock)]);
        QVERIFY(lock > 0.5f);

        // Drill down: only the lock test's database; its waits are Lock waits.
        const int beforeFilter = page->windowsShown();
        page->setFilter(sessionhistory::Filter{Dim::Database, QStringLiteral("tl_lock")});
        QVERIFY(testutil::waitUntil(
            [&] { return page->windowsShown() > beforeFilter && !page->controller()->isReading(); }));
        QVERIFY(!page->topModel(Dim::Wait)->entries().isEmpty());
        for (const auto &e : page->topModel(Dim::Wait)->entries())
            QVERIFY2(e.key.startsWith(QLatin1String("Lock:")) || e.key == QLatin1String("CPU"),
                     qPrintable(e.key));
        QCOMPARE(page->topModel(Dim::Database)->entries().size(), 1);
        // Select the incident's window on the chart with the mouse.
        ui::TimelineChart *chart = page->chart();
        page->setRange(incident.startMs - 20000, incident.endMs + 20000, false);
        QVERIFY2(rangeBox->currentText().startsWith(QLatin1String("Custom: ")),
                 qPrintable(rangeBox->currentText()));
        QVERIFY(testutil::waitUntil([&] { return !page->controller()->isReading(); }));
        if (const QString dir = qEnvironmentVariable("PGDBA_SHOTS"); !dir.isEmpty()) {
            window.resize(1280, 720); // the Range box's "Custom: …" state, as a user sees it
            testutil::settle();
            QVERIFY(window.grab().save(dir + QStringLiteral("/timeline-custom.png")));
        }
        const int beforeSelect = page->windowsShown();
        const int y = chart->plotRect().center().y();
        QTest::mousePress(chart, Qt::LeftButton, {}, QPoint(chart->xAt(incident.startMs - 1000), y));
        QTest::mouseMove(chart, QPoint(chart->xAt(incident.startMs + 500), y));
        QTest::mouseRelease(chart, Qt::LeftButton, {}, QPoint(chart->xAt(incident.endMs + 1000), y));
        QVERIFY(chart->selectionTo() > chart->selectionFrom());
        QVERIFY(testutil::waitUntil(
            [&] { return page->windowsShown() > beforeSelect && !page->controller()->isReading(); }));
        QVERIFY(!page->incidentModel()->incidents().isEmpty());
        page->lists()->setCurrentIndex(page->lists()->count() - 1);
        testutil::settle();
        QVERIFY(page->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-timeline.png")));
        window.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-timeline-window.png"));

        // The recorded forest, and its replay in Locks.
        row = -1;
        for (int i = 0; i < page->incidentModel()->incidents().size(); ++i)
            if (page->incidentModel()->incidents().at(i).rootPid == rootPid)
                row = i;
        QVERIFY(row >= 0);
        page->showIncident(row);
        auto *dialog = page->findChild<ui::IncidentDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->tree()->topLevelItemCount(), 1);
        QCOMPARE(dialog->tree()->topLevelItem(0)->text(0), QString::number(rootPid));
        // The recorded forest names the lock the first waiter waited for: the root's transaction.
        QStringList locksShown;
        for (QTreeWidgetItemIterator it(dialog->tree()); *it; ++it)
            locksShown << (*it)->text(3);
        QVERIFY2(locksShown.contains(QString(QStringLiteral("ShareLock ") + onRootXid.target())),
                 qPrintable(locksShown.join(QStringLiteral(" | "))));
        if (const QString dir = qEnvironmentVariable("PGDBA_SHOTS"); !dir.isEmpty()) {
            testutil::settle();
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/incident-forest.png")));
        }
        auto *replay = dialog->findChild<QPushButton *>(QStringLiteral("replay"));
        QVERIFY(replay);
        replay->click();
        dialog->close();
        auto *locks = qobject_cast<ui::LocksPage *>(window.page(QStringLiteral("locks")));
        QVERIFY(locks && locks->isVisible());
        QVERIFY(testutil::waitUntil([&] { return locks->replayBanner()->shownMs() > 0; }));
        QVERIFY(locks->replayBanner()->isVisible());
        QVERIFY(locks->replayBanner()->text().startsWith(QStringLiteral("Recorded at")));
        const monitor::LockNode *rootNode = locks->treeModel()->forest().node(rootPid);
        QVERIFY(rootNode);
        QCOMPARE(rootNode->totalWaiters, 2);
        // A replayed row-lock wait names what the live page named: the root's real transaction id
        // (never "transaction 0"), the row the other waiter waits for.
        int waiters = 0;
        for (const monitor::LockNode &n : locks->treeModel()->forest().nodes())
            if (n.isWaiting() && n.session.database == QLatin1String("tl_lock")) { // other tests wait too
                ++waiters;
                const QString target = n.session.wait.target();
                QVERIFY2(!target.contains(QStringLiteral("transaction 0")), qPrintable(target));
                QVERIFY2(liveTargets.contains(n.session.pid), qPrintable(QString::number(n.session.pid)));
                QCOMPARE(target, liveTargets.value(n.session.pid));
            }
        QCOMPARE(waiters, 2);
        QVERIFY(!locks->findChild<QPushButton *>(QStringLiteral("releaseButton"))->isEnabled());
        testutil::settle();
        QVERIFY(locks->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-locks-replay.png")));
        // One sample back with the keyboard, then back to live.
        const qint64 shown = locks->replayBanner()->shownMs();
        window.activateWindow(); // shortcuts need the active window
        QVERIFY(QTest::qWaitForWindowActive(&window));
        locks->treeView()->setFocus();
        QTest::keyClick(locks->treeView(), Qt::Key_Left, Qt::ControlModifier);
        QVERIFY(testutil::waitUntil([&] { return locks->replayBanner()->shownMs() != shown; }));
        QVERIFY(locks->replayBanner()->shownMs() < shown);
        QVERIFY(shown - locks->replayBanner()->shownMs() <= 1500);
        locks->replayBanner()->findChild<QPushButton *>(QStringLiteral("backToLive"))->click();
        QVERIFY(!locks->replayBanner()->isVisible());
        QVERIFY(testutil::waitUntil([&] { return locks->treeModel()->forest().node(rootPid) == nullptr; }));

        // The same moment in Activity: the root and both waiters.
        QVERIFY(window.showPage(QStringLiteral("timeline")));
        page->replayAt(incident.endMs - 500);
        auto *activity = qobject_cast<ui::ActivityPage *>(window.page(QStringLiteral("activity")));
        QVERIFY(activity && activity->isVisible());
        QVERIFY(testutil::waitUntil([&] { return activity->replayBanner()->shownMs() > 0; }));
        QVERIFY(activity->model()->sessionByPid(rootPid));
        QCOMPARE(activity->model()->sessionByPid(rootPid)->state, QStringLiteral("idle in transaction"));
        activity->replayBanner()->stop();
    }

private:
    // PGDBA_SHOTS=DIR: the window at 1280x720 on the Queries list, light and dark.
    void saveShots(ui::MainWindow &w, ui::TimelinePage *page) {
        const QString dir = qEnvironmentVariable("PGDBA_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const int before = page->lists()->currentIndex();
        page->lists()->setCurrentIndex(1); // Queries
        const QString lang = qEnvironmentVariable("PGDBA_SHOT_LANG", QStringLiteral("en"));
        for (const ui::Theme::Mode mode : {ui::Theme::Mode::Light, ui::Theme::Mode::Dark}) {
            m_theme->setMode(mode, false);
            testutil::settle();
            QVERIFY(w.grab().save(
                QStringLiteral("%1/timeline-%2-%3.png").arg(dir, ui::Theme::modeName(mode), lang)));
        }
        m_theme->setMode(ui::Theme::Mode::Light, false);
        page->lists()->setCurrentIndex(before);
    }
};

QTEST_MAIN(TestTimelinePage)
#include "tst_timelinepage.moc"
