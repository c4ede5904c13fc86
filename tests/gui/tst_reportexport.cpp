// Server → Export report…: the dialog writes the same report as `pgdba report` for the current
// server, through the window's connection, and the GUI thread keeps turning while it collects.
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "loopchecker.h"
#include "mainwindow.h"
#include "report/report.h"
#include "reportexport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestReportExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { testutil::isolateSettings(); }

    void exportFromTheServerMenu() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *action = w.findChild<QAction *>(QStringLiteral("actionExportReport"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // nothing to report without a server
        QVERIFY(!QCoro::waitFor(w.connectDsn(sandbox::dsn(), QStringLiteral("Report sandbox"))));
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = w.findChild<ui::ReportExportDialog *>(QStringLiteral("reportExportDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->fileEdit()->text().endsWith(QLatin1String(".html")));
        const QString file = m_dir.filePath(QStringLiteral("from-gui.html"));
        dialog->fileEdit()->setText(file);
        dialog->periodBox()->setCurrentIndex(0); // last hour
        dialog->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-reportexport.png"));
        QSignalSpy done(dialog, &ui::ReportExportDialog::exported);
        LoopChecker loop; // the GUI thread never stalls while the report is collected
        dialog->findChild<QPushButton *>(QStringLiteral("reportExport"))->click();
        QVERIFY(done.wait(60000));
        QVERIFY2(loop.maxGapMs() < 1000, qPrintable(QString::number(loop.maxGapMs())));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.contains(QLatin1String("pgdba report: Report sandbox")));
        for (const QString &id : report::sectionIds())
            QVERIFY2(html.contains(QStringLiteral("<section id=\"%1\">").arg(id)), qPrintable(id));
        QTRY_VERIFY(w.statusBar()->currentMessage().contains(file));
    }

    void unwritableFileIsAClearMessage() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles2.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!QCoro::waitFor(w.connectDsn(sandbox::dsn(), QStringLiteral("Report sandbox"))));
        ui::ReportExportDialog dialog(&ws, &w);
        dialog.show();
        dialog.fileEdit()->setText(QStringLiteral("/nonexistent-folder/report.html"));
        QSignalSpy failed(&dialog, &ui::ReportExportDialog::failed);
        dialog.findChild<QPushButton *>(QStringLiteral("reportExport"))->click();
        QVERIFY(failed.wait(60000));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("/nonexistent-folder/report.html")));
        QVERIFY(dialog.isVisible()); // nothing lost: the dialog stays, with the message
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reportStatus"))
                    ->text()
                    .contains(QLatin1String("Cannot write")));
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
