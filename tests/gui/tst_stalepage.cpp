// Data shown while the server does not answer (issue 19.4), seen in the real window: the page
// greys its data with "last refreshed N s ago" from the first missed refresh, the status bar
// stops saying "connected", and both recover once the deadline has replaced the connection.
#include "sandbox.h"
#include "stoppedprocess.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "mainwindow.h"
#include "monitor/poller.h"
#include "page.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestStalePage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-test-stale"));
        // Long enough for the status bar to say "not answering" first (after 5 s).
        QSettings().setValue(QStringLiteral("connection/queryDeadlineMs"), 8000);
    }

    void frozenServerGreysThePageUntilReplaced() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showPage(QStringLiteral("overview")));
        QVERIFY(!QCoro::waitFor(w.connectDsn(sandbox::dsn(), QStringLiteral("Sandbox"))));
        ui::Page *page = w.page(QStringLiteral("overview"));
        auto *poller = page->findChild<monitor::Poller *>();
        QVERIFY(poller);
        poller->setInterval(500); // the page's own 5 s, shortened for the test
        QVERIFY(testutil::waitUntil([&] { return page->hasData() && poller->refreshCount() >= 2; }, 10000));
        QVERIFY(!page->isStale());
        auto *state = w.findChild<QLabel *>(QStringLiteral("statusState"));
        QVERIFY(testutil::waitUntil([&] { return state->text().contains(QStringLiteral("connected")); }));

        pg::Connection *monitor = ws.current()->monitor();
        QSignalSpy healed(monitor, &pg::Connection::reconnected);
        StoppedProcess stopped(monitor->facts().backendPid);
        QVERIFY(stopped.ok());
        // The first missed refresh (a tick finding the last one unanswered) greys the page.
        QVERIFY(testutil::waitUntil([&] { return page->isStale(); }, 3000));
        auto *notice = page->findChild<QWidget *>(QStringLiteral("staleNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY(testutil::waitUntil(
            [&] { return page->staleText().contains(QStringLiteral("last refreshed 2 s ago")); }, 5000));
        QVERIFY2(page->findChild<QLabel *>(QStringLiteral("staleText"))
                     ->text()
                     .contains(QStringLiteral("not answering")),
                 qPrintable(page->staleText()));
        // The status bar does not call a frozen server connected.
        QVERIFY2(testutil::waitUntil([&] { return state->text().contains(QStringLiteral("not answering")); },
                                     8000),
                 qPrintable(state->text()));
        QVERIFY(!state->text().contains(QStringLiteral("connected")));
        testutil::settle();
        w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-stale.png"));

        // The deadline replaces the connection: fresh data, no notice, "connected" again.
        QVERIFY(testutil::waitUntil([&] { return healed.count() > 0; }, 15000));
        QVERIFY(testutil::waitUntil([&] { return !page->isStale(); }, 5000));
        QVERIFY(!notice->isVisible());
        QVERIFY(
            testutil::waitUntil([&] { return state->text().contains(QStringLiteral("connected")); }, 3000));
        stopped.resume();
    }
};

QTEST_MAIN(TestStalePage)
#include "tst_stalepage.moc"
