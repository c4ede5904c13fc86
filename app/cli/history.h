#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace history {
class Store;
}

namespace cli {

// `pgdba history [--store S] [--server NAME] [--from T] [--to T] --by wait|query|user|application|
// database|client|class [--top N] [--json]`: who and what was active in a window of the recorded
// session history (average active sessions). `pgdba history incidents ...`: the lock incidents.
// T is an ISO time (local unless it names an offset) or relative to now (-15m, -2h, now).
// Exit codes: 0 done, 2 no such server in the store, 4 the store cannot be opened, 64 bad usage.
QCoro::Task<int> runHistory(QStringList args);

// Opens the history store a --store option names: an SQLite file, a PostgreSQL DSN (a team
// store), or empty for the GUI's own store. Also used by `pgdba report`.
bool openHistoryStore(history::Store &store, const QString &spec);

} // namespace cli
