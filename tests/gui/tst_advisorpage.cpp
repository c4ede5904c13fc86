// The "Index advice" page on a real workload: Run advisor proposes the index that serves it
// (the statements it helps, before and after), a drop for a duplicate index (unticked), and
// Create migration writes the ticked ones as the folder's next migration and opens the migration
// wizard on it. A database without HypoPG shows the one-line fix. PGDBA_SHOTS=DIR saves
// 1280x720 screenshots (light and dark; PGDBA_SHOT_LANG=ru for Russian).
#include "sandbox.h"
#include "testutil.h"

#include "advisor/advicemodel.h"
#include "advisor/advisorpage.h"
#include "advisor/advisorrunner.h"
#include "core/language.h"
#include "core/profilestore.h"
#include "core/workspace.h"
#include "history/store.h"
#include "mainwindow.h"
#include "migrate/migrationspage.h"
#include "migrate/migrationwizard.h"
#include "migrate/wizardcontext.h"
#include "widgets/errorbanner.h"
#include "widgets/theme.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestAdvisorPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ui::Theme *m_theme = nullptr;

    static QString workload(const QString &name) {
        const QString dsn = sandbox::createDatabase(name);
        auto admin = testutil::connect(dsn, QStringLiteral("advisor-gui-admin"));
        testutil::exec(*admin, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        testutil::exec(*admin, QStringLiteral("CREATE EXTENSION IF NOT EXISTS hypopg"));
        testutil::exec(*admin,
                       QStringLiteral("CREATE TABLE parcels (id bigserial PRIMARY KEY, state text NOT NULL, "
                                      "courier int NOT NULL, created timestamptz NOT NULL, note text)"));
        testutil::exec(
            *admin, QStringLiteral(
                        "INSERT INTO parcels (state, courier, created, note) SELECT "
                        "(ARRAY['new','done','done','done'])[1 + i % 4], i % 300, "
                        "now() - make_interval(secs => i), md5(i::text) FROM generate_series(1, 40000) i"));
        testutil::exec(*admin, QStringLiteral("CREATE INDEX parcels_id_copy ON parcels (id)"));
        testutil::exec(*admin, QStringLiteral("VACUUM ANALYZE parcels"));
        for (int i = 0; i < 25; ++i)
            testutil::exec(
                *admin,
                QStringLiteral(
                    "SELECT id, created FROM parcels WHERE courier = $1 ORDER BY created DESC LIMIT 20"),
                {i});
        return dsn;
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        m_theme = new ui::Theme(this);
        if (qEnvironmentVariable("PGDBA_SHOT_LANG") == QLatin1String("ru"))
            core::language::apply(QStringLiteral("ru"));
    }

    void adviceBecomesAMigrationInTheWizard() {
        const QString dsn = workload(QStringLiteral("advisor_gui"));
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        history::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("history.sqlite"))));
        core::Workspace ws(&profiles);
        ws.setHistory(&store);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!QCoro::waitFor(w.connectDsn(dsn, QStringLiteral("advisor"))));
        QVERIFY(w.showPage(QStringLiteral("advisor")));
        auto *page = qobject_cast<ui::AdvisorPage *>(w.currentPage());
        QVERIFY(page);
        QVERIFY(!page->migrationButton()->isEnabled()); // nothing to write yet

        QTest::mouseClick(page->runButton(), Qt::LeftButton);
        QVERIFY(page->runner()->isRunning());
        QVERIFY(testutil::waitUntil(
            [&] { return page->runner()->hasAdvice() && !page->runner()->isRunning(); }, 60000));
        const advisor::Advice &a = page->runner()->advice();
        QVERIFY2(a.ok(), qPrintable(a.error));
        advisor::ProposalModel *m = page->proposals();
        QVERIFY(m->rowCount() >= 2);
        // First the index to create, ticked, led by courier; then the duplicate to drop, unticked.
        QVERIFY(m->isCreate(0));
        QCOMPARE(m->create(0)->candidate.keys.front(), QStringLiteral("courier"));
        QCOMPARE(m->index(0, advisor::ProposalModel::Action).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        int dropRow = -1;
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->drop(r) && m->drop(r)->index == QLatin1String("parcels_id_copy"))
                dropRow = r;
        QVERIFY(dropRow > 0);
        QCOMPARE(m->index(dropRow, advisor::ProposalModel::Action).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        // The selected proposal's statements, with their costs.
        QCOMPARE(page->proposalView()->currentIndex().row(), 0);
        QVERIFY(page->effects()->rowCount() >= 1);
        const advisor::Effect e = page->effects()->effects().front();
        QCOMPARE(e.calls, 25);
        QVERIFY(e.costAfter < e.costBefore);
        QVERIFY(page->migrationButton()->isEnabled());
        testutil::settle();
        const QString shots = qEnvironmentVariable("PGDBA_SHOTS");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            const QString lang = qEnvironmentVariable("PGDBA_SHOT_LANG", QStringLiteral("en"));
            for (const ui::Theme::Mode mode : {ui::Theme::Mode::Light, ui::Theme::Mode::Dark}) {
                m_theme->setMode(mode, false);
                testutil::settle();
                QVERIFY(w.grab().save(
                    QStringLiteral("%1/advisor-%2-%3.png").arg(shots, ui::Theme::modeName(mode), lang)));
            }
            m_theme->setMode(ui::Theme::Mode::Light, false);
        }

        // Create migration: the folder's next file, and the wizard opens on it.
        const QString folder = m_dir.filePath(QStringLiteral("migrations"));
        page->folderEdit()->setText(folder);
        QTest::mouseClick(page->migrationButton(), Qt::LeftButton);
        const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("004_index_advice.down.sql"),
                                     QStringLiteral("004_index_advice.up.sql")}));
        QFile up(QDir(folder).filePath(files.last()));
        QVERIFY(up.open(QIODevice::ReadOnly));
        const QString sql = QString::fromUtf8(up.readAll());
        QVERIFY(sql.contains(m->create(0)->definition));
        QVERIFY(!sql.contains(QLatin1String("parcels_id_copy"))); // the unticked drop stays out
        QVERIFY(testutil::waitUntil([&] { return w.currentPage()->pageId() == QLatin1String("migrations"); },
                                    5000));
        auto *migrations = qobject_cast<ui::MigrationsPage *>(w.currentPage());
        QVERIFY(migrations);
        QCOMPARE(QDir(migrations->folder()).canonicalPath(), QDir(folder).canonicalPath());
        ui::MigrationWizard *wizard = migrations->wizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->context()->target, QStringLiteral("004"));
        QCOMPARE(wizard->context()->direction, migrate::Direction::Up);
        QVERIFY(wizard->context()->catalog.find(QStringLiteral("004")));
        wizard->close();
    }

    void withoutHypoPGTheBannerSaysTheFix() {
        if (qEnvironmentVariable("PGDBA_SHOT_LANG") == QLatin1String("ru"))
            QSKIP("PGDBA_SHOT_LANG=ru: only the screenshots");
        const QString dsn = sandbox::createDatabase(QStringLiteral("advisor_gui_nohypo"));
        {
            auto admin = testutil::connect(dsn, QStringLiteral("advisor-gui-admin"));
            testutil::exec(*admin, QStringLiteral("DROP EXTENSION IF EXISTS hypopg"));
        }
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles2.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!QCoro::waitFor(w.connectDsn(dsn, QStringLiteral("nohypo"))));
        QVERIFY(w.showPage(QStringLiteral("advisor")));
        auto *page = qobject_cast<ui::AdvisorPage *>(w.currentPage());
        QTest::mouseClick(page->runButton(), Qt::LeftButton);
        QVERIFY(testutil::waitUntil(
            [&] { return page->runner()->hasAdvice() && !page->runner()->isRunning(); }, 30000));
        auto *banner = page->findChild<ui::ErrorBanner *>();
        QVERIFY(banner && banner->isVisible());
        bool saysFix = false;
        for (QLabel *l : banner->findChildren<QLabel *>())
            saysFix = saysFix || l->text().contains(QLatin1String("CREATE EXTENSION hypopg;"));
        QVERIFY(saysFix);
        QCOMPARE(page->proposals()->rowCount(), 0);
    }
};

QTEST_MAIN(TestAdvisorPage)
#include "tst_advisorpage.moc"
