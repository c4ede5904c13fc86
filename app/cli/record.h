#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {

// `pgdba record --dsn DSN [--store PATH|DSN] [--interval 1s] [--duration D] [--name SERVER]`:
// the collectors headless, writing to the history store (record::Recorder). Exit codes:
// 0 stopped (SIGTERM/SIGINT or the duration), 2 bad DSN or unknown server name, 3 another
// recorder holds the store's lock for this server, 4 the store cannot be opened, 64 bad usage.
QCoro::Task<int> runRecord(QStringList args);

} // namespace cli
