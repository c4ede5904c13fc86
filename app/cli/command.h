#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

#include <qcoro/qcorotask.h>

class QCommandLineParser;

namespace pg {
class ConnInfo;
}
namespace ssh {
struct Route;
}

namespace cli {

// A headless subcommand: `pgdba <name> [options]`. The function gets the arguments after
// the command name and returns the process exit code.
struct Command {
    QString name;
    QString summary;
    std::function<QCoro::Task<int>(QStringList args)> run;
};

// The one registration point for subcommands (commands.cpp).
const QList<Command> &commands();
const Command *findCommand(const QString &name);

// Shared helpers for commands.
// --dsn plus --ssh user@host[:port], --ssh-key FILE, --ssh-jump user@host[:port].
void addDsnOption(QCommandLineParser &p);
// Only the --ssh options (the GUI has its own --dsn), and the route they give: nullopt with
// *error when they do not parse, an unset route when --ssh is not given.
void addSshOptions(QCommandLineParser &p);
std::optional<ssh::Route> sshRoute(const QCommandLineParser &p, QString *error);
// The connection the options name: --dsn, through the SSH tunnel when --ssh is given.
pg::ConnInfo connInfo(const QCommandLineParser &p);
// Parses args (program name prepended); prints errors/help itself. False: exit with *code.
bool parseArgs(QCommandLineParser &p, const QString &command, const QStringList &args, int *code);
void out(const QString &text); // stdout, newline added
void err(const QString &text); // stderr, newline added
QString jsonText(const class QJsonDocument &doc);

} // namespace cli
