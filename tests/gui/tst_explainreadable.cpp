// Issue 16, "readable at first sight": the first view of a plan shows readable text (the most
// readable zoom that shows the slowest path, scrolled to it; one-line card labels where the
// card text would be too small), the Explain page fits a 1280x720 window without a horizontal
// scroll bar and its finding texts wrap; a plan file opens from a drop onto the window, from
// `pgdba PLANFILE` and from `pgdba --plan FILE` (real processes). No server is needed: plans
// are read, not run. Screenshots go to the build folder.
#include "testutil.h"

#include "core/profilestore.h"
#include "core/workspace.h"
#include "explain/explainpage.h"
#include "explain/plannodeitem.h"
#include "explain/planpanel.h"
#include "explain/planscene.h"
#include "explain/planview.h"
#include "mainwindow.h"

#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

// An Append over `children` Hash Joins (each a Seq Scan and a Hash over a Seq Scan: 4 nodes): wide,
// like a partitioned plan. The join under child `slow` takes most of the time.
QByteArray widePlan(int children, int slow) {
    QByteArray t =
        "Append  (cost=0.00..90000.00 rows=100000 width=8) (actual time=0.010..900.000 rows=100000 "
        "loops=1)\n";
    for (int i = 0; i < children; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray ms = i == slow ? "700.000" : "0.100";
        t +=
            "  ->  Hash Join  (cost=1.00..40.00 rows=50 width=8) (actual time=0.050.." + ms +
            " rows=50 loops=1)\n"
            "        Hash Cond: (o" +
            n + ".courier_id = c" + n +
            ".id)\n"
            "        ->  Seq Scan on orders_p" +
            n + " o" + n +
            "  (cost=0.00..20.00 rows=1000 width=8) (actual time=0.010..0.040 rows=1000 loops=1)\n"
            "              Filter: (status = 'new'::text)\n"
            "              Rows Removed by Filter: 90000\n"
            "        ->  Hash  (cost=1.00..1.00 rows=10 width=4) (actual time=0.010..0.010 rows=10 loops=1)\n"
            "              ->  Seq Scan on couriers c" +
            n + "  (cost=0.00..1.00 rows=10 width=4) (actual time=0.001..0.005 rows=10 loops=1)\n";
    }
    t += "Planning Time: 1.000 ms\nExecution Time: 901.000 ms\n";
    return t;
}

// Dark pixels (text) inside a rectangle of an image.
int inkPixels(const QImage &img, const QRect &r) {
    int ink = 0;
    const QRect in = r.intersected(img.rect());
    for (int y = in.top(); y <= in.bottom(); ++y)
        for (int x = in.left(); x <= in.right(); ++x)
            if (qGray(img.pixel(x, y)) < 90)
                ++ink;
    return ink;
}

} // namespace

