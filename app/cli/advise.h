#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {

// `pgdba advise --dsn DSN [--top N] [--max-indexes K] [--json] [--write-migration DIR
// [--include-drops]] [--store S]`: the workload index advisor (advisor/advisor.h) on the DSN's
// database: indexes to create (HypoPG-costed, with the statements they help) and to drop.
// --write-migration writes the created ones (and, with --include-drops, the drops) as the next
// migration of DIR, for `pgdba migrate up --dir DIR` or the wizard.
// Exit codes: 0 done, 1 the run failed, 2 connection error, 3 a prerequisite is missing (HypoPG,
// pg_stat_statements; the fix is printed), 4 the migration could not be written, 64 bad usage.
QCoro::Task<int> runAdvise(QStringList args);

} // namespace cli
