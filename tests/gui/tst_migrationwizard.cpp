// The Migrations page and the migration wizard offscreen on a real demo database: every page
// walked with QTest and grabbed to PNG (apply 002, roll it back), an INVALID index found and
// dropped from the Preflight page, Cancel during a build, and a one-off index from a plan
// finding with its HypoPG estimate.
#include "../integration/migratefixture.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "handover.h"
#include "migrate/choosepage.h"
#include "migrate/migrationspage.h"
#include "migrate/migrationwizard.h"
#include "migrate/preflightpage.h"
#include "migrate/reviewpage.h"
#include "migrate/runpage.h"
#include "migrate/summarypage.h"
#include "migrate/verifypage.h"
#include "migrate/wizardcontext.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace migrate;

class TestMigrationWizard : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_dsn;
    std::unique_ptr<core::ProfileStore> m_profiles;
    std::unique_ptr<core::Workspace> m_ws;
    std::unique_ptr<pg::Connection> m_test;

    static void shot(QWidget *w, const QString &name) {
        QApplication::processEvents();
        QVERIFY(w->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-migrate-%1.png").arg(name)));
    }

    static void click(QAbstractButton *b) {
        QVERIFY(b && b->isEnabled() && b->isVisible());
        QTest::mouseClick(b, Qt::LeftButton);
    }

    static bool select(QTableView *t, const QString &version) {
        for (int r = 0; r < t->model()->rowCount(); ++r)
            if (t->model()->index(r, 0).data().toString() == version) {
                t->selectRow(r);
                return true;
            }
        return false;
    }

    ui::MigrationWizard *openFromPage(ui::MigrationsPage &page, const QString &version, const char *button) {
        auto *table = page.findChild<QTableView *>(QStringLiteral("migrations"));
        if (!select(table, version))
            return nullptr;
        QTest::mouseClick(page.findChild<QAbstractButton *>(QString::fromLatin1(button)), Qt::LeftButton);
        ui::MigrationWizard *w = page.wizard();
        if (w)
            w->resize(1240, 860);
        return w;
    }

    // Walks Choose -> Preflight -> Review; returns false when a step did not load.
    void toReview(ui::MigrationWizard *w, const QString &prefix) {
        auto *choose = qobject_cast<ui::ChoosePage *>(w->page(ui::MigrationWizard::Choose));
        QVERIFY(testutil::waitUntil([&] { return !choose->isLoading() && choose->isComplete(); }, 20000));
        shot(w, prefix + QStringLiteral("1-choose"));
        click(w->button(QWizard::NextButton));
        auto *pre = qobject_cast<ui::PreflightPage *>(w->page(ui::MigrationWizard::Preflight));
        QCOMPARE(w->currentId(), int(ui::MigrationWizard::Preflight));
        QVERIFY(testutil::waitUntil(
            [&] { return !pre->isLoading() && !w->context()->preflight.checks.isEmpty(); }, 60000));
        shot(w, prefix + QStringLiteral("2-preflight"));
        QVERIFY2(pre->isComplete(), qPrintable(pre->findChild<QLabel *>(QStringLiteral("summary"))->text()));
        click(w->button(QWizard::NextButton));
        auto *review = qobject_cast<ui::ReviewPage *>(w->page(ui::MigrationWizard::Review));
        QCOMPARE(w->currentId(), int(ui::MigrationWizard::Review));
        QVERIFY(testutil::waitUntil([&] { return !review->isCapturing(); }, 60000));
        shot(w, prefix + QStringLiteral("3-review"));
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        m_dsn = migratefixture::demoDatabase(QStringLiteral("pgdba_mig_gui"), 100000);
        m_test = testutil::connect(m_dsn);
        m_profiles = std::make_unique<core::ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        core::Profile p = core::Profile::fromDsn(m_dsn);
        p.name = QStringLiteral("Sandbox demo");
        const QString id = m_profiles->save(p);
        m_ws = std::make_unique<core::Workspace>(m_profiles.get());
        const auto err = QCoro::waitFor(m_ws->connectProfile(id));
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
    }

    void walkEveryPageApplying002() {
        ui::MigrationsPage page(m_ws.get());
        QAbstractItemModelTester colorsTester(
            page.findChild<QTableView *>(QStringLiteral("migrations"))->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest); // StatusColors
        page.resize(1200, 640);
        page.show();
        page.setActive(true);
        QVERIFY(testutil::waitUntil([&] { return page.hasData(); }, 10000));
        auto *table = page.findChild<QTableView *>(QStringLiteral("migrations"));
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("applied"));
        QCOMPARE(table->model()->index(1, 2).data().toString(), QStringLiteral("pending"));
        shot(&page, QStringLiteral("page"));

        ui::MigrationWizard *w = openFromPage(page, QStringLiteral("002"), "apply");
        QVERIFY(w && w->isVisible());
        QVERIFY(!w->isModal() || w->windowModality() != Qt::ApplicationModal);
        toReview(w, QString());
        if (QTest::currentTestFailed())
            return;
        auto *choose = w->page(ui::MigrationWizard::Choose);
        QVERIFY(choose->findChild<QLabel *>(QStringLiteral("plan"))
                    ->text()
                    .contains(QStringLiteral("002_add_performance_indexes")));
        auto *pre = w->page(ui::MigrationWizard::Preflight);
        QVERIFY(
            pre->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("0 fail")));
        QVERIFY(pre->findChild<QTreeWidget *>(QStringLiteral("checks"))->topLevelItemCount() > 20);
        auto *review = w->page(ui::MigrationWizard::Review);
        QCOMPARE(review->findChild<QPlainTextEdit *>(QStringLiteral("sql"))
                     ->toPlainText()
                     .count(QStringLiteral("CREATE INDEX CONCURRENTLY")),
                 7);
        auto *before = review->findChild<QTableWidget *>(QStringLiteral("plansBefore"));
        QCOMPARE(before->rowCount(), 10);
        QVERIFY(before->item(0, 1)->text().contains(QStringLiteral("Seq Scan")));
        QVERIFY2(before->item(0, 2)->text().contains(QStringLiteral("idx_orders_active (hypothetical)")),
                 qPrintable(before->item(0, 2)->text()));

        // Run: commit button, live progress, then done. An open transaction with a snapshot
        // holds the first build in "waiting for old snapshots" until the progress was seen,
        // so a fast machine cannot finish the builds between two looks.
        auto holder = testutil::connect(m_dsn, QStringLiteral("old snapshot"));
        QVERIFY(testutil::exec(*holder, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")).ok());
        QVERIFY(testutil::exec(*holder, QStringLiteral("SELECT 1")).ok()); // the snapshot; no table lock
        QCOMPARE(w->button(QWizard::CommitButton)->text().remove(QLatin1Char('&')), QStringLiteral("Run"));
        click(w->button(QWizard::CommitButton));
        auto *run = qobject_cast<ui::RunPage *>(w->page(ui::MigrationWizard::Run));
        QCOMPARE(w->currentId(), int(ui::MigrationWizard::Run));
        bool sawProgress = false;
        QVERIFY(testutil::waitUntil(
            [&] {
                if (!sawProgress)
                    for (auto *bar : run->findChildren<QProgressBar *>())
                        if (bar->maximum() == 1000 && bar->value() > 0 && bar->value() < 1000) {
                            sawProgress = true;
                            shot(w, QStringLiteral("4-run-progress"));
                            testutil::exec(*holder, QStringLiteral("COMMIT"));
                        }
                return run->isComplete();
            },
            180000));
        QVERIFY(sawProgress);
        shot(w, QStringLiteral("4-run-done"));
        QVERIFY2(w->context()->result.ok, qPrintable(w->context()->result.error));
        QVERIFY(run->logText().contains(QStringLiteral("Recorded 002_add_performance_indexes")));
        QVERIFY(!w->button(QWizard::BackButton)->isVisible() || !w->button(QWizard::BackButton)->isEnabled());

        click(w->button(QWizard::CommitButton));
        auto *verify = qobject_cast<ui::VerifyPage *>(w->page(ui::MigrationWizard::Verify));
        QVERIFY(testutil::waitUntil([&] { return !verify->isLoading(); }, 60000));
        auto *indexes = verify->findChild<QTableWidget *>(QStringLiteral("indexes"));
        QCOMPARE(indexes->rowCount(), 7);
        for (int r = 0; r < 7; ++r)
            QVERIFY2(indexes->item(r, 2)->text() == QStringLiteral("valid and ready"),
                     qPrintable(indexes->item(r, 2)->text()));
        auto *after = verify->findChild<QTableWidget *>(QStringLiteral("plansAfter"));
        QCOMPARE(after->rowCount(), 10);
        QVERIFY2(after->item(0, 3)->text().contains(QStringLiteral("idx_orders_active")),
                 qPrintable(after->item(0, 3)->text()));
        QVERIFY(verify->findChild<QLabel *>(QStringLiteral("recorded"))
                    ->text()
                    .contains(QStringLiteral("Version 002_add_performance_indexes recorded")));
        QVERIFY(verify->findChild<QTableView *>(QStringLiteral("planCompare"))->model()->rowCount() > 0);
        shot(w, QStringLiteral("5-verify"));

        click(w->button(QWizard::NextButton));
        auto *summary = qobject_cast<ui::SummaryPage *>(w->page(ui::MigrationWizard::Summary));
        QVERIFY(summary->summaryText().contains(QStringLiteral("Applied")));
        QVERIFY(summary->summaryText().contains(QStringLiteral("idx_orders_list")));
        shot(w, QStringLiteral("6-summary"));
        QTemporaryDir out;
        QCOMPARE(summary->exportTo(out.path(), QStringLiteral("alembic")).size(), 1);
        QCOMPARE(summary->exportTo(out.path(), QStringLiteral("sql")).size(), 2);
        click(w->button(QWizard::FinishButton));
        QVERIFY(testutil::waitUntil([&] { return !page.wizard(); }, 5000));
        QVERIFY(testutil::waitUntil(
            [&] { return table->model()->index(1, 2).data().toString() == QStringLiteral("applied"); },
            10000));
        QCOMPARE(migratefixture::validIndexes(*m_test), migratefixture::sevenIndexes());
        shot(&page, QStringLiteral("page-applied"));
    }

    void rollBack002ThroughTheWizard() {
        ui::MigrationsPage page(m_ws.get());
        page.resize(1200, 640);
        page.show();
        page.setActive(true);
        QVERIFY(testutil::waitUntil([&] { return page.hasData(); }, 10000));
        ui::MigrationWizard *w = openFromPage(page, QStringLiteral("002"), "rollback");
        QVERIFY(w);
        toReview(w, QStringLiteral("down-"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(w->context()->plan.direction, Direction::Down);
        QCOMPARE(w->page(ui::MigrationWizard::Review)
                     ->findChild<QPlainTextEdit *>(QStringLiteral("sql"))
                     ->toPlainText()
                     .count(QStringLiteral("DROP INDEX CONCURRENTLY")),
                 7);
        click(w->button(QWizard::CommitButton));
        auto *run = qobject_cast<ui::RunPage *>(w->page(ui::MigrationWizard::Run));
        QVERIFY(testutil::waitUntil([&] { return run->isComplete(); }, 120000));
        QVERIFY2(w->context()->result.ok, qPrintable(w->context()->result.error));
        click(w->button(QWizard::CommitButton));
        auto *verify = qobject_cast<ui::VerifyPage *>(w->page(ui::MigrationWizard::Verify));
        QVERIFY(testutil::waitUntil([&] { return !verify->isLoading(); }, 60000));
        QVERIFY(verify->findChild<QLabel *>(QStringLiteral("recorded"))
                    ->text()
                    .contains(QStringLiteral("removed from the version table")));
        shot(w, QStringLiteral("down-5-verify"));
        w->close();
        QVERIFY(migratefixture::validIndexes(*m_test).isEmpty());
        QCOMPARE(migratefixture::recordedVersions(*m_test), QStringList{QStringLiteral("001")});
    }

    void markAsAppliedChecksFirst() {
        ui::MigrationsPage page(m_ws.get());
        page.show();
        page.setActive(true);
        QVERIFY(testutil::waitUntil([&] { return page.hasData(); }, 10000));
        QVERIFY(select(page.findChild<QTableView *>(QStringLiteral("migrations")), QStringLiteral("002")));
        click(page.findChild<QAbstractButton *>(QStringLiteral("baseline")));
        QMessageBox *box = nullptr;
        QVERIFY(testutil::waitUntil([&] {
            return (box = page.findChild<QMessageBox *>(QStringLiteral("baselineConfirmation"))) &&
                   box->isVisible();
        }));
        QVERIFY(box->text().contains(QStringLiteral("without running it")));
        click(box->button(QMessageBox::Ok));
        auto *banner = page.findChild<QFrame *>(QStringLiteral("errorBanner"));
        QVERIFY(testutil::waitUntil(
            [&] { return banner->isVisible() && !banner->findChild<QLabel *>()->text().isEmpty(); }, 10000));
        const QString text = banner->findChild<QLabel *>()->text();
        QVERIFY2(text.contains(QStringLiteral("not recorded: missing index idx_orders_active")),
                 qPrintable(text));
        shot(&page, QStringLiteral("page-baseline-refused"));
        QCOMPARE(migratefixture::recordedVersions(*m_test), QStringList{QStringLiteral("001")});
    }

    void preflightDropsAnInvalidIndex() {
        // An interrupted build's leftover: a UNIQUE concurrent build that fails on duplicates.
        const pg::Result r = QCoro::waitFor(m_test->query(
            QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY idx_orders_claimable ON orders (store_id)")));
        QVERIFY(!r.ok());
        QCOMPARE(migratefixture::invalidIndexes(*m_test),
                 QStringList{QStringLiteral("idx_orders_claimable")});
        ui::MigrationsPage page(m_ws.get());
        page.show();
        page.setActive(true);
        QVERIFY(testutil::waitUntil([&] { return page.hasData(); }, 10000));
        auto *table = page.findChild<QTableView *>(QStringLiteral("migrations"));
        QCOMPARE(table->model()->index(1, 2).data().toString(), QStringLiteral("failed"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("facts"))
                    ->text()
                    .contains(QStringLiteral("INVALID index public.idx_orders_claimable")));
        ui::MigrationWizard *w = openFromPage(page, QStringLiteral("002"), "apply");
        QVERIFY(w);
        auto *choose = qobject_cast<ui::ChoosePage *>(w->page(ui::MigrationWizard::Choose));
        QVERIFY(testutil::waitUntil([&] { return !choose->isLoading() && choose->isComplete(); }, 20000));
        click(w->button(QWizard::NextButton));
        auto *pre = qobject_cast<ui::PreflightPage *>(w->page(ui::MigrationWizard::Preflight));
        QVERIFY(testutil::waitUntil(
            [&] { return !pre->isLoading() && !w->context()->preflight.checks.isEmpty(); }, 60000));
        QVERIFY(!pre->isComplete());
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        auto *checks = pre->findChild<QTreeWidget *>(QStringLiteral("checks"));
        QTreeWidgetItem *invalid = checks->topLevelItem(0);
        QCOMPARE(invalid->text(0), QStringLiteral("FAIL"));
        QVERIFY(invalid->text(2).contains(QStringLiteral("INVALID index idx_orders_claimable")));
        checks->setCurrentItem(invalid);
        shot(w, QStringLiteral("2-preflight-invalid"));
        click(pre->findChild<QAbstractButton *>(QStringLiteral("dropInvalid")));
        QMessageBox *box = nullptr;
        QVERIFY(testutil::waitUntil([&] {
            return (box = w->findChild<QMessageBox *>(QStringLiteral("dropConfirmation"))) &&
                   box->isVisible();
        }));
        QVERIFY(box->text().contains(
            QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"idx_orders_claimable\"")));
        shot(box, QStringLiteral("2-preflight-drop-confirmation"));
        click(box->button(QMessageBox::Ok));
        QVERIFY(testutil::waitUntil([&] { return pre->isComplete(); }, 60000));
        QVERIFY(migratefixture::invalidIndexes(*m_test).isEmpty());
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        w->close();
    }

    void cancelDuringABuild() {
        auto holder = testutil::connect(m_dsn, QStringLiteral("holder"));
        ui::MigrationsPage page(m_ws.get());
        page.show();
        page.setActive(true);
        QVERIFY(testutil::waitUntil([&] { return page.hasData(); }, 10000));
        ui::MigrationWizard *w = openFromPage(page, QStringLiteral("002"), "apply");
        QVERIFY(w);
        toReview(w, QStringLiteral("cancel-"));
        if (QTest::currentTestFailed())
            return;
        // A writer transaction left open makes the first concurrent build wait.
        testutil::exec(*holder, QStringLiteral("BEGIN"));
        testutil::exec(*holder, QStringLiteral("INSERT INTO orders (store_id, pickup_address, "
                                               "delivery_address) VALUES (3, 'held', 'open')"));
        click(w->button(QWizard::CommitButton));
        auto *run = qobject_cast<ui::RunPage *>(w->page(ui::MigrationWizard::Run));
        QVERIFY(testutil::waitUntil(
            [&] {
                for (auto *l : run->findChildren<QLabel *>())
                    if (l->text().contains(QStringLiteral("waiting for writers before build")))
                        return true;
                return false;
            },
            30000));
        shot(w, QStringLiteral("4-run-waiting"));
        w->reject(); // the window refuses to close while statements run
        QVERIFY(w->isVisible());
        click(run->findChild<QAbstractButton *>(QStringLiteral("cancel")));
        // The cancel has reached the server (the build no longer waits) before the writer ends.
        QVERIFY(testutil::waitUntil(
            [] {
                return testutil::activityCount(QStringLiteral(
                           "query ILIKE 'CREATE INDEX CONCURRENTLY%' AND wait_event_type = 'Lock'")) == 0;
            },
            15000));
        testutil::exec(*holder, QStringLiteral("ROLLBACK"));
        QVERIFY(testutil::waitUntil([&] { return run->isComplete(); }, 60000));
        QVERIFY(w->context()->result.cancelled);
        shot(w, QStringLiteral("4-run-cancelled"));
        click(w->button(QWizard::CommitButton));
        auto *verify = qobject_cast<ui::VerifyPage *>(w->page(ui::MigrationWizard::Verify));
        QVERIFY(testutil::waitUntil([&] { return !verify->isLoading(); }, 30000));
        const QString verdict = verify->findChild<QLabel *>(QStringLiteral("verdict"))->text();
        QVERIFY2(verdict.contains(QStringLiteral("nothing recorded")) &&
                     verdict.contains(QStringLiteral("idx_orders_active")),
                 qPrintable(verdict));
        w->close();
        QVERIFY(migratefixture::invalidIndexes(*m_test).isEmpty());
        QCOMPARE(migratefixture::recordedVersions(*m_test), QStringList{QStringLiteral("001")});
    }

    void oneOffIndexFromAPlanFinding() {
        ui::MigrationsPage page(m_ws.get());
        page.show();
        page.setActive(true);
        ui::CreateIndexRequest candidate;
        candidate.index.schema = QStringLiteral("public");
        candidate.index.table = QStringLiteral("orders");
        candidate.index.columns = QStringList{QStringLiteral("store_id")};
        candidate.index.predicate = QStringLiteral("status = 'delivered'");
        candidate.index.query =
            QStringLiteral("SELECT count(*) FROM orders WHERE store_id = 7 AND status = 'delivered'");
        page.openWith(ui::handover::pack(candidate));
        ui::MigrationWizard *w = page.wizard();
        QVERIFY(w && w->isVisible());
        w->resize(1240, 860);
        QVERIFY(w->windowTitle().contains(QStringLiteral("orders_store_id_part_idx")));
        auto *choose = qobject_cast<ui::ChoosePage *>(w->page(ui::MigrationWizard::Choose));
        auto *hypo = choose->findChild<QTableWidget *>(QStringLiteral("hypothetical"));
        QVERIFY(testutil::waitUntil(
            [&] { return !choose->isLoading() && hypo->rowCount() == 1 && hypo->item(0, 2); }, 30000));
        QVERIFY2(hypo->item(0, 1)->text().contains(QStringLiteral("Seq Scan")),
                 qPrintable(hypo->item(0, 1)->text()));
        QVERIFY2(hypo->item(0, 2)->text().contains(QStringLiteral("orders_store_id_part_idx (hypothetical)")),
                 qPrintable(hypo->item(0, 2)->text()));
        QVERIFY(choose->findChild<QPlainTextEdit *>(QStringLiteral("oneOffUp"))
                    ->toPlainText()
                    .contains(QStringLiteral(
                        "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"orders_store_id_part_idx\"")));
        QVERIFY(choose->findChild<QPlainTextEdit *>(QStringLiteral("oneOffDown"))
                    ->toPlainText()
                    .contains(QStringLiteral(
                        "DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"orders_store_id_part_idx\"")));
        QVERIFY(migratefixture::validIndexes(*m_test).isEmpty()); // nothing built yet
        toReview(w, QStringLiteral("oneoff-"));
        if (QTest::currentTestFailed())
            return;
        click(w->button(QWizard::CommitButton));
        auto *run = qobject_cast<ui::RunPage *>(w->page(ui::MigrationWizard::Run));
        QVERIFY(testutil::waitUntil([&] { return run->isComplete(); }, 120000));
        QVERIFY2(w->context()->result.ok, qPrintable(w->context()->result.error));
        click(w->button(QWizard::CommitButton));
        auto *verify = qobject_cast<ui::VerifyPage *>(w->page(ui::MigrationWizard::Verify));
        QVERIFY(testutil::waitUntil([&] { return !verify->isLoading(); }, 60000));
        auto *after = verify->findChild<QTableWidget *>(QStringLiteral("plansAfter"));
        QCOMPARE(after->rowCount(), 1);
        QVERIFY2(after->item(0, 2)->text().contains(QStringLiteral("orders_store_id_part_idx")),
                 qPrintable(after->item(0, 2)->text()));
        shot(w, QStringLiteral("oneoff-5-verify"));
        click(w->button(QWizard::NextButton));
        QTemporaryDir out;
        auto *summary = qobject_cast<ui::SummaryPage *>(w->page(ui::MigrationWizard::Summary));
        QCOMPARE(summary->exportTo(out.path(), QStringLiteral("files")).size(), 2);
        // Saved as a migration pair a folder can use (a timestamp for the version).
        const Catalog saved = Catalog::load(out.path());
        QVERIFY2(saved.problems().isEmpty(), qPrintable(saved.problems().join(QLatin1Char('\n'))));
        QCOMPARE(saved.migrations().size(), 1);
        QCOMPARE(saved.migrations()[0].name, QStringLiteral("orders_store_id_part_idx"));
        QVERIFY(!saved.migrations()[0].upTransactional);
        shot(w, QStringLiteral("oneoff-6-summary"));
        w->close();
        QVERIFY(migratefixture::recordedVersions(*m_test) == QStringList{QStringLiteral("001")});
        testutil::exec(*m_test, QStringLiteral("DROP INDEX orders_store_id_part_idx"));
    }
};

QTEST_MAIN(TestMigrationWizard)
#include "tst_migrationwizard.moc"
