#pragma once

#include "explain/parseresult.h"

#include <QString>

namespace explain {

// Reads and parses a plan file (JSON or text, psql-framed or not), refusing files over
// kMaxPlanBytes before reading them. Blocking file I/O and parsing: run it on a worker thread.
ParseResult loadPlanFile(const QString &path);

} // namespace explain
