// Light and dark: every page rendered in both palettes at 1280x720 against the sandbox, text
// contrast (labels, item-view cells, chart labels, custom-painted pairs) at least 4.5:1; the
// Appearance menu switching live; the appearance portal read without blocking. Run a second
// time by CTest at QT_SCALE_FACTOR=2 (gui.tst_theme_200): buttons get their size, the icons are
// SVG and sharp. Screenshots go to $PGDBA_SHOTS_DIR (default <build>/screenshots/theme[-200]).
#include "loopchecker.h"
#include "sandbox.h"
#include "testutil.h"

#include "activity/activitydelegate.h"
#include "core/appearanceportal.h"
#include "core/profilestore.h"
#include "core/workspace.h"
#include "mainwindow.h"
#include "page.h"
#include "widgets/errorbanner.h"
#include "widgets/replaybanner.h"
#include "widgets/theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QChart>
#include <QChartView>
#include <QDBusVariant>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QLegend>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

namespace {

constexpr double kMinContrast = 4.5;

QString describe(const QWidget *w) {
    QString name =
        w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    if (auto *l = qobject_cast<const QLabel *>(w))
        name += QStringLiteral(" \"%1\"").arg(l->text().left(40));
    return name;
}

// The colour behind a widget: the nearest ancestor (or itself) that fills its background.
QColor backgroundOf(const QWidget *w) {
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (p->autoFillBackground() || p->isWindow() || p->styleSheet().contains(QLatin1String("background")))
            return p->palette().color(p->backgroundRole());
    return w->palette().color(QPalette::Window);
}

QColor colorOf(const QVariant &v) {
    if (v.canConvert<QBrush>() && v.metaType() == QMetaType::fromType<QBrush>())
        return v.value<QBrush>().color();
    if (v.metaType() == QMetaType::fromType<QColor>())
        return v.value<QColor>();
    return {};
}

struct Checker {
    QString where; // "dark / locks"
    QStringList failures;
    int checked = 0;

    void pair(const QString &what, const QColor &fg, const QColor &bg) {
        if (!fg.isValid() || !bg.isValid())
            return;
        ++checked;
        const double ratio = ui::theme::contrast(fg, bg);
        if (ratio < kMinContrast)
            failures << QStringLiteral("%1: %2: %3 on %4 is %5:1")
                            .arg(where, what, fg.name(), bg.name())
                            .arg(ratio, 0, 'f', 2);
    }

    void label(const QLabel *l) {
        if (l->text().trimmed().isEmpty() || !l->isEnabled())
            return;
        const QColor bg = backgroundOf(l);
        pair(describe(l), l->palette().color(l->foregroundRole()), bg);
        // Colours written into rich text.
        static const QRegularExpression re(QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})"));
        // Background colours written into rich text, under the label's own text colour.
        static const QRegularExpression bgRe(QStringLiteral("background:\\s*(#[0-9a-fA-F]{6})"));
        for (auto it = bgRe.globalMatch(l->text()); it.hasNext();)
            pair(describe(l) + QStringLiteral(" (span background)"), l->palette().color(l->foregroundRole()),
                 QColor(it.next().captured(1)));
        if (l->text().contains(QLatin1String("<a ")))
            pair(describe(l) + QStringLiteral(" (link)"), l->palette().color(QPalette::Link), bg);
        for (auto it = re.globalMatch(l->text()); it.hasNext();)
            pair(describe(l) + QStringLiteral(" (span)"), QColor(it.next().captured(1)), bg);
    }

