#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {
// pgdba migrate --dsn DSN [--dir DIR] status | up [VERSION] | down VERSION [--yes]
QCoro::Task<int> runMigrate(QStringList args);
} // namespace cli
