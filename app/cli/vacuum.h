#pragma once

#include <QJsonObject>
#include <QStringList>
#include <qcoro/qcorotask.h>

namespace vacuum {
struct VacuumSnapshot;
}

namespace cli {

// `pgdba vacuum --dsn DSN [--json] [--limit N]`: running maintenance, xmin horizon holders,
// tables closest to autovacuum, bloat.
QCoro::Task<int> runVacuum(QStringList args);

QString vacuumText(const vacuum::VacuumSnapshot &s);
// Stable fields: {"running": [{pid, relation, phase, progress, kind, done, total, unit}],
// "horizon": [{kind, pid_or_name, age_xids, age_s, action}], "tables": [{relation,
// dead_tuples, threshold, freeze_age, ...}], "bloat": [...], "workers": {...}}.
QJsonObject vacuumJson(const vacuum::VacuumSnapshot &s);

} // namespace cli
