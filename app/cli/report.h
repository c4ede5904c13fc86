#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {

// `pgdba report --dsn DSN|--server NAME [--from T --to T] [--store S] --output FILE [--format html|pdf]`:
// one self-contained HTML file (or a PDF printed from it by headless Chromium) with the server's
// facts, health, configuration advice, top statements, the period's wait-event profile, lock
// incidents and alerts (from the history store), replication and vacuum state.
// Exit codes: 0 written, 2 the server cannot be reached, 3 the file cannot be written or printed,
// 64 bad usage.
QCoro::Task<int> runReport(QStringList args);

} // namespace cli
