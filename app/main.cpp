// pgdba: a subcommand (`pgdba ping --dsn ...`) runs headless; anything else is the GUI.
#include "cli/argvsecrets.h"
#include "cli/command.h"
#include "core/language.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include "gui.h"

#include <cstdio>
#include <cstring>

#include <sys/stat.h>

namespace {
// The summaries are built on first use, possibly before a translator is installed: translate
// the (English) source text again here.
QString summary(const cli::Command &c) {
    return QCoreApplication::translate("cli", c.summary.toUtf8().constData());
}
} // namespace

int main(int argc, char **argv) {
    // Files pgdba writes (settings, history, audit log, exports) are its user's alone.
    ::umask(077);
    // A password given in --dsn must not show in `ps` (use ~/.pgpass, PGPASSWORD or the keyring).
    argv = cli::hidePasswordsInArgv(argc, argv);
    if (argc > 1 && argv[1][0] != '-') {
        if (const cli::Command *cmd = cli::findCommand(QString::fromLocal8Bit(argv[1]))) {
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("pgdba"));
            QCoreApplication::setOrganizationName(QStringLiteral("pgdba"));
            QCoreApplication::setApplicationVersion(QStringLiteral(PGDBA_VERSION));
            QStringList args = QCoreApplication::arguments().mid(2);
            core::language::apply(core::language::takeOption(args));
            int code = 0;
            QTimer::singleShot(0, &app, [&] {
                cmd->run(args).then([&](int c) {
                    code = c;
                    QCoreApplication::exit(c);
                });
            });
            app.exec();
            return code;
        }
        // `pgdba PLANFILE`: a plan file to show in the Explain page.
        if (QFileInfo(QString::fromLocal8Bit(argv[1])).isFile())
            return ui::runGui(argc, argv);
        QCoreApplication app(argc, argv);
        core::language::apply(core::language::findOption(argc, argv));
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "pgdba: unknown command '%1'. Commands:")
                                    .arg(QString::fromLocal8Bit(argv[1]))));
        for (const auto &c : cli::commands())
            std::fprintf(stderr, "  %-12s %s\n", qPrintable(c.name), qPrintable(summary(c)));
        return 64;
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("pgdba %s\n", PGDBA_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            QCoreApplication app(argc, argv);
            core::language::apply(core::language::findOption(argc, argv));
            std::printf(
                "%s",
                qPrintable(QCoreApplication::translate(
                    "main",
                    "Usage: pgdba [--dsn DSN] [--page NAME] [--screenshot FILE [--size WxH]] [PLANFILE]\n"
                    "       pgdba <command> [options]   (pgdba <command> --help for details)\n\n"
                    "pgdba: a PostgreSQL DBA console.\n\nOptions:\n"
                    "  --dsn DSN          connect at start (URI, conninfo or service; PG* variables apply)\n"
                    "  --ssh USER@HOST[:PORT]  with --dsn: through an SSH tunnel (--ssh-key FILE, --ssh-jump "
                    "USER@HOST)\n"
                    "  --page NAME        page to show\n"
                    "  --plan FILE        show a plan file (JSON or text) in the Explain page\n"
                    "  PLANFILE           the same as --plan PLANFILE\n"
                    "  --screenshot FILE  render the window offscreen to a PNG once data arrived, then exit\n"
                    "  --size WxH         window size for --screenshot (default 1400x860)\n"
                    "  --lang LANG        language: en, ru (default: the system locale, LANG/LC_MESSAGES)\n"
                    "  --version          print the version\n\nCommands:\n")));
            for (const auto &c : cli::commands())
                std::printf("  %-12s %s\n", qPrintable(c.name), qPrintable(summary(c)));
            return 0;
        }
    }
    return ui::runGui(argc, argv);
}
