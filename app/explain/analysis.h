#pragma once

#include "explain/parseresult.h"

#include <QByteArray>

namespace explain {

// Metrics and findings of a freshly parsed plan (metrics.h, findings.h).
void analyze(Plan &plan);
// The whole pipeline for input of any accepted form: parsePlan() + analyze(). Pure and
// thread-safe: the page runs it through QtConcurrent.
ParseResult loadPlan(const QByteArray &data);

} // namespace explain
