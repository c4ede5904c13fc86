#pragma once

#include <QStringList>

#include <qcoro/qcorotask.h>

namespace cli {

// `pgdba server add NAME --dsn DSN [--group G] | list [--json] | remove NAME`: the saved servers,
// the same list (core::ProfileStore) the window shows. A password in the DSN goes to the keyring,
// never to the settings file; without a keyring the command refuses and points at ~/.pgpass.
// Exit codes: 0 done, 1 no such server / a server of that name exists, 2 the DSN cannot be read or
// its password cannot be kept, 64 bad usage.
QCoro::Task<int> runServer(QStringList args);

} // namespace cli
