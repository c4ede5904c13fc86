// What `pgdba record` wrote, seen in the GUI: a real recorder process samples the sandbox for a
// few seconds into a store of its own; a main window opened afterwards on that store shows
// those points on the Dashboard (loaded from the store, before and besides its own samples).
// A 1280x720 screenshot is written to the build folder.
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/serversession.h"
#include "core/workspace.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/timeserieschart.h"
#include "history/store.h"
#include "mainwindow.h"
#include "monitor/serverstatscollector.h"

#include <QDateTime>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestRecordDashboard : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-record-dashboard-test"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void dashboardShowsRecordedPoints() {
        const QString file = m_dir.filePath(QStringLiteral("history.sqlite"));
        // Some commits for the recorder to see.
        sandbox::psql(QStringLiteral("DROP TABLE IF EXISTS rec_t; CREATE TABLE rec_t (v int)"));
        auto load = testutil::connect(sandbox::dsn(), QStringLiteral("record-dashboard load"));
        QTimer loadTimer;
        loadTimer.setInterval(50);
        connect(&loadTimer, &QTimer::timeout, this, [&] {
            if (!load->isBusy())
                load->query(QStringLiteral("INSERT INTO rec_t SELECT g FROM generate_series(1, 5) g"));
        });
        loadTimer.start();

        QProcess rec;
        rec.setProcessChannelMode(QProcess::MergedChannels);
        rec.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                  {QStringLiteral("record"), QStringLiteral("--dsn"), sandbox::dsn(),
                   QStringLiteral("--store"), file, QStringLiteral("--interval"), QStringLiteral("1s"),
                   QStringLiteral("--duration"), QStringLiteral("8s")});
        QVERIFY(testutil::waitUntil([&] { return rec.state() == QProcess::NotRunning; }, 60000));
        const QString out = QString::fromUtf8(rec.readAll());
        QVERIFY2(rec.exitStatus() == QProcess::NormalExit && rec.exitCode() == 0, qPrintable(out));
        loadTimer.stop();
        const qint64 recordedUntil = QDateTime::currentMSecsSinceEpoch();

        const QString server = core::ServerSession::historyKeyFor(pg::ConnInfo(sandbox::dsn()));
        int recorded = 0;
        {
            history::Store s;
            QVERIFY(s.open(file));
            recorded = int(s.countSamples(server, QStringLiteral("server")));
        }
        QVERIFY2(recorded >= 5, qPrintable(out));

        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        history::Store store;
        QVERIFY(store.open(file));
        core::Workspace ws(&profiles);
        ws.setHistory(&store);
        ui::MainWindow window(&ws);
        window.resize(1280, 720);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("audit"))); // the dashboard must not sample itself yet
        QVERIFY(!QCoro::waitFor(window.connectDsn(sandbox::dsn())));
        auto *page = qobject_cast<ui::DashboardPage *>(window.page(QStringLiteral("dashboard")));
        QVERIFY(page);
        auto recordedPoints = [&] {
            int n = 0;
            for (const auto &p : page->collector()->points())
                if (p.tsMs <= recordedUntil)
                    ++n;
            return n;
        };
        // Loaded from the store while the page was hidden: no sample of its own yet.
        QVERIFY(testutil::waitUntil([&] { return !page->collector()->isLoading() && recordedPoints() > 0; },
                                    20000));
        QCOMPARE(recordedPoints(), recorded);
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        ui::TimeSeriesChart *tx = page->chart(QStringLiteral("chartTransactions"));
        QVERIFY(tx);
        QVERIFY2(tx->pointCount(0) >= recorded, qPrintable(QString::number(tx->pointCount(0))));
        QVERIFY(page->summaryText().contains(QStringLiteral("Commits")));
        window.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-record-dashboard.png"));
    }
};

QTEST_MAIN(TestRecordDashboard)
#include "tst_recorddashboard.moc"
