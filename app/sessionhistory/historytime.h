#pragma once

#include <QString>

#include <optional>

namespace sessionhistory {

// A time as the history CLI and the Timeline's "go to" field take it: "now", relative to now
// ("-15m", "-2h", "-1d", "-30s"), or ISO 8601 (local time unless it names an offset or Z).
// Epoch milliseconds; nullopt when unreadable.
std::optional<qint64> parseHistoryTime(const QString &text, qint64 nowMs);

} // namespace sessionhistory
