// The Benchmark page offscreen on a real demo database: a short claim run started with the
// Start button and confirmed in the dialog, the live chart filling while it runs, the
// results table, histogram and check afterwards, the run saved to the history store, and
// two runs compared with ratios. The page is grabbed to a PNG for a look.
#include "sandbox.h"
#include "testutil.h"

#include "bench/benchmarkpage.h"
#include "bench/comparepanel.h"
#include "bench/comparisonmodel.h"
#include "bench/histogramchart.h"
#include "bench/livechart.h"
#include "bench/resultsmodel.h"
#include "bench/resultspanel.h"
#include "bench/runarchive.h"
#include "core/profilestore.h"
#include "core/workspace.h"
#include "demo/generator.h"
#include "history/store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestBenchPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_dsn;

    static void choose(QComboBox *box, const QString &data) {
        const int i = box->findData(data);
        QVERIFY(i >= 0);
        box->setCurrentIndex(i);
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        m_dsn = sandbox::createDatabase(QStringLiteral("bench_gui"));
        demo::Generator g;
        demo::Generator::Options o;
        o.orders = 20000;
        o.batch = 10000;
        const auto err = QCoro::waitFor(g.run(pg::ConnInfo(m_dsn), o));
        QVERIFY2(!err, err ? qPrintable(err->toString()) : "");
    }

    void runCompareAndLook() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        core::Workspace ws(&profiles);
        history::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("history.sqlite"))));
        ws.setHistory(&store);
        const core::Profile p = core::Profile::fromDsn(m_dsn);
        profiles.save(p);
        ui::BenchmarkPage page(&ws);
        QAbstractItemModelTester colorsTester(
            page.findChild<QTableView *>(QStringLiteral("comparison"))->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest); // ComparisonColors
        page.resize(1300, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setActive(true);
        QVERIFY(!QCoro::waitFor(ws.connectProfile(profiles.profiles().constFirst().id)));
        QVERIFY(testutil::waitUntil([&] { return page.hasData(); }, 15000));
        auto *database = page.findChild<QLabel *>(QStringLiteral("database"));
        QVERIFY2(database->text().contains(QStringLiteral("orders_pkey")), qPrintable(database->text()));

        auto *start = page.findChild<QPushButton *>(QStringLiteral("start"));
        auto *stop = page.findChild<QPushButton *>(QStringLiteral("stop"));
        QVERIFY(start->isEnabled());
        QVERIFY(!stop->isEnabled());
        choose(page.findChild<QComboBox *>(QStringLiteral("scenario")), QStringLiteral("claim"));
        auto *couriers = page.findChild<QSpinBox *>(QStringLiteral("couriers"));
        auto *duration = page.findChild<QSpinBox *>(QStringLiteral("duration"));
        couriers->setValue(16);
        duration->setValue(4);

        // Claims change the demo tables: the page says so and waits for a yes.
        QSignalSpy finished(&page, &ui::BenchmarkPage::runFinished);
        QTest::mouseClick(start, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QVERIFY(testutil::waitUntil([&] {
            return (box = page.findChild<QMessageBox *>(QStringLiteral("confirmRun"))) && box->isVisible();
        }));
        QVERIFY(box->text().contains(QStringLiteral("bench_gui")));
        QVERIFY(box->informativeText().contains(QStringLiteral("status = 'assigned'")));
        QVERIFY(!page.isRunning());
        QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        QVERIFY(testutil::waitUntil([&] { return page.isRunning(); }));
        QVERIFY(!start->isEnabled());
        QVERIFY(stop->isEnabled());
        // Live: the chart fills while the run is going.
        QVERIFY(testutil::waitUntil([&] { return page.liveChart()->pointCount() >= 2; }, 15000));
        QVERIFY(page.isRunning());
        QVERIFY(testutil::waitUntil([&] { return finished.size() == 1; }, 60000));
        QVERIFY(start->isEnabled());

        const auto run = finished.last().at(0).value<bench::RunResult>();
        QVERIFY2(run.ok(), qPrintable(run.error));
        QVERIFY2(run.check.ok, qPrintable(run.check.summary()));
        QVERIFY(run.claims.claimed > 0);
        bench::ResultsModel *results = page.results()->model();
        QVERIFY(results->rowCount() >= 3); // list_new, claim, pool wait (and claim misses)
        QStringList names;
        for (int r = 0; r < results->rowCount(); ++r)
            names << results->index(r, 0).data(bench::ResultsModel::NameRole).toString();
        QVERIFY2(names.contains(QStringLiteral("claim")) && names.contains(QStringLiteral("list_new")) &&
                     names.contains(QStringLiteral("pool_wait")),
                 qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(page.results()->checkText().startsWith(QStringLiteral("Correct")));
        QVERIFY(page.histogram()->barCount() > 0);
        QVERIFY(page.liveChart()->pointCount() >= 3);
        // Saved to the history store under the server's key.
        const QList<bench::RunResult> saved = bench::RunArchive::load(&store, ws.current()->historyKey());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.constFirst().id, run.id);
        QVERIFY(page.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-benchmark.png")));

        // A second run, a read-only scenario: no confirmation, compared with the first.
        choose(page.findChild<QComboBox *>(QStringLiteral("scenario")), QStringLiteral("list_new"));
        duration->setValue(2);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(testutil::waitUntil([&] { return finished.size() == 2; }, 60000));
        QVERIFY(!page.findChild<QMessageBox *>(QStringLiteral("confirmRun")));
        QCOMPARE(bench::RunArchive::load(&store, ws.current()->historyKey()).size(), 2);
        auto *runA = page.compare()->findChild<QComboBox *>(QStringLiteral("runA"));
        auto *runB = page.compare()->findChild<QComboBox *>(QStringLiteral("runB"));
        QTRY_COMPARE(runA->count(), 2); // the runs are read on a worker
        choose(runA, saved.constFirst().id);
        choose(runB, finished.last().at(0).value<bench::RunResult>().id);
        bench::ComparisonModel *cmp = page.compare()->model();
        int listRow = -1;
        for (int r = 0; r < cmp->rowCount(); ++r)
            if (cmp->index(r, 0).data(bench::ComparisonModel::NameRole).toString() ==
                QLatin1String("list_new"))
                listRow = r;
        QVERIFY(listRow >= 0);
        const double ratio = cmp->ratio(listRow, bench::ComparisonModel::P95Ratio);
        QVERIFY(ratio > 0);
        QVERIFY(cmp->index(listRow, bench::ComparisonModel::P95Ratio)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("×")));
        auto *tabs = page.findChild<QTabWidget *>();
        tabs->setCurrentWidget(page.compare());
        QVERIFY(page.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-benchmark-compare.png")));
    }

    void stopEndsTheRunEarly() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles2.ini")));
        core::Workspace ws(&profiles);
        history::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("history2.sqlite"))));
        ws.setHistory(&store);
        profiles.save(core::Profile::fromDsn(m_dsn));
        ui::BenchmarkPage page(&ws);
        page.setActive(true);
        QVERIFY(!QCoro::waitFor(ws.connectProfile(profiles.profiles().constFirst().id)));
        QVERIFY(testutil::waitUntil([&] { return page.hasData(); }, 15000));
        choose(page.findChild<QComboBox *>(QStringLiteral("scenario")), QStringLiteral("get_order"));
        page.findChild<QSpinBox *>(QStringLiteral("duration"))->setValue(600);
        page.findChild<QSpinBox *>(QStringLiteral("couriers"))->setValue(4);
        QSignalSpy finished(&page, &ui::BenchmarkPage::runFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("start")), Qt::LeftButton);
        QVERIFY(testutil::waitUntil([&] { return page.liveChart()->pointCount() >= 1; }, 15000));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("stop")), Qt::LeftButton);
        QVERIFY(testutil::waitUntil([&] { return finished.size() == 1; }, 30000));
        const auto run = finished.last().at(0).value<bench::RunResult>();
        QVERIFY(run.elapsedS < 600);
        QVERIFY(run.note.startsWith(QStringLiteral("Stopped")));
        QVERIFY(run.latency(QStringLiteral("get_order"))->count > 0);
    }
};

QTEST_MAIN(TestBenchPage)
#include "tst_benchpage.moc"
