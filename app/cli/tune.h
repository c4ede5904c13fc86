#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {
// pgdba tune: the configuration advisor (offline, or compared with a server via --dsn).
QCoro::Task<int> runTune(QStringList args);
} // namespace cli
