#include "cli/command.h"

#include "pg/conninfo.h"

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
    addSshOptions(p);
}

void addSshOptions(QCommandLineParser &p) {
    p.addOption(
        {QStringLiteral("ssh"),
         QCoreApplication::translate("cli", "Reach the server through an SSH tunnel via this host; the "
                                            "DSN's host is then as the SSH server sees it. The host key "
                                            "must be in ~/.ssh/known_hosts."),
         QStringLiteral("user@host[:port]")});
    p.addOption({QStringLiteral("ssh-key"),
                 QCoreApplication::translate("cli", "Private key for --ssh (default: the ssh-agent); its "
                                                    "passphrase from PGDBA_SSH_PASSPHRASE."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("ssh-jump"),
                 QCoreApplication::translate("cli", "A jump host in front of --ssh (like ssh -J)."),
                 QStringLiteral("user@host[:port]")});
}

std::optional<ssh::Route> sshRoute(const QCommandLineParser &p, QString *error) {
    const QStringList given = p.optionNames();
    if (!given.contains(QStringLiteral("ssh"))) {
        if (given.contains(QStringLiteral("ssh-key")) || given.contains(QStringLiteral("ssh-jump")))
            *error = QCoreApplication::translate("cli", "--ssh-key and --ssh-jump need --ssh user@host.");
        return ssh::Route();
    }
    auto route = ssh::Route::parse(p.value(QStringLiteral("ssh")), error);
    if (!route)
        return std::nullopt;
    route->keyFile = p.value(QStringLiteral("ssh-key"));
    route->keyPassphrase = qEnvironmentVariable("PGDBA_SSH_PASSPHRASE");
    if (given.contains(QStringLiteral("ssh-jump")) &&
        !route->setJump(p.value(QStringLiteral("ssh-jump")), error))
        return std::nullopt;
    return route;
}

pg::ConnInfo connInfo(const QCommandLineParser &p) {
    pg::ConnInfo info(p.value(QStringLiteral("dsn")));
    QString error;
    if (const auto route = sshRoute(p, &error))
        info.setSsh(*route);
    return info;
}

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

QString exitCodesHelp(const QString &command) {
    const QString c = command.section(QLatin1Char(' '), 0, 0);
    if (c == QLatin1String("explain") || c == QLatin1String("migrate") || c == QLatin1String("server") ||
        c == QLatin1String("fleet"))
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
    if (p.optionNames().contains(QStringLiteral("ssh")) ||
        p.optionNames().contains(QStringLiteral("ssh-key")) ||
        p.optionNames().contains(QStringLiteral("ssh-jump"))) {
        QString error;
        if (!sshRoute(p, &error) || !error.isEmpty()) {
            err(QCoreApplication::translate("cli", "pgdba %1: %2").arg(command, error));
            *code = 64;
            return false;
        }
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
