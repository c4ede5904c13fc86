#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {
// pgdba statements --dsn DSN [--top N] [--sort total|mean|calls|io] [--since 5m] [--json]
QCoro::Task<int> runStatements(QStringList args);
// "90" / "90s" / "5m" / "1h" -> milliseconds; -1 when not a duration.
qint64 parseDurationMs(const QString &text);
} // namespace cli
