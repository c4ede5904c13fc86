#pragma once

#include "explain/parseresult.h"

#include <QString>

namespace explain {

// PostgreSQL's text format (EXPLAIN without FORMAT, auto_explain's log), already freed of
// psql's framing (psqlframe.h). Builds the same tree and fields as parseJsonPlan() does for
// the JSON of the same plan. Pure function, safe on any thread.
ParseResult parseTextPlan(const QString &text);

} // namespace explain
