#include "cli/command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace cli {

const Command *findCommand(const QString &name) {
    for (const auto &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

void addDsnOption(QCommandLineParser &p) {
    p.addOption({QStringLiteral("dsn"),
                 QCoreApplication::translate("cli", "Connection URI or conninfo string; PG* variables, "
                                                    "~/.pgpass and pg_service.conf apply as in psql."),
                 QStringLiteral("DSN")});
}

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

QString exitCodesHelp(const QString &command) {
    const QString c = command.section(QLatin1Char(' '), 0, 0);
    if (c == QLatin1String("explain") || c == QLatin1String("migrate"))
        return {}; // their descriptions list their own
    if (c == QLatin1String("health"))
        return Tr::tr("Exit codes: 0 nothing critical; 2 a check is critical; 3 the checks could not run "
                      "(connection, privilege); 64 bad arguments.");
    if (c == QLatin1String("cancel") || c == QLatin1String("terminate"))
        return Tr::tr(
            "Exit codes: 0 every session signalled; 1 refused, not permitted or not done; 2 connection "
            "error; 64 bad arguments.");
    return Tr::tr("Exit codes: 0 done; 1 the command ran but failed; 2 connection or server error; 64 bad "
                  "arguments.");
}

bool parseArgs(QCommandLineParser &p, const QString &command, const QStringList &args, int *code) {
    p.addHelpOption();
    QStringList full = args;
    full.prepend(QStringLiteral("pgdba ") + command);
    if (!p.parse(full)) {
        err(p.errorText());
        *code = 64;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        const QString codes = exitCodesHelp(command);
        out(codes.isEmpty() ? p.helpText() : p.helpText() + QLatin1Char('\n') + codes);
        *code = 0;
        return false;
    }
    // A command that declares no positional arguments takes none: a stray word is a typo,
    // not something to ignore ("Arguments:" is how the help lists declared ones).
    if (!p.positionalArguments().isEmpty() && !p.helpText().contains(QLatin1String("\nArguments:"))) {
        err(QCoreApplication::translate("cli", "pgdba %1: unexpected argument \"%2\" (see --help).")
                .arg(command, p.positionalArguments().first()));
        *code = 64;
        return false;
    }
    return true;
}

void out(const QString &text) {
    const QByteArray b = text.toUtf8() + '\n';
    fwrite(b.constData(), 1, size_t(b.size()), stdout);
    fflush(stdout);
}

void err(const QString &text) {
    const QByteArray b = text.toUtf8() + '\n';
    fwrite(b.constData(), 1, size_t(b.size()), stderr);
    fflush(stderr);
}

QString jsonText(const QJsonDocument &doc) {
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace cli
