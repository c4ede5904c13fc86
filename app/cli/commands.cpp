// The one registration point for `pgdba <command>`: add a line per command.
#include "cli/command.h"
#include "cli/locks.h"
#include "cli/ping.h"

#include <QCoreApplication>

namespace cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("ping"), QCoreApplication::translate("cli", "Connect and print server facts and round trip"), runPing},
        {QStringLiteral("locks"), QCoreApplication::translate("cli", "Print who blocks whom: the lock tree (--json for scripts)"), runLocks},
    };
    return list;
}

} // namespace cli
