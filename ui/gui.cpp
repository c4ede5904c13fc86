#include "gui.h"

#include "cli/command.h"
#include "core/language.h"
#include "core/profilestore.h"
#include "core/workspace.h"
#include "mainwindow.h"
#include "page.h"
#include "ssh/route.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace ui {

namespace {
bool hasArg(int argc, char **argv, const char *name) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return true;
    return false;
}
} // namespace

int runGui(int argc, char **argv) {
    const bool screenshot = hasArg(argc, argv, "--screenshot");
    std::unique_ptr<QTemporaryDir> scratch;
    if (screenshot) {
        // Rendered offscreen, with settings, data and cache in a scratch folder: a screenshot
        // neither changes nor reads what the user (or another screenshot) saved. Test mode alone
        // put QSettings in ~/.qttest, shared by every run: one with a plan file saved "last page:
        // Explain", and the next screenshot of a server showed Explain, waited for data 60 s and
        // failed (scripts/demo --screenshot after scripts/test).
        qputenv("QT_QPA_PLATFORM", "offscreen");
        scratch = std::make_unique<QTemporaryDir>();
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
            qputenv("XDG_RUNTIME_DIR", scratch->path().toLocal8Bit());
        const QString config = scratch->filePath(QStringLiteral("config"));
        qputenv("XDG_CONFIG_HOME", config.toLocal8Bit());
        qputenv("XDG_DATA_HOME", scratch->filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", scratch->filePath(QStringLiteral("cache")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pgdba"));
    QApplication::setOrganizationName(QStringLiteral("pgdba"));
    QApplication::setApplicationVersion(QStringLiteral(PGDBA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pgdba.svg")));
    // The language: --lang, else the View > Language choice (not for a screenshot), else the system.
    QString lang = core::language::findOption(argc, argv);
    if (lang.isEmpty() && !screenshot)
        lang = core::language::savedChoice();
    core::language::apply(lang);

    QCommandLineParser p;
    p.setApplicationDescription(QApplication::translate("main", "pgdba: a PostgreSQL DBA console."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("dsn"), QApplication::translate("main", "Connect to this server at start."),
                 QStringLiteral("DSN")});
    cli::addSshOptions(p); // --ssh user@host[:port], --ssh-key, --ssh-jump for --dsn
    p.addOption({QStringLiteral("screenshot"),
                 QApplication::translate(
                     "main", "Render the window offscreen to a PNG once data has arrived, then exit."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("page"),
                 QApplication::translate("main", "Page to show (overview, activity, ...)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("plan"),
                 QApplication::translate("main", "Show a plan file (JSON or text) in the Explain page."),
                 QStringLiteral("FILE")});
    p.addPositionalArgument(QStringLiteral("PLANFILE"),
                            QApplication::translate("main", "A plan file to show (as --plan)."),
                            QStringLiteral("[PLANFILE]"));
    p.addOption({QStringLiteral("appearance"),
                 QApplication::translate("main", "Light or dark for this run: system, light or dark."),
                 QStringLiteral("MODE")});
    p.addOption({QStringLiteral("lang"),
                 QApplication::translate("main", "Language: en, ru (default: the system locale)."),
                 QStringLiteral("LANG")});
    p.addOption({QStringLiteral("size"), QApplication::translate("main", "Window size for --screenshot."),
                 QStringLiteral("WxH"), QStringLiteral("1400x860")});
    p.process(app);
    // Light/dark from the desktop (asynchronously, through the appearance portal) or the
    // settings; installed before any window so every widget starts with the right palette.
    auto *theme = new Theme(&app);
    if (p.isSet(QStringLiteral("appearance"))) {
        const QString mode = p.value(QStringLiteral("appearance"));
        if (mode != QLatin1String("system") && mode != QLatin1String("light") &&
            mode != QLatin1String("dark")) {
            std::fprintf(stderr, "pgdba: --appearance takes system, light or dark\n");
            return 64;
        }
        theme->setMode(mode == QLatin1String("dark")    ? Theme::Mode::Dark
                       : mode == QLatin1String("light") ? Theme::Mode::Light
                                                        : Theme::Mode::System,
                       false);
    }
    QString sshError;
    const std::optional<ssh::Route> sshRoute = cli::sshRoute(p, &sshError);
    if (!sshRoute || !sshError.isEmpty()) {
        std::fprintf(stderr, "pgdba: %s\n", qPrintable(sshError));
        return 64;
    }

    QString settingsFile;
    if (screenshot)
        settingsFile = QDir(scratch->path()).filePath(QStringLiteral("pgdba.ini"));
    core::ProfileStore profiles(settingsFile);
    core::Workspace workspace(&profiles);
    MainWindow w(&workspace);
    if (p.isSet(QStringLiteral("page")) && !w.showPage(p.value(QStringLiteral("page")))) {
        std::fprintf(stderr, "pgdba: unknown page '%s'; pages: %s\n",
                     qPrintable(p.value(QStringLiteral("page"))),
                     qPrintable(w.pageIds().join(QStringLiteral(", "))));
        return 64;
    }
    if (screenshot) {
        const QStringList size = p.value(QStringLiteral("size")).split(QLatin1Char('x'));
        w.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1400,
                 size.value(1).toInt() > 0 ? size.value(1).toInt() : 860);
    }
    w.show();
    if (p.isSet(QStringLiteral("dsn")))
        w.connectDsn(p.value(QStringLiteral("dsn")), {}, *sshRoute);
    const QString planFile =
        p.isSet(QStringLiteral("plan")) ? p.value(QStringLiteral("plan")) : p.positionalArguments().value(0);
    if (!planFile.isEmpty()) {
        if (!QFileInfo(planFile).isFile()) {
            std::fprintf(stderr, "pgdba: %s is not a file\n", qPrintable(planFile));
            return 64;
        }
        w.openPlanFile(planFile);
    }
    if (!screenshot)
        return app.exec();

    // Screenshot mode: wait for the page's first data (or a failure), let charts paint, grab.
    const QString file = p.value(QStringLiteral("screenshot"));
    int exitCode = 0;
    auto grab = [&] {
        const bool ok = w.grab().save(file);
        if (!ok)
            std::fprintf(stderr, "pgdba: could not write %s\n", qPrintable(file));
        exitCode = ok ? exitCode : 1;
        app.quit();
    };
    auto armPage = [&] {
        Page *page = w.currentPage();
        if (!page)
            return;
        if (page->hasData())
            QTimer::singleShot(1500, &app, grab);
        else
            QObject::connect(
                page, &Page::dataArrived, &app, [&] { QTimer::singleShot(1500, &app, grab); },
                Qt::SingleShotConnection);
    };
    if (!planFile.isEmpty() && !p.isSet(QStringLiteral("dsn"))) {
        armPage(); // the Explain page has data once the plan is shown
    } else if (!p.isSet(QStringLiteral("dsn"))) {
        QTimer::singleShot(300, &app, grab);
    } else {
        QObject::connect(&w, &MainWindow::connectedChanged, &app, armPage);
        QObject::connect(&workspace, &core::Workspace::sessionStateChanged, &app, [&](const QString &id) {
            if (!workspace.session(id) || !workspace.lastError(id).isEmpty()) {
                exitCode = 2; // connection failed: still grab what the user would see
                QTimer::singleShot(300, &app, grab);
            }
        });
    }
    QTimer::singleShot(60000, &app, [&] {
        std::fprintf(stderr, "pgdba: no data after 60 s; saving what is shown\n");
        exitCode = 1;
        grab();
    });
    return app.exec() == 0 ? exitCode : 1;
}

} // namespace ui
