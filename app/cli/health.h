#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {
// pgdba health: the health checks; exit 2 when a check is critical (for cron), 3 when the
// checks could not run.
QCoro::Task<int> runHealth(QStringList args);
} // namespace cli
