// The Fleet page in a real main window (offscreen) with four saved servers in two groups: the
// sandbox twice (two databases), a closed port and a QTcpServer that never answers. It is the
// first page shown when several servers are saved (no server connected), shows the unreachable
// one with libpq's reason, sorts within groups, filters, and Enter opens the server on its
// Overview. PGDBA_SHOTS=DIR saves 1280x720 screenshots (light and dark; PGDBA_SHOT_LANG=ru for
// the Russian one).
#include "sandbox.h"
#include "testutil.h"

#include "core/language.h"
#include "core/profilestore.h"
#include "core/workspace.h"
#include "fleet/fleetcollector.h"
#include "fleet/fleetmodel.h"
#include "fleet/fleetpage.h"
#include "mainwindow.h"
#include "page.h"
#include "widgets/theme.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>

namespace {
class SilentServer : public QTcpServer {
public:
    SilentServer() {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                m_sockets << s;
        });
    }

private:
    QList<QTcpSocket *> m_sockets;
};

int closedPort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const int port = s.serverPort();
    s.close();
    return port;
}

core::Profile profile(const QString &name, const QString &dsn, const QString &group) {
    core::Profile p = core::Profile::fromDsn(dsn);
    p.name = name;
    p.group = group;
    return p;
}

// The proxy rows of the servers under every group, as names, in view order.
QStringList visibleServers(const QAbstractItemModel *m) {
    QStringList out;
    for (int g = 0; g < m->rowCount(); ++g) {
        const QModelIndex gi = m->index(g, 0);
        for (int r = 0; r < m->rowCount(gi); ++r)
            out << m->index(r, 0, gi).data().toString();
    }
    return out;
}
} // namespace

class TestFleetPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ui::Theme *m_theme = nullptr;

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        m_theme = new ui::Theme(this);
        if (qEnvironmentVariable("PGDBA_SHOT_LANG") == QLatin1String("ru"))
            core::language::apply(QStringLiteral("ru"));
    }

    void fleetIsTheLandingPageAndOpensServers() {
        if (russian())
            QSKIP("PGDBA_SHOT_LANG=ru: only the Russian screenshot");
        SilentServer silent;
        const int refusedPort = closedPort();
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("fleet.ini")));
        const QString sandboxId =
            profiles.save(profile(QStringLiteral("sandbox"), sandbox::dsn(), QStringLiteral("production")));
        profiles.save(profile(QStringLiteral("sandbox-template1"), sandbox::dsn(QStringLiteral("template1")),
                              QStringLiteral("production")));
        profiles.save(
            profile(QStringLiteral("refused"),
                    QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(refusedPort),
                    QStringLiteral("staging")));
        profiles.save(
            profile(QStringLiteral("silent"),
                    QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres connect_timeout=3")
                        .arg(silent.serverPort()),
                    QStringLiteral("staging")));
        QVERIFY(!sandboxId.isEmpty());
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Several saved servers, none connected: the Fleet page is what the window shows.
        QVERIFY(w.currentPage());
        QCOMPARE(w.currentPage()->pageId(), QStringLiteral("fleet"));
        QVERIFY(!ws.current());
        auto *page = qobject_cast<ui::FleetPage *>(w.currentPage());
        QVERIFY(page);
        QVERIFY(page->isVisible());
        QVERIFY(page->isActive());
        page->collector()->setIntervalMs(1000);

        // Rows: two groups, four servers; the sandbox is reachable with its numbers, the closed
        // port shows libpq's reason.
        const fleet::FleetModel *model = page->model();
        QVERIFY(testutil::waitUntil([&] { return model->serverCount() == 4; }));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("production"));
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("staging"));
        QVERIFY(testutil::waitUntil(
            [&] {
                const QModelIndex s = model->indexOf(sandboxId, fleet::FleetModel::Tps);
                return s.data().toString().size() > 0;
            },
            30000));
        const QModelIndex sandboxState = model->indexOf(sandboxId, fleet::FleetModel::State);
        QCOMPARE(sandboxState.data().toString(), QStringLiteral("reachable"));
        QVERIFY(model->indexOf(sandboxId, fleet::FleetModel::Version)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("15.")));
        QCOMPARE(model->indexOf(sandboxId, fleet::FleetModel::Role).data().toString(),
                 QStringLiteral("primary"));
        QVERIFY(!model->indexOf(sandboxId, fleet::FleetModel::Active).data().toString().isEmpty());
        QVERIFY(model->indexOf(sandboxId, fleet::FleetModel::CacheHit)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("%")));
        QCOMPARE(model->indexOf(sandboxId, fleet::FleetModel::Alerts).data().toString(), QStringLiteral("0"));
        QString refusedId;
        for (const auto &p : profiles.profiles())
            if (p.name == QLatin1String("refused"))
                refusedId = p.id;
        QVERIFY(testutil::waitUntil(
            [&] {
                return model->indexOf(refusedId, fleet::FleetModel::State)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Connection refused"));
            },
            15000));
        QVERIFY(
            !model->indexOf(refusedId, fleet::FleetModel::State).data(Qt::ToolTipRole).toString().isEmpty());
        auto *summary = page->findChild<QLabel *>(QStringLiteral("fleetSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("4 server")), qPrintable(summary->text()));

        // Sort: by name descending, within each group; groups keep their order.
        QTreeView *view = page->view();
        view->sortByColumn(fleet::FleetModel::Name, Qt::DescendingOrder);
        QCOMPARE(visibleServers(view->model()),
                 (QStringList{QStringLiteral("sandbox-template1"), QStringLiteral("sandbox"),
                              QStringLiteral("silent"), QStringLiteral("refused")}));
        view->sortByColumn(fleet::FleetModel::Name, Qt::AscendingOrder);
        QCOMPARE(visibleServers(view->model()),
                 (QStringList{QStringLiteral("sandbox"), QStringLiteral("sandbox-template1"),
                              QStringLiteral("refused"), QStringLiteral("silent")}));

        // Filter: by text in name, group or status.
        QTest::keyClicks(page->filterEdit(), QStringLiteral("refused"));
        QCOMPARE(visibleServers(view->model()), QStringList{QStringLiteral("refused")});
        page->filterEdit()->clear();
        QTest::keyClicks(page->filterEdit(), QStringLiteral("staging"));
        QCOMPARE(visibleServers(view->model()),
                 (QStringList{QStringLiteral("refused"), QStringLiteral("silent")}));
        page->filterEdit()->clear();
        QCOMPARE(visibleServers(view->model()).size(), 4);

        saveShots(w, page);

        // Enter on a server opens it: connected, current, on its Overview.
        const QModelIndex viewIndex = page->filter()->mapFromSource(model->indexOf(sandboxId));
        QVERIFY(viewIndex.isValid());
        view->setFocus();
        view->setCurrentIndex(viewIndex);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(testutil::waitUntil([&] { return ws.current() && ws.current()->profile().id == sandboxId; },
                                    15000));
        QVERIFY(testutil::waitUntil([&] { return w.currentPage()->pageId() == QLatin1String("overview"); }));
        // The Fleet page stays one tab away, and is inactive while hidden.
        QVERIFY(!page->isActive());
        QVERIFY(w.showPage(QStringLiteral("fleet")));
        QVERIFY(page->isActive());
        ws.disconnectProfile(sandboxId);
        QVERIFY(testutil::waitUntil([&] { return w.currentPage()->pageId() == QLatin1String("fleet"); }));
    }

    // A sample announces only the cells whose values moved, one cell at a time (a range would
    // make the view repaint its whole viewport): in steady state the TPS cell (and the cache hit
    // while it moves), never the version or the role; a session that starts running changes the
    // Active cell.
    void samplesAnnounceOnlyTheCellsThatMoved() {
        if (russian())
            QSKIP("PGDBA_SHOT_LANG=ru: only the Russian screenshot");
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("cells.ini")));
        const QString sandboxId =
            profiles.save(profile(QStringLiteral("sandbox"), sandbox::dsn(), QStringLiteral("production")));
        const QString otherId =
            profiles.save(profile(QStringLiteral("sandbox-template1"),
                                  sandbox::dsn(QStringLiteral("template1")), QStringLiteral("production")));
        // Fails again and again: only its State cell (failures, next attempt) moves, never column 0,
        // the sort column, whose change would make the proxy re-sort and the view lay out every row.
        const QString refusedId = profiles.save(
            profile(QStringLiteral("refused"),
                    QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(closedPort()),
                    QStringLiteral("production")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *page = qobject_cast<ui::FleetPage *>(w.currentPage());
        QVERIFY(page);
        page->collector()->setIntervalMs(300);
        page->collector()->setMaxBackoffMs(300);
        const fleet::FleetModel *model = page->model();
        // Steady state: both rows of the model (not only the collector: the model applies samples
        // every 500 ms) reachable with a version and a rate.
        QVERIFY(testutil::waitUntil(
            [&] {
                for (const QString &id : {sandboxId, otherId})
                    if (model->indexOf(id, fleet::FleetModel::Tps).data().toString().isEmpty() ||
                        model->indexOf(id, fleet::FleetModel::Version).data().toString().isEmpty())
                        return false;
                return true;
            },
            30000));
        QList<QPair<QModelIndex, QModelIndex>> changes;
        QObject listening; // disconnects before `changes` goes
        connect(model, &QAbstractItemModel::dataChanged, &listening,
                [&](const QModelIndex &a, const QModelIndex &b) {
                    changes.append({a, b});
                });
        QSignalSpy flushed(model, &fleet::FleetModel::rowsUpdated);
        QVERIFY(testutil::waitUntil([&] { return flushed.count() >= 3; }, 15000));
        QVERIFY(!changes.isEmpty());
        QSet<int> columns, refusedColumns;
        const QModelIndex refusedRow = model->indexOf(refusedId, 0);
        QVERIFY(refusedRow.isValid());
        for (const auto &[a, b] : std::as_const(changes)) {
            QCOMPARE(a, b); // one cell each
            if (a.parent().isValid())
                columns.insert(a.column());
            if (a.siblingAtColumn(0) == refusedRow)
                refusedColumns.insert(a.column());
        }
        QVERIFY(refusedColumns.contains(fleet::FleetModel::State)); // it failed again meanwhile
        QVERIFY(columns.contains(fleet::FleetModel::Tps));
        QVERIFY(!columns.contains(fleet::FleetModel::Version));
        QVERIFY(!columns.contains(fleet::FleetModel::Role));
        QVERIFY(!columns.contains(fleet::FleetModel::Name));

        // A session that runs: the sandbox's Active cell changes, and shows it.
        auto sleeper = testutil::connect(sandbox::dsn(), QStringLiteral("t-fleet-sleep"));
        auto sleeping = sleeper->query(QStringLiteral("SELECT pg_sleep(5)"));
        changes.clear();
        // (The count may already have been 1 or more before the sleeper: wait for the change itself.)
        QVERIFY(testutil::waitUntil(
            [&] {
                const QModelIndex active = model->indexOf(sandboxId, fleet::FleetModel::Active);
                return active.data().toInt() >= 1 &&
                       std::any_of(changes.cbegin(), changes.cend(),
                                   [&](const auto &c) { return c.first == active; });
            },
            15000));
        QCoro::waitFor(sleeper->cancel());
        QCoro::waitFor(sleeping);
    }

    void russianScreenshot() {
        if (!russian())
            QSKIP("PGDBA_SHOT_LANG=ru PGDBA_SHOTS=DIR takes the Russian screenshot");
        SilentServer silent;
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("ru.ini")));
        profiles.save(profile(QStringLiteral("sandbox"), sandbox::dsn(), QStringLiteral("production")));
        profiles.save(
            profile(QStringLiteral("refused"),
                    QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(closedPort()),
                    QStringLiteral("staging")));
        profiles.save(
            profile(QStringLiteral("silent"),
                    QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres connect_timeout=3")
                        .arg(silent.serverPort()),
                    QStringLiteral("staging")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *page = qobject_cast<ui::FleetPage *>(w.currentPage());
        QVERIFY(page);
        QVERIFY(testutil::waitUntil(
            [&] {
                const auto all = page->collector()->statuses();
                return all.size() == 3 && all[0].tps && all[1].failures > 0 && all[2].failures > 0;
            },
            30000));
        saveShots(w, page);
    }

    void oneServerKeepsTheWelcome() {
        if (russian())
            QSKIP("PGDBA_SHOT_LANG=ru: only the Russian screenshot");
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("one.ini")));
        profiles.save(profile(QStringLiteral("only"), sandbox::dsn(), {}));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("pages"));
        QVERIFY(tabs);
        QVERIFY(!tabs->isVisible()); // the welcome text, as before
        auto *page = qobject_cast<ui::FleetPage *>(w.page(QStringLiteral("fleet")));
        QVERIFY(page && !page->isActive());
    }

private:
    static bool russian() { return qEnvironmentVariable("PGDBA_SHOT_LANG") == QLatin1String("ru"); }
    void saveShots(ui::MainWindow &w, ui::FleetPage *page) {
        const QString dir = qEnvironmentVariable("PGDBA_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        // Let the silent server's attempt end, so the shot shows both kinds of unreachable.
        testutil::waitUntil(
            [&] { return !page->collector()->isPending(page->collector()->statuses().last().id); }, 8000);
        const QString lang = qEnvironmentVariable("PGDBA_SHOT_LANG", QStringLiteral("en"));
        for (const ui::Theme::Mode mode : {ui::Theme::Mode::Light, ui::Theme::Mode::Dark}) {
            m_theme->setMode(mode, false);
            testutil::settle();
            QVERIFY(w.grab().save(
                QStringLiteral("%1/fleet-%2-%3.png").arg(dir, ui::Theme::modeName(mode), lang)));
        }
        m_theme->setMode(ui::Theme::Mode::Light, false);
    }
};

QTEST_MAIN(TestFleetPage)
#include "tst_fleetpage.moc"
