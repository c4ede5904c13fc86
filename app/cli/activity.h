#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {
// pgdba activity --dsn DSN [--all] [--json]
QCoro::Task<int> runActivity(QStringList args);
} // namespace cli
