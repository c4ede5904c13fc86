// The Overview page as a landing page against the sandbox (server facts, health summary and its
// criticals as alerts, session counts from a real idle-in-transaction session, the TPS sparkline
// from history, a link into every registered page that really switches pages), F1 opening the
// user guide at the current page's section, and Help → Keyboard shortcuts generated from the
// window's actions (every menu entry reachable from the keyboard).
#include "sandbox.h"
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "mainwindow.h"
#include "overview/overviewpage.h"
#include "page.h"
#include "pageregistry.h"
#include "widgets/helpviewer.h"
#include "widgets/shortcutsdialog.h"
#include "widgets/sparkline.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

class TestLanding : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test-landing"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-test-landing"));
    }

    void overviewIsALandingPage() {
        // A session idle in a transaction, for the counts.
        auto idle = testutil::connect(sandbox::dsn(), QStringLiteral("landing idle"));
        testutil::exec(*idle, QStringLiteral("BEGIN"));
        testutil::exec(*idle, QStringLiteral("SELECT 1"));

        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("landing.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto err = QCoro::waitFor(w.connectDsn(sandbox::dsn(), QStringLiteral("landing")));
        QVERIFY(!err);
        QVERIFY(w.showPage(QStringLiteral("overview")));
        auto *page = qobject_cast<ui::OverviewPage *>(w.page(QStringLiteral("overview")));
        QVERIFY(page);
        QVERIFY(testutil::waitUntil([&] { return page->hasData(); }, 15000));

        auto *heading = page->findChild<QLabel *>(QStringLiteral("overviewHeading"));
        QVERIFY2(heading->text().contains(QStringLiteral("PostgreSQL 15")) &&
                     heading->text().contains(QStringLiteral("primary")),
                 qPrintable(heading->text()));
        auto *sessions = page->findChild<QLabel *>(QStringLiteral("sessionCounts"));
        QVERIFY2(
            sessions->text().contains(QRegularExpression(QStringLiteral("[1-9]\\d* idle in transaction"))),
            qPrintable(sessions->text()));

        // Health: the summary and the alert area (criticals and warnings, or "no open alerts").
        auto *summary = page->findChild<QLabel *>(QStringLiteral("healthSummary"));
        QVERIFY(
            testutil::waitUntil([&] { return summary->text().contains(QStringLiteral("checked")); }, 60000));
        QVERIFY2(summary->text().contains(QStringLiteral("critical")), qPrintable(summary->text()));
        const QString alerts = page->alertsLabel()->text();
        QVERIFY2(alerts.contains(QStringLiteral("No open alerts")) ||
                     alerts.contains(QStringLiteral("page:health")),
                 qPrintable(alerts));

        // Transactions per second from the collected history: two points make a line.
        QVERIFY(testutil::waitUntil([&] { return page->tpsSparkline()->values().size() >= 2; }, 30000));
        for (double v : page->tpsSparkline()->values())
            QVERIFY(v >= 0);
        auto *tpsNow = page->findChild<QLabel *>(QStringLiteral("tpsNow"));
        QVERIFY2(tpsNow->text().contains(QStringLiteral("transactions/s")), qPrintable(tpsNow->text()));

        // A link into every registered page but itself, and a link really goes there.
        QStringList expected;
        for (const ui::PageFactory &f : ui::pageFactories())
            if (f.id != QLatin1String("overview"))
                expected << f.id;
        QCOMPARE(page->linkedPages(), expected);
        auto *links = page->findChild<QLabel *>(QStringLiteral("pageLinks"));
        // Each with its title and what it is for (pages added later showed their bare id, empty).
        static const QRegularExpression row(
            QStringLiteral("<a href=\"page:(\\w+)\">([^<]*)</a></td><td>([^<]*)<"));
        int rows = 0;
        for (auto m = row.globalMatch(links->text()); m.hasNext(); ++rows) {
            const QRegularExpressionMatch r = m.next();
            QVERIFY2(r.captured(2) != r.captured(1) && !r.captured(3).isEmpty(), qPrintable(r.captured(0)));
        }
        QCOMPARE(rows, expected.size());
        Q_EMIT links->linkActivated(QStringLiteral("page:locks"));
        QCOMPARE(w.currentPage()->pageId(), QStringLiteral("locks"));
        testutil::exec(*idle, QStringLiteral("ROLLBACK"));
    }

    void f1OpensTheGuideOfThePage() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("help.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!QCoro::waitFor(w.connectDsn(sandbox::dsn(), QStringLiteral("help"))));
        QVERIFY(w.showPage(QStringLiteral("locks")));
        QTest::keyClick(&w, Qt::Key_F1);
        ui::HelpViewer *help = nullptr;
        QVERIFY(testutil::waitUntil(
            [&] { return (help = w.findChild<ui::HelpViewer *>()) && help->isVisible(); }));
        QCOMPARE(help->currentGuide(), QStringLiteral(":/guide/locks.md"));
        QVERIFY2(help->browser()->toPlainText().contains(QStringLiteral("block")),
                 qPrintable(help->browser()->toPlainText().left(200)));
        // Every page has a section that exists (or the index).
        for (const QString &id : w.pageIds())
            QVERIFY2(QFile::exists(ui::HelpViewer::guideFor(id)), qPrintable(id));
        QCOMPARE(ui::HelpViewer::guideFor(QStringLiteral("timeline")), QStringLiteral(":/guide/history.md"));
        // Another page, F1 again: the same viewer shows that page's section.
        QVERIFY(w.showPage(QStringLiteral("explain")));
        w.activateWindow();
        QTest::keyClick(&w, Qt::Key_F1);
        QCOMPARE(help->currentGuide(), QStringLiteral(":/guide/explain.md"));
        // A link between sections works.
        help->showGuide(QStringLiteral(":/user-guide.md"));
        QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("Locks")));
    }

    void shortcutsAreListedFromTheActions() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("keys.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QList<ui::ShortcutsDialog::Entry> entries = ui::ShortcutsDialog::collect(&w);
        const auto has = [&](const QKeySequence &k, const QString &text) {
            for (const auto &e : entries)
                if (e.key == k && e.text.contains(text))
                    return true;
            return false;
        };
        QVERIFY(has(QKeySequence::New, QStringLiteral("New connection")));
        QVERIFY(has(QKeySequence(Qt::Key_F5), QStringLiteral("Refresh")));
        QVERIFY(has(QKeySequence::HelpContents, QStringLiteral("User guide")));
        QVERIFY(has(QKeySequence(Qt::CTRL | Qt::Key_2), QStringLiteral("Activity")));
        QVERIFY(
            has(QKeySequence(Qt::CTRL | Qt::Key_Return), QStringLiteral("EXPLAIN"))); // a page's QShortcut

        // Every menu entry has a keyboard path: its menu opens with Alt+letter and the entry has
        // its own letter or a shortcut.
        QStringList missing;
        const std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            if (!menu->title().contains(QLatin1Char('&')))
                missing << menu->title();
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || !a->isEnabled())
                    continue; // a disabled entry is a note, not an action
                if (a->menu())
                    walk(a->menu());
                else if (!a->text().contains(QLatin1Char('&')) && a->shortcut().isEmpty())
                    missing << menu->title() + QStringLiteral(" › ") + a->text();
            }
        };
        for (QAction *top : w.menuBar()->actions())
            if (top->menu())
                walk(top->menu());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

        // The dialog shows them, opened from the keyboard.
        QTest::keyClick(&w, Qt::Key_F1, Qt::ControlModifier);
        ui::ShortcutsDialog *d = nullptr;
        QVERIFY(testutil::waitUntil([&] { return (d = w.findChild<ui::ShortcutsDialog *>()) != nullptr; }));
        QCOMPARE(d->table()->topLevelItemCount(), int(entries.size()));
        QVERIFY(entries.size() >= 18);
    }
};

QTEST_MAIN(TestLanding)
#include "tst_landing.moc"
