#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {
// pgdba demo init|workload --dsn DSN ...
QCoro::Task<int> runDemo(QStringList args);
} // namespace cli
