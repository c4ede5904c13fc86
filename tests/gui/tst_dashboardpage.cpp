// The Dashboard page offscreen in the main window with a real workload: charts fill from
// pg_stat_database and pg_stat_activity, tooltips show values, points survive page switches (and
// no polling happens while hidden), pause, window and retention choices, and the history
// survives a restart of the app: a new window on the same history store shows the old points
// before its first sample. A screenshot is written to the build folder.
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/timeserieschart.h"
#include "history/store.h"
#include "mainwindow.h"
#include "monitor/poller.h"
#include "monitor/serverstatscollector.h"

#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

#include <cmath>

class TestDashboardPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString historyFile() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }

    struct App { // one run of pgdba: its store, workspace and window
        std::unique_ptr<core::ProfileStore> profiles;
        std::unique_ptr<history::Store> store;
        std::unique_ptr<core::Workspace> ws;
        std::unique_ptr<ui::MainWindow> window;
        ui::DashboardPage *page = nullptr;
    };
    std::unique_ptr<App> start() {
        auto app = std::make_unique<App>();
        app->profiles = std::make_unique<core::ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        app->store = std::make_unique<history::Store>();
        if (!app->store->open(historyFile()))
            return nullptr;
        app->ws = std::make_unique<core::Workspace>(app->profiles.get());
        app->ws->setHistory(app->store.get());
        app->window = std::make_unique<ui::MainWindow>(app->ws.get());
        app->window->resize(1400, 900);
        app->window->showPage(QStringLiteral("dashboard"));
        app->window->show();
        app->page = qobject_cast<ui::DashboardPage *>(app->window->page(QStringLiteral("dashboard")));
        return app;
    }
    static int points(ui::DashboardPage *p) { return int(p->collector()->points().size()); }

    // A steady write load from another connection: ~40 committed inserts a second.
    std::unique_ptr<pg::Connection> m_load;
    QTimer m_loadTimer;

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-dashboard-test"));
        QSettings().clear(); // QSettings live in ~/.qttest in test mode: start from the defaults
        sandbox::psql(QStringLiteral("DROP TABLE IF EXISTS dash_t; CREATE TABLE dash_t (id serial, v int)"));
        m_load = testutil::connect(sandbox::dsn(), QStringLiteral("dash-load"));
        m_loadTimer.setInterval(25);
        connect(&m_loadTimer, &QTimer::timeout, this, [this] {
            if (!m_load->isBusy())
                m_load->query(QStringLiteral("INSERT INTO dash_t (v) SELECT g FROM generate_series(1, 5) g"));
        });
        m_loadTimer.start();
    }

    void chartsFillAndSurvivePageSwitches() {
        auto app = start();
        QVERIFY(app && app->page);
        QVERIFY(!QCoro::waitFor(app->window->connectDsn(sandbox::dsn())));
        QVERIFY(app->window->showPage(QStringLiteral("dashboard")));
        ui::DashboardPage *page = app->page;
        QCOMPARE(page->collector()->poller()->interval(), 1000); // the default: 1 s
        QCOMPARE(page->collector()->windowMs(), 10 * 60 * 1000); // the default window: 10 minutes
        QVERIFY(page->collector()->poller()->isActive());
        QVERIFY(testutil::waitUntil([&] { return points(page) >= 8; }, 20000));
        QVERIFY(page->hasData());

        ui::TimeSeriesChart *tx = page->chart(QStringLiteral("chartTransactions"));
        QVERIFY(tx);
        QCOMPARE(tx->seriesName(0), QStringLiteral("commits"));
        QVERIFY(tx->pointCount(0) >= 8);
        QVERIFY2(tx->lastValue(0) > 10,
                 qPrintable(QString::number(tx->lastValue(0)))); // the load commits ~40/s
        ui::TimeSeriesChart *in = page->chart(QStringLiteral("chartTuplesIn"));
        QVERIFY(in->lastValue(0) > 50); // ~200 inserted rows a second
        ui::TimeSeriesChart *sessions = page->chart(QStringLiteral("chartSessions"));
        QCOMPARE(sessions->seriesCount(), 5);
        // At least one idle session: this one, held open (the load connection may be active at
        // the very moment of a sample on a busy machine). Waits for a sample that shows it.
        auto idle = testutil::connect(sandbox::dsn(), QStringLiteral("dash-idle"));
        QVERIFY(testutil::waitUntil([&] { return sessions->lastValue(3) >= 1; }, 15000));
        ui::TimeSeriesChart *blocks = page->chart(QStringLiteral("chartBlocks"));
        QCOMPARE(blocks->seriesName(2), QStringLiteral("cache hit ratio"));
        QVERIFY(blocks->lastValue(2) > 50 && blocks->lastValue(2) <= 100);
        QVERIFY(page->summaryText().contains(QStringLiteral("Commits")));

        // Tooltips: hovering the plot shows the nearest sample's values.
        const qint64 lastTs = page->collector()->points().last().tsMs;
        const QString tip = tx->tooltipAt(lastTs);
        QVERIFY2(tip.contains(QStringLiteral("commits: ")) && tip.contains(QStringLiteral("/s")),
                 qPrintable(tip));
        const QPoint inside = tx->mapFromScene(tx->chart()->mapToScene(tx->chart()->plotArea().center()));
        QTest::mouseMove(tx->viewport(), inside);
        QMouseEvent move(QEvent::MouseMove, QPointF(inside), tx->viewport()->mapToGlobal(QPointF(inside)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(tx->viewport(), &move);
        QVERIFY(testutil::waitUntil([] { return QToolTip::isVisible(); }, 2000));
        QVERIFY2(QToolTip::text().contains(QStringLiteral("rollbacks: ")), qPrintable(QToolTip::text()));
        QToolTip::hideText();
        testutil::settle();
        page->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-dashboard.png"));

        // Another page: the dashboard stops polling and keeps its points.
        QVERIFY(app->window->showPage(QStringLiteral("overview")));
        QVERIFY(!page->collector()->poller()->isActive());
        QVERIFY(testutil::waitUntil([&] { return !page->collector()->poller()->inFlight(); }));
        const int kept = points(page), count = page->collector()->poller()->refreshCount();
        QTest::qWait(2500);
        QCOMPARE(page->collector()->poller()->refreshCount(), count);
        QCOMPARE(points(page), kept);
        QCOMPARE(tx->pointCount(0), kept);
        QVERIFY(app->window->showPage(QStringLiteral("dashboard")));
        QVERIFY(page->collector()->poller()->isActive());
        QVERIFY(testutil::waitUntil([&] { return points(page) >= kept + 2; }, 10000));
        QVERIFY(tx->pointCount(0) >= kept + 2);

        // Pause stops sampling; resume goes on.
        auto *pause = page->findChild<QToolButton *>(QStringLiteral("dashboardPause"));
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(testutil::waitUntil([&] { return !page->collector()->poller()->inFlight(); }));
        const int paused = points(page);
        QTest::qWait(2200);
        QCOMPARE(points(page), paused);
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(testutil::waitUntil([&] { return points(page) > paused; }, 10000));

        // Window and retention choices.
        auto *window = page->findChild<QComboBox *>(QStringLiteral("dashboardWindow"));
        window->setCurrentIndex(window->findData(5));
        QCOMPARE(page->collector()->windowMs(), 5 * 60 * 1000);
        window->setCurrentIndex(window->findData(60));
        QCOMPARE(page->collector()->windowMs(), 60 * 60 * 1000);
        QVERIFY(points(page) >= paused); // a wider window reads the points back from the store
        auto *retention = page->findChild<QSpinBox *>(QStringLiteral("retentionDays"));
        QCOMPARE(retention->value(), 7);
        retention->setValue(3);
        QCOMPARE(app->store->retentionDays(), 3);
        retention->setValue(7);
        window->setCurrentIndex(window->findData(10));

        // The store holds what the charts showed.
        QVERIFY(app->store->samples(app->ws->current()->historyKey(), QStringLiteral("server"), QString(), 0)
                    .size() >= points(page));
        m_shownBeforeRestart = points(page);
        app->window->close();
    }

    void historySurvivesARestart() {
        QVERIFY(m_shownBeforeRestart >= 10);
        m_loadTimer.stop();
        auto app = start();
        QVERIFY(app);
        // Before the first sample of the new run: the last minutes come from the store.
        app->page->collector()->poller()->setPaused(true);
        QVERIFY(!QCoro::waitFor(app->window->connectDsn(sandbox::dsn())));
        QVERIFY(testutil::waitUntil(
            [&] { return !app->page->collector()->isLoading(); })); // read off the GUI thread
        QVERIFY(points(app->page) >= m_shownBeforeRestart);
        QCOMPARE(app->page->collector()->poller()->refreshCount(), 0);
        QVERIFY(app->page->chart(QStringLiteral("chartTransactions"))->pointCount(0) >= m_shownBeforeRestart);
        QVERIFY(app->page->chart(QStringLiteral("chartTransactions"))->lastValue(0) > 10);
        QVERIFY(app->page->hasData());
    }

private:
    int m_shownBeforeRestart = 0;
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
