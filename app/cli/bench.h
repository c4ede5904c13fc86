#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {
// pgdba bench --dsn DSN --scenario S --couriers N --duration 30s [--json]
QCoro::Task<int> runBench(QStringList args);
} // namespace cli
