// The Explain page with a statement whose effects a rollback cannot undo (issue 19, item 1):
// Run is refused with a notice naming the function, a confirmation (not a modal exec) lists
// what will not be undone; Cancel keeps the server untouched, "Run anyway" runs it and the
// notice then says what was not undone. Offscreen, against the real sandbox.
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "explain/explainpage.h"
#include "mainwindow.h"
#include "widgets/errorbanner.h"

#include <QApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestExplainSafety : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_dsn;
    std::unique_ptr<pg::Connection> m_check;
    std::unique_ptr<core::ProfileStore> m_profiles;
    std::unique_ptr<core::Workspace> m_ws;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ExplainPage *m_page = nullptr;

    QString ticket() {
        return testutil::exec(*m_check, QStringLiteral("SELECT last_value || ':' || is_called FROM tickets"))
            .text(0, 0);
    }
    QMessageBox *confirmation() {
        return m_page->findChild<QMessageBox *>(QStringLiteral("sideEffectsConfirmation"));
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-explain-safety-test"));
        testutil::isolateSettings();
        m_dsn = sandbox::createDatabase(QStringLiteral("explain_safety_page"));
        m_check = testutil::connect(m_dsn);
        testutil::exec(*m_check, QStringLiteral("CREATE SEQUENCE tickets"));
        testutil::exec(*m_check, QStringLiteral("CREATE VIEW next_ticket AS SELECT nextval('tickets') AS n"));
        m_profiles = std::make_unique<core::ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_ws = std::make_unique<core::Workspace>(m_profiles.get());
        m_window = std::make_unique<ui::MainWindow>(m_ws.get());
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const auto err = QCoro::waitFor(m_window->connectDsn(m_dsn, QStringLiteral("Sandbox")));
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        QVERIFY(m_window->showPage(QStringLiteral("explain")));
        m_page = qobject_cast<ui::ExplainPage *>(m_window->page(QStringLiteral("explain")));
        QVERIFY(m_page);
    }

    void refusedThenConfirmed() {
        const QString before = ticket();
        QSignalSpy finished(m_page, &ui::ExplainPage::runFinished);
        m_page->editor()->setPlainText(QStringLiteral("SELECT * FROM next_ticket"));
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("run")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!finished.first().first().toBool());
        QVERIFY(testutil::waitUntil([&] { return confirmation() && confirmation()->isVisible(); }, 10000));
        QVERIFY2(confirmation()->text().contains(QStringLiteral("nextval")),
                 qPrintable(confirmation()->text()));
        QVERIFY(m_page->noticeBanner()->text().contains(QStringLiteral("nextval")));
        m_window->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-explain-side-effects.png"));
        QCOMPARE(ticket(), before); // nothing ran while the question is open
        // Cancel: nothing runs.
        confirmation()->button(QMessageBox::Cancel)->click();
        QVERIFY(testutil::waitUntil([&] { return !confirmation(); }, 5000));
        QCOMPARE(ticket(), before);
        // Again, and this time run it.
        finished.clear();
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("run")), Qt::LeftButton);
        QVERIFY(testutil::waitUntil([&] { return confirmation() && confirmation()->isVisible(); }, 30000));
        finished.clear();
        confirmation()->findChild<QPushButton *>(QStringLiteral("runAnyway"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(ticket() != before); // it really ran: a rollback does not give sequence values back
        const QString notice = m_page->noticeBanner()->text();
        QVERIFY2(notice.contains(QStringLiteral("nextval")) && !notice.contains(QStringLiteral("unchanged")),
                 qPrintable(notice));
    }
};

QTEST_MAIN(TestExplainSafety)
#include "tst_explainsafety.moc"
