#pragma once

#include <QString>

namespace tuning {

// One setting the advisor recommends: the value in postgresql.conf syntax, why, and how it
// was computed (the formula, written down in docs/tuning-formulas.md).
struct Recommendation {
    QString name;
    QString value;
    QString category; // Memory, WAL, Planner, Parallelism, Connections, Observability, Autovacuum
    QString reason;
    QString formula;
    bool list = false; // a list setting (shared_preload_libraries): each item its own literal
};

} // namespace tuning
