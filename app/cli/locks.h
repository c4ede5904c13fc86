#pragma once

#include <QJsonObject>
#include <QStringList>
#include <qcoro/qcorotask.h>

namespace monitor {
class LockForest;
}

namespace cli {

// `pgdba locks --dsn DSN [--json]`: the lock forest as an indented tree, or as JSON.
QCoro::Task<int> runLocks(QStringList args);

// The forest as text, one block per session, children indented under their blocker.
QString lockTreeText(const monitor::LockForest &forest);
// The forest as JSON with stable field names: {"blocked_sessions", "root_blockers", "depth",
// "roots": [{"pid", "blocked_by", "wait_mode", "wait_locktype", "relation", "waiting_ms",
// "xact_age_ms", "state", "query", "blocked_total", ..., "children": [...]}]}.
QJsonObject lockTreeJson(const monitor::LockForest &forest);

} // namespace cli
