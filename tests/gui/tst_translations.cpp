// The Russian translation: translations/pgdba_ru.ts is complete and current (every message of
// app/ and ui/ translated, every plural with its three Russian forms, the same placeholders),
// every page in Russian at 1280x720 shows no text that does not fit, and the CLI speaks Russian
// under LANG=ru_RU.UTF-8.
#include "sandbox.h"
#include "testutil.h"

#include "connectdialog.h"
#include "core/language.h"
#include "core/profilestore.h"
#include "core/workspace.h"
#include "mainwindow.h"
#include "page.h"
#include "pageregistry.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionComboBox>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QXmlStreamReader>

namespace {

const QString kTsFile = QStringLiteral(PGDBA_SOURCE_DIR "/translations/pgdba_ru.ts");

QSet<QString> placeholders(const QString &s) {
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QSet<QString> out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

// Every problem of a .ts file, one line each: "context | source: what is wrong".
QStringList tsProblems(const QString &path, int *messages) {
    QStringList problems;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot open ") + path};
    QXmlStreamReader x(&f);
    QString context, source;
    bool numerus = false;
    QStringList forms;
    QString translation, type;
    *messages = 0;
    auto name = [&]() -> QString { return context + QStringLiteral(" | ") + source.left(70); };
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            const auto n = x.name();
            if (n == u"name") {
                context = x.readElementText();
            } else if (n == u"message") {
                numerus = x.attributes().value(QLatin1String("numerus")) == u"yes";
                forms.clear();
                translation.clear();
                source.clear();
            } else if (n == u"source") {
                source = x.readElementText();
            } else if (n == u"translation") {
                type = x.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    translation = x.readElementText();
            } else if (n == u"numerusform") {
                forms << x.readElementText();
            }
        } else if (x.isEndElement() && x.name() == u"message") {
            ++*messages;
            if (!type.isEmpty())
                problems << name() + QStringLiteral(": translation is ") + type;
            const QStringList texts = numerus ? forms : QStringList{translation};
            if (numerus && forms.size() != 3)
                problems << name() + QStringLiteral(": %1 plural forms, Russian needs 3").arg(forms.size());
            for (const QString &t : texts) {
                if (t.trimmed().isEmpty()) {
                    problems << name() + QStringLiteral(": empty translation");
                } else if (placeholders(t) != placeholders(source)) {
                    problems << name() + QStringLiteral(": placeholders differ in \"%1\"").arg(t.left(70));
                }
            }
        }
    }
    if (x.hasError())
        problems << path + QStringLiteral(": ") + x.errorString();
    return problems;
}

