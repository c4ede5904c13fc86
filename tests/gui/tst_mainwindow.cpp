// The main window offscreen: a connection made through the dialog with real key input,
// the status bar, the overview page's first data, no password in any settings file,
// and window geometry restored.
#include "sandbox.h"
#include "testutil.h"

#include "connectdialog.h"
#include "core/profilestore.h"
#include "core/workspace.h"
#include "mainwindow.h"
#include "page.h"
#include "pageregistry.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString profilesFile() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-test"));
    }

    void connectThroughDialog() {
        core::ProfileStore profiles(profilesFile());
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        QAbstractItemModelTester serversTester(
            w.findChild<QListView *>(QStringLiteral("serverList"))->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest); // ServerListModel
        w.resize(1200, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.statusText().contains(QStringLiteral("not connected")));

        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        ui::ConnectDialog *d = nullptr;
        QVERIFY(
            testutil::waitUntil([&] { return (d = w.findChild<ui::ConnectDialog *>()) && d->isVisible(); }));
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("name"));
        auto *host = d->findChild<QLineEdit *>(QStringLiteral("host"));
        auto *port = d->findChild<QSpinBox *>(QStringLiteral("port"));
        auto *user = d->findChild<QLineEdit *>(QStringLiteral("user"));
        auto *db = d->findChild<QLineEdit *>(QStringLiteral("dbname"));
        auto *pw = d->findChild<QLineEdit *>(QStringLiteral("password"));
        QTest::keyClicks(name, QStringLiteral("Sandbox"));
        QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
        port->selectAll();
        QTest::keyClicks(port, QString::number(sandbox::port()));
        QTest::keyClicks(user, QStringLiteral("postgres"));
        QTest::keyClicks(db, QStringLiteral("postgres"));

        // Test with a wrong password first: a clear message, nothing saved.
        QTest::keyClicks(pw, QStringLiteral("wrong"));
        QSignalSpy tested(d, &ui::ConnectDialog::testFinished);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("test")), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY2(d->testResult().contains(QStringLiteral("password authentication failed")),
                 qPrintable(d->testResult()));
        QVERIFY(profiles.profiles().isEmpty());

        pw->clear();
        QTest::keyClicks(pw, sandbox::password());
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("test")), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.last().at(0).toBool(), true);
        QVERIFY2(d->testResult().contains(QStringLiteral("PostgreSQL 15")), qPrintable(d->testResult()));

        QTest::keyClick(d, Qt::Key_Return); // Save & Connect
        QVERIFY(
            testutil::waitUntil([&] { return ws.current() && ws.current()->monitor()->isReady(); }, 10000));
        QVERIFY(testutil::waitUntil([&] { return w.statusText().contains(QStringLiteral("connected")); }));
        const QString status = w.statusText();
        QVERIFY2(status.contains(QStringLiteral("Sandbox")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("PostgreSQL 15")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("postgres (superuser)")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("RTT")), qPrintable(status));
        QCOMPARE(profiles.profiles().size(), 1);
        QCOMPARE(w.findChild<QListView *>(QStringLiteral("serverList"))->model()->rowCount(), 1);

        // The monitoring session is read-only and named.
        const pg::Result r = QCoro::waitFor(ws.current()->monitor()->query(
            QStringLiteral("SELECT current_setting('default_transaction_read_only') AS ro, "
                           "current_setting('application_name') AS app")));
        QCOMPARE(r.text(0, "ro"), QStringLiteral("on"));
        QCOMPARE(r.text(0, "app"), QStringLiteral("pgdba monitor"));

        // The visible page gets data; F5 refreshes it.
        ui::Page *page = w.currentPage();
        QVERIFY(page);
        QVERIFY(testutil::waitUntil([&] { return page->hasData(); }, 10000));
        QSignalSpy arrived(page, &ui::Page::dataArrived);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(arrived.wait(5000));
        w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-mainwindow.png"));

        // No password in any settings file pgdba wrote.
        w.close();
        QSettings().sync();
        QStringList files{profilesFile(), QSettings().fileName()};
        for (const QString &f : std::as_const(files)) {
            QFile file(f);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray text = file.readAll();
            QVERIFY2(!text.contains(sandbox::password().toUtf8()), qPrintable(f));
            QVERIFY2(!text.contains("wrong"), qPrintable(f));
        }
    }

    void geometryAndSplitterRestored() {
        core::ProfileStore profiles(profilesFile());
        core::Workspace ws(&profiles);
        QList<int> sizes;
        {
            ui::MainWindow w(&ws);
            w.resize(1000, 700);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *split = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            split->setSizes({333, 667});
            sizes = split->sizes();
            w.close();
        }
        ui::MainWindow again(&ws);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1000, 700));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    // A 1280-pixel laptop screen must hold the window: a page wider than that scrolls
    // inside its tab instead of forcing the window wider.
    void windowFitsASmallScreen() {
        core::ProfileStore profiles(profilesFile());
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
        QVERIFY2(min.width() <= 1000 && min.height() <= 700,
                 qPrintable(QStringLiteral("%1x%2").arg(min.width()).arg(min.height())));
        QCOMPARE(w.pageIds().size(), int(ui::pageFactories().size()));
        for (const QString &id : w.pageIds()) {
            QVERIFY(w.showPage(id));
            QCOMPARE(w.currentPage()->pageId(), id);
        }
    }

    void quitShortcutClosesWindow() {
        core::ProfileStore profiles(profilesFile());
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(!w.isVisible());
    }
};

int main(int argc, char **argv) {
    testutil::isolateSettings();
    QApplication app(argc, argv);
    TestMainWindow t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_mainwindow.moc"