class TestExplainReadable : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<core::ProfileStore> m_profiles;
    std::unique_ptr<core::Workspace> m_ws;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ExplainPage *m_page = nullptr;

    QString write(const QString &name, const QByteArray &data) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static QString fixture(const char *name) {
        return QStringLiteral(PGDBA_FIXTURES_DIR "/plans/") + QLatin1String(name);
    }

    bool openAndWait(const QString &path) {
        QSignalSpy shown(m_page, &ui::ExplainPage::runFinished);
        if (!m_window->openPlanFile(path))
            return false;
        return shown.wait(60000) && shown.first().first().toBool();
    }
    void shot(const char *name) {
        m_window->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-") + QLatin1String(name) +
                              QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-explain-readable-test"));
        testutil::isolateSettings();
        m_profiles = std::make_unique<core::ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_ws = std::make_unique<core::Workspace>(m_profiles.get());
        m_window = std::make_unique<ui::MainWindow>(m_ws.get());
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_page = qobject_cast<ui::ExplainPage *>(m_window->page(QStringLiteral("explain")));
        QVERIFY(m_page);
    }

    // A file dropped onto the window opens in the Explain page (no server connected).
    void droppedPlanFileOpens() {
        QSignalSpy shown(m_page, &ui::ExplainPage::runFinished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(fixture("nested_loop.json"))});
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(shown.wait(30000));
        QVERIFY(shown.first().first().toBool());
        QCOMPARE(m_window->currentPage(), m_page);
        QVERIFY(m_page->currentPlan());
        QCOMPARE(m_page->currentPlan()->root().nodeType, QStringLiteral("Nested Loop"));
        // Something that is not a file is not taken.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent other(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &other);
        QVERIFY(!other.isAccepted());
    }

    // A pasted psql session: the first plan is shown and the page says there were more.
    void transcriptShowsTheFirstPlanAndSaysSo() {
        QVERIFY(openAndWait(fixture("nested_loop.form-transcript.txt")));
        QCOMPARE(m_page->currentPlan()->root().nodeType, QStringLiteral("Nested Loop"));
        bool said = false;
        for (QLabel *l : m_page->findChildren<QLabel *>())
            said = said || (l->isVisible() && l->text().contains(QStringLiteral("2 plans")));
        QVERIFY(said);
    }

    // 2,000 partitions: fitting the whole plan would draw 10-pixel boxes. The first view is a
    // readable zoom showing the slowest node (the slow partition's join), with text on it.
    void firstViewOfABigPlanIsReadable() {
        QVERIFY(openAndWait(write(QStringLiteral("wide.txt"), widePlan(2000, 1234))));
        const explain::PlanPtr plan = m_page->currentPlan();
        QCOMPARE(plan->nodes.size(), 1 + 2000 * 4);
        m_page->tabs()->setCurrentIndex(0);
        QCoreApplication::processEvents();
        ui::PlanView *view = m_page->planPanel()->view();
        const int slowest = plan->slowestNodes(1).first();
        QCOMPARE(plan->nodes[slowest].nodeType, QStringLiteral("Hash Join"));
        QVERIFY2(view->zoom() >= ui::PlanNodeItem::kLabelScale, qPrintable(QString::number(view->zoom())));
        const QRect card =
            view->mapFromScene(m_page->planPanel()->scene()->layout().cards[slowest]).boundingRect();
        QVERIFY2(view->viewport()->rect().intersects(card), "the slowest node is not on screen");
        const QImage img = view->viewport()->grab().toImage();
        QVERIFY2(inkPixels(img, card) > 30, "no readable text on the slowest card");
        shot("explain-first-view-2000");
    }

    // Semantic zoom: where the card text would be under ~8 px the card draws a one-line label.
    void cardsCarryALabelWhenZoomedOut() {
        QVERIFY(openAndWait(fixture("initplan_subplan.json")));
        ui::PlanView *view = m_page->planPanel()->view();
        ui::PlanScene *scene = m_page->planPanel()->scene();
        for (const double z : {0.2, 0.35, 0.5}) {
            view->setZoom(z);
            view->centerOn(scene->layout().cards[0].center());
            QCoreApplication::processEvents();
            const QRect card = view->mapFromScene(scene->layout().cards[0]).boundingRect();
            const QImage img = view->viewport()->grab().toImage();
            QVERIFY2(inkPixels(img, card) > 20, qPrintable(QStringLiteral("no label at zoom %1").arg(z)));
        }
        QVERIFY(scene->item(0)->label().contains(QStringLiteral("Bitmap Heap Scan")));
    }

    // The page fits 1280x720: no horizontal scroll bar, with a plan and its findings shown; the
    // findings' texts wrap (every row is as tall as its wrapped message).
    void pageFitsA1280Window() {
        QVERIFY(openAndWait(fixture("seq_scan_filter.json")));
        m_window->resize(1280, 720);
        QCoreApplication::processEvents();
        auto *scroll = m_window->findChild<QScrollArea *>(QStringLiteral("explainScroll"));
        QVERIFY(scroll);
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("page needs %1 px, has %2")
                                .arg(m_page->minimumSizeHint().width())
                                .arg(scroll->viewport()->width())));
        QVERIFY(m_page->width() <= scroll->viewport()->width());
        m_page->tabs()->setCurrentIndex(0);
        QTest::qWait(100);
        shot("explain-1280x720");

        auto *findings = m_page->findChild<QTableView *>(QStringLiteral("findingsView"));
        QVERIFY(findings && findings->model()->rowCount() > 0);
        m_page->tabs()->setCurrentWidget(findings);
        QCoreApplication::processEvents();
        const int col = 0;
        int message = -1;
        for (int c = 0; c < findings->model()->columnCount(); ++c)
            if (findings->horizontalHeader()->sectionResizeMode(c) == QHeaderView::Stretch)
                message = c;
        QVERIFY(message >= 0);
        Q_UNUSED(col);
        for (int r = 0; r < findings->model()->rowCount(); ++r) {
            const QString text = findings->model()->index(r, message).data().toString();
            const int width = findings->columnWidth(message) - 8;
            const QRect need =
                findings->fontMetrics().boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
            const QString what = QStringLiteral("row %1: %2 px for %3 px of text")
                                     .arg(r)
                                     .arg(findings->rowHeight(r))
                                     .arg(need.height());
            // As tall as the wrapped text, and not a screenful of blank space around it (rows are
            // measured again once the layout has settled).
            QTRY_VERIFY2(findings->rowHeight(r) >= need.height() &&
                             findings->rowHeight(r) <=
                                 need.height() + 2 * findings->fontMetrics().lineSpacing() + 12,
                         qPrintable(what));
        }
        shot("explain-findings-1280x720");
        m_page->tabs()->setCurrentIndex(0);
    }

    // `pgdba PLANFILE` and `pgdba --plan FILE` open the plan in the Explain page: in screenshot
    // mode the window is grabbed once the page has the plan (exit 0), or after 60 s without
    // it (exit 1). A name that is neither a command nor a file is refused.
    void commandLineOpensPlanFiles() {
        const QString plan = fixture("hash_join.txt");
        for (const QStringList &args :
             {QStringList{plan}, QStringList{QStringLiteral("--plan"), fixture("hash_join.json")}}) {
            const QString png = m_dir.filePath(QStringLiteral("cli-%1.png").arg(args.size()));
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGDBA_NO_KEYRING"), QStringLiteral("1"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                    args + QStringList{QStringLiteral("--page"), QStringLiteral("explain"),
                                       QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                                       QStringLiteral("1280x720")});
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            QVERIFY(QImage(png).width() == 1280);
        }
        QProcess bad;
        bad.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                  {m_dir.filePath(QStringLiteral("missing.json"))});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 64);
    }
};

QTEST_MAIN(TestExplainReadable)
#include "tst_explainreadable.moc"
