#pragma once

#include "tuning/inputs.h"
#include "tuning/recommendation.h"

#include <QList>

namespace tuning {

// PGTune's settings for the inputs plus the ticket's observability and autovacuum settings,
// each with its reason. currentPreloadLibraries keeps what the server already preloads
// (pg_stat_statements is added, nothing is removed).
QList<Recommendation> recommend(const Inputs &in, const QString &currentPreloadLibraries = {});

// Adds pg_stat_statements to a shared_preload_libraries value unless it is there.
QString withPgStatStatements(const QString &libraries);

} // namespace tuning