QString lupdatePath() {
    const QString bin = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    if (QFileInfo(bin).isExecutable())
        return bin;
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

int lineAdvance(const QFontMetrics &fm, const QString &text) {
    int w = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

// The width a label's text needs on one line per paragraph (plain or rich text).
int labelTextWidth(const QLabel *l) {
    const QString text = l->text();
    const bool rich =
        l->textFormat() == Qt::RichText || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (rich) {
        QTextDocument doc;
        doc.setDefaultFont(l->font());
        doc.setDocumentMargin(0);
        doc.setHtml(text);
        return int(std::ceil(doc.idealWidth()));
    }
    QString t = text;
    t.remove(QLatin1Char('&')); // a buddy's mnemonic is not drawn
    return lineAdvance(l->fontMetrics(), t);
}

QString describe(const QWidget *w, const QString &text) {
    QString name = w->objectName();
    if (name.isEmpty())
        name = QString::fromLatin1(w->metaObject()->className());
    return QStringLiteral("%1 \"%2\"").arg(name, text.left(60).simplified());
}

// Texts on a visible widget tree that do not fit their widget.
QStringList cutTexts(QWidget *root) {
    QStringList out;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            continue;
        if (auto *l = qobject_cast<QLabel *>(w)) {
            if (l->wordWrap() || l->text().isEmpty() || l->hasScaledContents())
                continue;
            const int avail = l->contentsRect().width() - 2 * l->margin() - std::max(0, l->indent());
            const int need = labelTextWidth(l);
            if (need > avail + 1)
                out << describe(l, l->text()) +
                           QStringLiteral(": label needs %1 px, has %2").arg(need).arg(avail);
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            if (b->text().isEmpty())
                continue;
            if (auto *tb = qobject_cast<QToolButton *>(b);
                tb && tb->toolButtonStyle() == Qt::ToolButtonIconOnly)
                continue;
            if (b->sizeHint().width() > b->width() + 1)
                out << describe(b, b->text()) + QStringLiteral(": button needs %1 px, has %2")
                                                    .arg(b->sizeHint().width())
                                                    .arg(b->width());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            // A tab bar shows all its tabs (the window's pages are a list on the left, see below).
            if (tabs->count() > 0 && tabs->tabRect(tabs->count() - 1).right() > tabs->width())
                out << describe(tabs, tabs->tabText(tabs->count() - 1)) +
                           QStringLiteral(": tabs need %1 px, have %2")
                               .arg(tabs->tabRect(tabs->count() - 1).right())
                               .arg(tabs->width());
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabVisible(i))
                    continue;
                const int need =
                    tabs->fontMetrics().horizontalAdvance(tabs->tabText(i).remove(QLatin1Char('&'))) +
                    (tabs->tabIcon(i).isNull() ? 0 : tabs->iconSize().width() + 4);
                if (need > tabs->tabRect(i).width())
                    out << describe(tabs, tabs->tabText(i)) + QStringLiteral(": tab needs %1 px, has %2")
                                                                  .arg(need)
                                                                  .arg(tabs->tabRect(i).width());
            }
        } else if (auto *h = qobject_cast<QHeaderView *>(w)) {
            // Column titles: a narrow section elides its title ("Ожид…").
            if (h->orientation() != Qt::Horizontal || !h->model())
                continue;
            QStyleOptionHeader opt;
            opt.initFrom(h);
            const int margin = 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, &opt, h);
            const int mark = h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, &opt, h) + margin / 2;
            for (int i = 0; i < h->count(); ++i) {
                if (h->isSectionHidden(i) || h->sectionSize(i) <= 0)
                    continue;
                const QString t = h->model()->headerData(i, Qt::Horizontal, Qt::DisplayRole).toString();
                if (t.isEmpty())
                    continue;
                QFont f = h->font();
                if (const QVariant fv = h->model()->headerData(i, Qt::Horizontal, Qt::FontRole); fv.isValid())
                    f = fv.value<QFont>();
                const int need = lineAdvance(QFontMetrics(f), t) + margin +
                                 (h->isSortIndicatorShown() && h->sortIndicatorSection() == i ? mark : 0);
                if (need > h->sectionSize(i) + 1)
                    out << describe(h, t) + QStringLiteral(": column title needs %1 px, has %2")
                                                .arg(need)
                                                .arg(h->sectionSize(i));
            }
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            const int need = g->fontMetrics().horizontalAdvance(g->title().remove(QLatin1Char('&'))) +
                             (g->isCheckable() ? 20 : 0);
            if (!g->title().isEmpty() && need > g->width())
                out << describe(g, g->title()) +
                           QStringLiteral(": group title needs %1 px, has %2").arg(need).arg(g->width());
        } else if (auto *c = qobject_cast<QComboBox *>(w)) {
            if (c->isEditable() || c->currentText().isEmpty())
                continue;
            QStyleOptionComboBox opt;
            opt.initFrom(c);
            opt.editable = false;
            const int field = c->style()
                                  ->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, c)
                                  .width();
            const int need = c->fontMetrics().horizontalAdvance(c->currentText()) +
                             (c->itemIcon(c->currentIndex()).isNull() ? 0 : c->iconSize().width() + 4);
            if (need > field)
                out << describe(c, c->currentText()) +
                           QStringLiteral(": combo box text needs %1 px, has %2").arg(need).arg(field);
        }
    }
    return out;
}

