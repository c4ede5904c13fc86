#pragma once

#include "explain/parseresult.h"

#include <QByteArray>

namespace explain {

// EXPLAIN (FORMAT JSON) output: the usual one-element array, a bare object (auto_explain's
// JSON), or several statements (the first is used). Pure function, safe on any thread.
ParseResult parseJsonPlan(const QByteArray &json);

} // namespace explain
