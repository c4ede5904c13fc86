#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {
// pgdba cancel --dsn DSN PID... [--terminate-after N [--yes]]
QCoro::Task<int> runCancel(QStringList args);
// pgdba terminate --dsn DSN PID... [--yes]
QCoro::Task<int> runTerminate(QStringList args);
} // namespace cli