    void view(const QAbstractItemView *v) {
        const QAbstractItemModel *m = v->model();
        if (!m)
            return;
        const QPalette pal = v->palette();
        const auto cells = [&](const QModelIndex &parent, int depth, const auto &self) -> void {
            const int rows = std::min(m->rowCount(parent), 200);
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < m->columnCount(parent); ++c) {
                    const QModelIndex i = m->index(r, c, parent);
                    if (i.data(Qt::DisplayRole).toString().isEmpty())
                        continue;
                    QColor fg = colorOf(i.data(Qt::ForegroundRole));
                    QColor bg = colorOf(i.data(Qt::BackgroundRole));
                    if (!fg.isValid())
                        fg = pal.color(QPalette::Text);
                    if (!bg.isValid())
                        bg = pal.color(r % 2 && v->alternatingRowColors() ? QPalette::AlternateBase
                                                                          : QPalette::Base);
                    pair(QStringLiteral("%1 cell (%2,%3) \"%4\"")
                             .arg(describe(v))
                             .arg(r)
                             .arg(c)
                             .arg(i.data().toString().left(30)),
                         fg, bg);
                }
                if (depth < 3 && m->hasChildren(m->index(r, 0, parent)))
                    self(m->index(r, 0, parent), depth + 1, self);
            }
        };
        cells(QModelIndex(), 0, cells);
    }

    void chart(const QChartView *cv) {
        const QChart *c = cv->chart();
        const QColor bg = c->backgroundBrush().color();
        pair(describe(cv) + QStringLiteral(" title"), c->titleBrush().color(), bg);
        pair(describe(cv) + QStringLiteral(" legend"), c->legend()->labelColor(), bg);
        for (const QAbstractAxis *a : c->axes())
            pair(describe(cv) + QStringLiteral(" axis labels"), a->labelsColor(), bg);
    }

    void walk(QWidget *root) {
        for (QLabel *l : root->findChildren<QLabel *>())
            if (l->isVisible())
                label(l);
        for (QAbstractItemView *v : root->findChildren<QAbstractItemView *>())
            if (v->isVisible())
                view(v);
        for (QChartView *c : root->findChildren<QChartView *>())
            if (c->isVisible())
                chart(c);
    }
};

