#pragma once

#include "explain/parseresult.h"

#include <QByteArray>

namespace explain {

// Plans larger than this are refused with a message instead of being parsed.
constexpr qsizetype kMaxPlanBytes = 32 * 1024 * 1024;

// Any plan a user may paste or load: JSON or text format, bare or framed by psql, or an
// auto_explain log entry. Detects the format, removes framing and parses; malformed input
// gives ParseResult::error (one sentence), never a crash. Pure function, safe on any thread.
ParseResult parsePlan(const QByteArray &data);

} // namespace explain
