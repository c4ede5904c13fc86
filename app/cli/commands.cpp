// The one registration point for `pgdba <command>`: add a line per command.
#include "cli/command.h"
#include "cli/ping.h"

#include <QCoreApplication>

namespace cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("ping"), QCoreApplication::translate("cli", "Connect and print server facts and round trip"), runPing},
    };
    return list;
}

} // namespace cli
