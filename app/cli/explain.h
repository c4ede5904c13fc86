#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {
// pgdba explain --dsn DSN --query SQL [--analyze] [--buffers] ... | --input FILE; --output text|json
QCoro::Task<int> runExplain(QStringList args);
} // namespace cli