QString shotsDir() {
    QString dir = qEnvironmentVariable("PGDBA_SHOTS_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(PGDBA_BINARY_DIR "/screenshots/theme") +
              (qEnvironmentVariableIntValue("QT_SCALE_FACTOR") == 2 ? QStringLiteral("-200") : QString());
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestTheme : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ui::Theme *m_theme = nullptr;

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test-theme"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-test-theme"));
        QStandardPaths::setTestModeEnabled(true); // the history store too
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        m_theme = new ui::Theme(this);
    }

    void cleanupTestCase() {
        delete m_theme;
        m_theme = nullptr;
    }

    void contrastFormula() {
        QCOMPARE(qRound(ui::theme::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(ui::theme::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        // #767676 on white is the classic 4.54:1.
        QVERIFY(qAbs(ui::theme::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
        // readableOn keeps the hue and reaches the ratio on a dark and on a light background.
        for (const QColor bg : {QColor(0x1e, 0x20, 0x23), QColor(Qt::white)}) {
            const QColor c = ui::theme::readableOn(QColor(0x1a, 0x23, 0x7e), bg);
            QVERIFY2(ui::theme::contrast(c, bg) >= kMinContrast, qPrintable(c.name()));
        }
    }

    void portalReplyAndNoBlocking() {
        // Read() wraps the value twice, ReadOne() once.
        const QVariant once = QVariant::fromValue(QDBusVariant(QVariant(uint(1))));
        const QVariant twice = QVariant::fromValue(QDBusVariant(once));
        bool ok = false;
        QCOMPARE(core::AppearancePortal::fromReply(once, &ok),
                 core::AppearancePortal::ColorScheme::PreferDark);
        QVERIFY(ok);
        QCOMPARE(core::AppearancePortal::fromReply(twice, &ok),
                 core::AppearancePortal::ColorScheme::PreferDark);
        QCOMPARE(core::AppearancePortal::fromReply(QVariant(uint(2)), &ok),
                 core::AppearancePortal::ColorScheme::PreferLight);
        core::AppearancePortal::fromReply(QVariant(uint(7)), &ok);
        QVERIFY(!ok);

        // Asking (with or without a session bus and portal) answers later, never in start().
        LoopChecker loop;
        core::AppearancePortal portal;
        QSignalSpy finished(&portal, &core::AppearancePortal::finished);
        portal.start();
        QVERIFY(finished.count() <= 1);
        QVERIFY(testutil::waitUntil([&] { return finished.count() == 1; }, 10000));
        QVERIFY2(loop.maxGapMs() < 1000, qPrintable(QString::number(loop.maxGapMs())));
        if (!portal.available())
            QCOMPARE(portal.colorScheme(), core::AppearancePortal::ColorScheme::NoPreference);
    }

    void appearanceMenuSwitchesLive() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("menu.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *dark = w.findChild<QAction *>(QStringLiteral("actionAppearance_dark"));
        auto *light = w.findChild<QAction *>(QStringLiteral("actionAppearance_light"));
        QVERIFY(dark && light);
        auto *status = w.findChild<QLabel *>(QStringLiteral("statusServer"));
        QLabel probe(&w); // a label coloured from a light-mode design colour
        ui::theme::setTextColor(&probe, QColor(0x1a, 0x23, 0x7e));
        ui::ReplayBanner replay(&w); // custom tints follow a live switch too
        ui::ErrorBanner error(&w);
        error.showMessage(QStringLiteral("probe"), ui::ErrorBanner::Level::Warning);
        const auto bannerBg = [&error] {
            const QImage img = error.grab().toImage(); // device pixels: inside the border, off the text
            return img.pixelColor(img.width() * 3 / 4, img.height() / 2).lightness();
        };
        QVERIFY(replay.palette().color(QPalette::Window).lightness() > 200);
        QVERIFY(bannerBg() > 200);
        dark->trigger();
        QVERIFY(ui::theme::isDark());
        QVERIFY(m_theme->isDark());
        QCOMPARE(QSettings().value(QStringLiteral("view/appearance")).toString(), QStringLiteral("dark"));
        // Widgets take the application palette as its change event reaches them.
        QTRY_VERIFY(status->palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(replay.palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(ui::theme::contrast(replay.palette().color(QPalette::WindowText),
                                    replay.palette().color(QPalette::Window)) >= kMinContrast);
        QVERIFY2(bannerBg() < 100, qPrintable(QString::number(bannerBg())));
        QVERIFY(ui::theme::contrast(probe.palette().color(QPalette::WindowText),
                                    probe.palette().color(QPalette::Window)) >= kMinContrast);
        light->trigger();
        QVERIFY(!ui::theme::isDark());
        QTRY_VERIFY(status->palette().color(QPalette::Window).lightness() > 200);
        QVERIFY(replay.palette().color(QPalette::Window).lightness() > 200);
        QVERIFY(bannerBg() > 200);
        QCOMPARE(probe.palette().color(QPalette::WindowText), QColor(0x1a, 0x23, 0x7e));
        QCOMPARE(QSettings().value(QStringLiteral("view/appearance")).toString(), QStringLiteral("light"));
    }

    void everyPageReadableInBothPalettes() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("pages.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto err = QCoro::waitFor(w.connectDsn(sandbox::dsn(), QStringLiteral("sandbox")));
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        // A plan on the Explain page, so its cards are rendered and checked too.
        QVERIFY(w.openPlanFile(QStringLiteral(PGDBA_FIXTURES_DIR "/plans/hash_batches.json")));
        const QString dir = shotsDir();
        QStringList failures;
        int checked = 0;
        const bool hidpi = qApp->devicePixelRatio() >= 2;
        for (const ui::Theme::Mode mode : {ui::Theme::Mode::Light, ui::Theme::Mode::Dark}) {
            m_theme->setMode(mode, false);
            auto *status = w.findChild<QLabel *>(QStringLiteral("statusServer"));
            QTRY_COMPARE(status->palette().color(QPalette::Window),
                         QApplication::palette().color(QPalette::Window));
            const QString modeName = ui::Theme::modeName(mode);
            for (const QString &id : w.pageIds()) {
                QVERIFY(w.showPage(id));
                ui::Page *page = w.page(id);
                // Pages that show server data get it first; Explain, Migrations, Benchmark
                // have nothing until asked and are checked as they open.
                (void)testutil::waitUntil([&] { return page->hasData(); }, 6000);
                QApplication::processEvents();
                // Data that arrived in that round (a filter box's items) posted a layout request:
                // the geometry is checked after the layouts took it, not halfway.
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                const QImage shot = w.grab().toImage();
                shot.save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(modeName, id)));
                Checker c;
                c.where = QStringLiteral("%1 / %2").arg(modeName, id);
                c.walk(&w);
                if (hidpi)
                    checkSizes(page, c);
                failures << c.failures;
                checked += c.checked;
            }
            // Custom painting (plan cards, SQL highlighting, badges) through the theme API.
            Checker painted;
            painted.where = modeName + QStringLiteral(" / painted");
            for (const auto &p : ui::theme::paintedPairs())
                painted.pair(p.name, p.foreground, p.background);
            using H = monitor::ActivityModel::Highlight;
            for (H h : {H::LongRunning, H::IdleInTransaction, H::Waiting, H::Blocking})
                painted.pair(QStringLiteral("activity row \"%1\"").arg(ui::ActivityDelegate::label(h)),
                             QApplication::palette().color(QPalette::Text), ui::ActivityDelegate::color(h));
            failures << painted.failures;
            checked += painted.checked;
        }
        m_theme->setMode(ui::Theme::Mode::Light, false);
        qInfo("%d text/background pairs checked; screenshots in %s", checked, qPrintable(dir));
        QVERIFY(checked > 200);
        failures.removeDuplicates();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 40).join(QLatin1Char('\n'))));
    }

    // The status bar never runs past the window's edge: with a long server name (and at 200 %) the
    // name is elided and everything else stays whole.
    void statusBarFitsTheWindow() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("status.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString name =
            QStringLiteral("production-orders-primary.eu-central.example.internal ").repeated(3);
        QVERIFY(!QCoro::waitFor(w.connectDsn(sandbox::dsn(), name)));
        auto *bar = w.statusBar();
        auto *server = w.findChild<QLabel *>(QStringLiteral("statusServer"));
        QVERIFY(server);
        QTRY_COMPARE(server->text(), name);
        QTRY_VERIFY(!w.findChild<QLabel *>(QStringLiteral("statusRtt"))->text().isEmpty());
        testutil::settle(); // the status bar lays out its new texts
        QStringList cut;
        for (auto *l : bar->findChildren<QLabel *>()) {
            if (!l->isVisible() || l->text().isEmpty())
                continue;
            const QRect g = l->geometry();
            if (g.right() > bar->width())
                cut << QStringLiteral("%1 ends at %2 of %3")
                           .arg(l->objectName())
                           .arg(g.right())
                           .arg(bar->width());
            if (l != server && g.width() < l->sizeHint().width())
                cut << QStringLiteral("%1 \"%2\" is %3 px, needs %4")
                           .arg(l->objectName(), l->text())
                           .arg(g.width())
                           .arg(l->sizeHint().width());
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        QVERIFY(server->width() < server->sizeHint().width()); // it gave way
        server->grab();                                        // painted at its width
        QCOMPARE(server->toolTip(), name);                     // and says it all on hover
    }

    void iconsAreScalable() {
        const QIcon icon(QStringLiteral(":/icons/pgdba.svg"));
        QVERIFY(!icon.isNull());
        // SVG: drawn at the device's pixel size, never a scaled-up bitmap.
        const qreal dpr = qApp->devicePixelRatio();
        const QPixmap pm = icon.pixmap(QSize(32, 32), dpr);
        QCOMPARE(pm.devicePixelRatio(), dpr);
        QCOMPARE(pm.width(), qRound(32 * dpr));
        for (const QString &f : QDir(QStringLiteral(":/icons")).entryList())
            QVERIFY2(f.endsWith(QLatin1String(".svg")), qPrintable(f));
    }

private:
    // At 200 %: every button at least as large as its minimum size hint (no truncated text),
    // and no two visible widgets of one layout overlapping.
    static void checkSizes(QWidget *page, Checker &c) {
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
            if (!b->isVisible() || b->text().isEmpty())
                continue;
            const QSize min = b->minimumSizeHint();
            if (b->width() < min.width() || b->height() < min.height())
                c.failures << QStringLiteral("%1: button \"%2\" is %3x%4, needs %5x%6")
                                  .arg(c.where, b->text())
                                  .arg(b->width())
                                  .arg(b->height())
                                  .arg(min.width())
                                  .arg(min.height());
        }
        QList<QWidget *> containers = page->findChildren<QWidget *>();
        containers << page;
        for (QWidget *w : containers) {
            QLayout *l = w->layout();
            if (!w->isVisible() || !l)
                continue;
            QList<QWidget *> items;
            for (int i = 0; i < l->count(); ++i)
                if (QWidget *child = l->itemAt(i)->widget(); child && child->isVisible())
                    items << child;
            for (int i = 0; i < items.size(); ++i)
                for (int j = i + 1; j < items.size(); ++j)
                    if (items[i]->geometry().intersects(items[j]->geometry()))
                        c.failures << QStringLiteral("%1: %2 overlaps %3")
                                          .arg(c.where, describe(items[i]), describe(items[j]));
        }
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
