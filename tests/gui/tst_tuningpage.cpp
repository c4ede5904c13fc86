// The Configuration page offscreen against the sandbox: the diff with live values, inputs
// typed into the form changing the recommendations, Apply through the confirmation dialog
// with real clicks (a reloadable setting changes for real, a restart-only one is reported
// pending), a non-superuser refused by name, and the page grabbed to a PNG.
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "mainwindow.h"
#include "tuning/applydialog.h"
#include "tuning/configurationpage.h"
#include "tuning/settingsmodel.h"
#include "widgets/errorbanner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using tuning::SettingsModel;

class TestTuningPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static QString show(const QString &setting) {
        return sandbox::psql(QStringLiteral("SHOW %1").arg(setting));
    }

    void restore() {
        sandbox::psql(QStringLiteral("ALTER SYSTEM RESET ALL"));
        sandbox::psql(QStringLiteral("SELECT pg_reload_conf()"));
        QVERIFY(testutil::waitUntil(
            [] {
                return sandbox::psql(QStringLiteral(
                           "SELECT count(*) FROM pg_settings WHERE pending_restart")) == QLatin1String("0") &&
                       show(QStringLiteral("random_page_cost")) == QLatin1String("4");
            },
            10000));
    }

    QString cell(SettingsModel *m, const QString &name, int column) {
        return m->index(m->rowOf(name), column).data().toString();
    }

    ui::ConfigurationPage *open(ui::MainWindow &w, const QString &dsn) {
        w.resize(1400, 900);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w) || !w.showPage(QStringLiteral("configuration")))
            return nullptr;
        auto err = QCoro::waitFor(w.connectDsn(dsn));
        if (err)
            qWarning("connect failed: %s", qPrintable(err->message));
        auto *page = qobject_cast<ui::ConfigurationPage *>(w.page(QStringLiteral("configuration")));
        if (!page || !testutil::waitUntil([&] { return page->hasData(); }, 15000))
            return nullptr;
        return page;
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-test"));
        restore();
    }
    void cleanup() { restore(); }
    void cleanupTestCase() { sandbox::psql(QStringLiteral("DROP ROLE IF EXISTS tuning_gui_plain")); }

    void diffInputsAndApply() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("p1.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        ui::ConfigurationPage *page = open(w, sandbox::dsn());
        QVERIFY(page);
        QAbstractItemModelTester proxyTester(
            page->findChild<QTableView *>(QStringLiteral("settingsTable"))->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest); // SettingsViewProxy
        SettingsModel *m = page->model();
        QCOMPARE(cell(m, QStringLiteral("shared_buffers"), SettingsModel::CurrentColumn),
                 QStringLiteral("128MB"));
        QCOMPARE(cell(m, QStringLiteral("shared_buffers"), SettingsModel::RecommendedColumn),
                 QStringLiteral("1GB"));
        QCOMPARE(cell(m, QStringLiteral("shared_buffers"), SettingsModel::TakesColumn),
                 QStringLiteral("restart"));
        QCOMPARE(cell(m, QStringLiteral("random_page_cost"), SettingsModel::TakesColumn),
                 QStringLiteral("reload"));
        QCOMPARE(cell(m, QStringLiteral("track_io_timing"), SettingsModel::StatusColumn),
                 QStringLiteral("as recommended"));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("evidence"))
                    ->text()
                    .contains(QStringLiteral("1200 connections")));
        auto *script = page->findChild<QPlainTextEdit *>(QStringLiteral("alterSystemScript"));
        QVERIFY(script->toPlainText().contains(QStringLiteral("ALTER SYSTEM SET shared_buffers = '1GB';")));
        QVERIFY(!script->toPlainText().contains(QStringLiteral("SET track_io_timing"))); // already on

        // Typed input: 24 GB of RAM.
        auto *ram = page->findChild<QDoubleSpinBox *>(QStringLiteral("ram"));
        ram->setFocus();
        ram->selectAll();
        QTest::keyClicks(ram, QStringLiteral("24"));
        QTest::keyClick(ram, Qt::Key_Enter);
        QTRY_COMPARE(cell(m, QStringLiteral("shared_buffers"), SettingsModel::RecommendedColumn),
                     QStringLiteral("6GB"));
        QCOMPARE(cell(m, QStringLiteral("effective_cache_size"), SettingsModel::RecommendedColumn),
                 QStringLiteral("18GB"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("resetInputs")), Qt::LeftButton);
        QCOMPARE(cell(m, QStringLiteral("shared_buffers"), SettingsModel::RecommendedColumn),
                 QStringLiteral("1GB"));

        // Keep random_page_cost (reload) and shared_buffers (restart) checked; uncheck the rest.
        for (const auto &d : m->checkedChanges())
            if (d.rec.name != QLatin1String("random_page_cost") &&
                d.rec.name != QLatin1String("shared_buffers"))
                m->setData(m->index(m->rowOf(d.rec.name), 0), Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(m->checkedChanges().size(), 2);
        // grab the page with everything visible before applying
        page->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-configuration.png"));

        QSignalSpy finished(page, &ui::ConfigurationPage::applyFinished);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
        ui::ApplyDialog *dialog = nullptr;
        QVERIFY(testutil::waitUntil(
            [&] { return (dialog = page->findChild<ui::ApplyDialog *>()) && dialog->isVisible(); }));
        const QString preview = dialog->previewText();
        QVERIFY2(preview.contains(QStringLiteral("ALTER SYSTEM SET shared_buffers = '1GB';")),
                 qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("ALTER SYSTEM SET random_page_cost = '1.1';")));
        QVERIFY(preview.contains(QStringLiteral("SELECT pg_reload_conf();")));
        QVERIFY(preview.contains(QStringLiteral("only used after a server restart: shared_buffers")));
        QVERIFY(!preview.contains(QStringLiteral("work_mem")));
        dialog->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-configuration-apply.png"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmApply")), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        const QString summary = finished.first().first().toString();
        QVERIFY2(summary.contains(QStringLiteral("In effect now: random_page_cost.")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Written, waiting for a server restart: shared_buffers.")));
        QCOMPARE(show(QStringLiteral("random_page_cost")), QStringLiteral("1.1"));
        QCOMPARE(
            sandbox::psql(QStringLiteral(
                "SELECT application_name FROM pg_stat_activity WHERE application_name = 'pgdba tuning'")),
            QStringLiteral("pgdba tuning")); // its own connection
        const QString result =
            page->findChild<QPlainTextEdit *>(QStringLiteral("applyResult"))->toPlainText();
        QVERIFY(result.contains(
            QStringLiteral("ALTER SYSTEM SET \"random_page_cost\" TO '1.1'   -- in effect (1.1)")));
        // The refresh after Apply shows the pending restart.
        QTRY_COMPARE_WITH_TIMEOUT(cell(m, QStringLiteral("shared_buffers"), SettingsModel::StatusColumn),
                                  QStringLiteral("pending restart"), 10000);
        QCOMPARE(cell(m, QStringLiteral("random_page_cost"), SettingsModel::StatusColumn),
                 QStringLiteral("as recommended"));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("summary"))
                    ->text()
                    .contains(QStringLiteral("1 pending restart")));
        page->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-configuration-applied.png"));
    }

    void nonSuperuserIsRefusedByName() {
        sandbox::psql(QStringLiteral("DROP ROLE IF EXISTS tuning_gui_plain"));
        sandbox::psql(QStringLiteral("CREATE ROLE tuning_gui_plain LOGIN"));
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("p2.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        ui::ConfigurationPage *page =
            open(w, QString(sandbox::dsn())
                        .replace(QStringLiteral("user=postgres"), QStringLiteral("user=tuning_gui_plain")));
        QVERIFY(page);
        QSignalSpy finished(page, &ui::ConfigurationPage::applyFinished);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
        ui::ApplyDialog *dialog = nullptr;
        QVERIFY(testutil::waitUntil(
            [&] { return (dialog = page->findChild<ui::ApplyDialog *>()) && dialog->isVisible(); }));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmApply")), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        const QString banner = page->findChild<ui::ErrorBanner *>()->text();
        QVERIFY2(banner.contains(QStringLiteral("Role \"tuning_gui_plain\" may not change")),
                 qPrintable(banner));
        QCOMPARE(show(QStringLiteral("random_page_cost")), QStringLiteral("4"));
        QCOMPARE(sandbox::psql(QStringLiteral(
                     "SELECT count(*) FROM pg_file_settings WHERE sourcefile LIKE '%auto.conf'")),
                 QStringLiteral("0"));
    }
};

int main(int argc, char **argv) {
    testutil::isolateSettings();
    QApplication app(argc, argv);
    TestTuningPage t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_tuningpage.moc"