// The text widgets of a page that reach past the given width (what a too wide page hides).
QString beyondEdge(QWidget *page, int width) {
    QStringList names;
    const auto widgets = page->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(page) || w->mapTo(page, QPoint(w->width(), 0)).x() <= width)
            continue;
        if (auto *l = qobject_cast<QLabel *>(w); l && !l->text().isEmpty())
            names << describe(l, l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
            names << describe(b, b->text());
        else if (auto *c = qobject_cast<QComboBox *>(w))
            names << describe(c, c->currentText());
    }
    return names.mid(0, 6).join(QStringLiteral(", "));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        QCoreApplication::setOrganizationName(QStringLiteral("pgdba-test"));
        QCoreApplication::setApplicationName(QStringLiteral("pgdba-test"));
    }

    void cleanupTestCase() { core::language::apply(QStringLiteral("en")); }

    // (a) The shipped file: nothing unfinished or empty, three forms for every plural.
    void tsFileIsComplete() {
        int messages = 0;
        const QStringList problems = tsProblems(kTsFile, &messages);
        QVERIFY2(messages > 2000, qPrintable(QString::number(messages)));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems in %2:\n").arg(problems.size()).arg(kTsFile) +
                            problems.mid(0, 40).join(QLatin1Char('\n'))));
    }

    // (a) ... and current: lupdate over today's sources adds no message left untranslated (a
    // string added to the code without running update_translations fails here, named).
    void tsFileIsCurrent() {
        const QString lupdate = lupdatePath();
        QVERIFY2(!lupdate.isEmpty(), "lupdate not found (package qt6-l10n-tools)");
        const QString copy = m_dir.filePath(QStringLiteral("pgdba_ru.ts"));
        QVERIFY(QFile::copy(kTsFile, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList args{QStringLiteral("-silent"), QStringLiteral("-locations"),
                         QStringLiteral("none"),    QStringLiteral("-no-obsolete"),
                         QStringLiteral("-I"),      QStringLiteral(PGDBA_SOURCE_DIR "/app"),
                         QStringLiteral("-I"),      QStringLiteral(PGDBA_SOURCE_DIR "/ui")};
        for (const QString &dir :
             {QStringLiteral(PGDBA_SOURCE_DIR "/app"), QStringLiteral(PGDBA_SOURCE_DIR "/ui")}) {
            QDirIterator it(dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                args << it.next();
        }
        args << QStringLiteral("-ts") << copy;
        QProcess p;
        p.start(lupdate, args);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        int messages = 0;
        const QStringList problems = tsProblems(copy, &messages);
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(QStringLiteral("translations/pgdba_ru.ts is behind the sources (run cmake --build "
                                      "--preset asan --target update_translations, then translate):\n") +
                       problems.mid(0, 40).join(QLatin1Char('\n'))));
    }

    // No private tr() shim: lupdate cannot tell its context, so its strings would stay English.
    void noPrivateTrShims() {
        static const QRegularExpression shim(QStringLiteral("QString\\s+tr\\s*\\(|auto\\s+tr\\s*=\\s*\\["));
        QStringList found;
        for (const QString &dir :
             {QStringLiteral(PGDBA_SOURCE_DIR "/app"), QStringLiteral(PGDBA_SOURCE_DIR "/ui")}) {
            QDirIterator it(dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                if (shim.match(QString::fromUtf8(f.readAll())).hasMatch())
                    found << f.fileName();
            }
        }
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("use Q_DECLARE_TR_FUNCTIONS instead of a tr() shim in:\n") +
                            found.join(QLatin1Char('\n'))));
    }

    // The .qm is embedded and loads; Russian numbers through QLocale.
    void russianLoads() {
        QVERIFY(core::language::apply(QStringLiteral("ru")));
        QCOMPARE(core::language::current(), QStringLiteral("ru"));
        QCOMPARE(QCoreApplication::translate("main", "pgdba: a PostgreSQL DBA console."),
                 QStringLiteral("pgdba: консоль администратора PostgreSQL."));
        QCOMPARE(QCoreApplication::translate("ui::ExplainPage", "%n node(s)", nullptr, 1),
                 QStringLiteral("1 узел"));
        QCOMPARE(QCoreApplication::translate("ui::ExplainPage", "%n node(s)", nullptr, 3),
                 QStringLiteral("3 узла"));
        QCOMPARE(QCoreApplication::translate("ui::ExplainPage", "%n node(s)", nullptr, 11),
                 QStringLiteral("11 узлов"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1\u00a0234,5"));
        // Qt's own strings (qtbase_ru.qm) come along.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
        QVERIFY(!core::language::apply(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("main", "pgdba: a PostgreSQL DBA console."),
                 QStringLiteral("pgdba: a PostgreSQL DBA console."));
    }

    // View > Language: System / English / Русский, saved, applied at the next start.
    void languageMenuSavesTheChoice() {
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles-menu.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        auto *system = w.findChild<QAction *>(QStringLiteral("actionLanguage_system"));
        auto *english = w.findChild<QAction *>(QStringLiteral("actionLanguage_en"));
        auto *russian = w.findChild<QAction *>(QStringLiteral("actionLanguage_ru"));
        QVERIFY(system && english && russian);
        QVERIFY(system->isChecked());                          // nothing saved yet: follows the system
        QCOMPARE(russian->text(), QStringLiteral("&Русский")); // its own name, with a keyboard path
        russian->trigger();
        QCOMPARE(core::language::savedChoice(), QStringLiteral("ru"));
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("restarted")),
                 qPrintable(w.statusBar()->currentMessage()));
        {
            ui::MainWindow again(&ws); // the next start shows the saved choice
            QVERIFY(again.findChild<QAction *>(QStringLiteral("actionLanguage_ru"))->isChecked());
        }
        system->trigger();
        QCOMPARE(core::language::savedChoice(), QString());
    }

    // (b) Every page in Russian at 1280x720, connected to the sandbox: no text cut.
    void everyPageFitsInRussian() {
        QVERIFY(core::language::apply(QStringLiteral("ru")));
        core::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!QCoro::waitFor(w.connectDsn(sandbox::dsn(), QStringLiteral("Песочница"))));
        QStringList problems;
        for (const auto &f : ui::pageFactories()) {
            QVERIFY2(w.showPage(f.id), qPrintable(f.id));
            ui::Page *page = w.page(f.id);
            QVERIFY(page);
            testutil::waitUntil([&] { return page->hasData(); }, 8000); // some pages show no server data
            testutil::settle();
            for (const QString &p : cutTexts(&w))
                problems << f.id + QStringLiteral(": ") + p;
            // The page itself fits the window: no horizontal scrolling because of longer texts.
            for (QWidget *p = page->parentWidget(); p; p = p->parentWidget()) {
                if (auto *area = qobject_cast<QScrollArea *>(p)) {
                    if (area->horizontalScrollBar()->isVisible())
                        problems << f.id + QStringLiteral(": the page needs %1 px, the window gives it %2; "
                                                          "cut at the window's edge: %3")
                                               .arg(page->minimumSizeHint().width())
                                               .arg(area->viewport()->width())
                                               .arg(beyondEdge(page, area->viewport()->width()));
                    break;
                }
            }
            w.grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-ru-%1.png").arg(f.id));
        }
        // Every page's name is in the page list without scrolling.
        auto *pageList = w.findChild<QListWidget *>(QStringLiteral("pageList"));
        QVERIFY(pageList);
        QCOMPARE(pageList->count(), int(ui::pageFactories().size()));
        if (pageList->verticalScrollBar()->isVisible() || pageList->horizontalScrollBar()->isVisible())
            problems << QStringLiteral("the page list scrolls: %1 pages in %2 px")
                            .arg(pageList->count())
                            .arg(pageList->viewport()->height());
        // The connect dialog at its own size.
        auto *dialog = w.newConnection();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        testutil::settle();
        for (const QString &p : cutTexts(dialog))
            problems << QStringLiteral("connect dialog: ") + p;
        dialog->grab().save(QStringLiteral(PGDBA_BINARY_DIR "/screenshot-ru-connectdialog.png"));
        dialog->close();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 texts do not fit:\n").arg(problems.size()) +
                            problems.join(QLatin1Char('\n'))));
    }

    // (c) The CLI follows LANG (and --lang).
    void cliSpeaksRussian() {
        const QString exe = QStringLiteral(PGDBA_BINARY_DIR "/pgdba");
        QVERIFY2(QFileInfo(exe).isExecutable(), "build the pgdba target first");
        auto run = [&](const QStringList &args, const QString &lang) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const char *k : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
                env.remove(QString::fromLatin1(k));
            env.insert(QStringLiteral("LANG"), lang);
            p.setProcessEnvironment(env);
            p.start(exe, args);
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        };
        const QString help = run({QStringLiteral("--help")}, QStringLiteral("ru_RU.UTF-8"));
        QVERIFY2(help.contains(QStringLiteral("Использование: pgdba")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("Вывести сеансы сервера (pg_stat_activity)")),
                 qPrintable(help));
        const QString english = run({QStringLiteral("--help")}, QStringLiteral("C.UTF-8"));
        QVERIFY2(english.contains(QStringLiteral("Usage: pgdba")), qPrintable(english));
        const QString forced = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("ru")},
                                   QStringLiteral("C.UTF-8"));
        QVERIFY2(forced.contains(QStringLiteral("Использование: pgdba")), qPrintable(forced));
        // A subcommand's --help: our descriptions and Qt's own words.
        const QString activity =
            run({QStringLiteral("activity"), QStringLiteral("--help")}, QStringLiteral("ru_RU.UTF-8"));
        QVERIFY2(activity.contains(QStringLiteral("Показать также простаивающие сеансы")),
                 qPrintable(activity));
        QVERIFY2(activity.contains(QStringLiteral("Параметры:")), qPrintable(activity));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
