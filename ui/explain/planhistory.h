#pragma once

#include "explain/layout.h"
#include "explain/plan.h"
#include "explain/planstats.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ui {

// A plan the page showed this session (run, loaded or pasted), kept for comparison.
struct PlanHistoryEntry {
    QString label; // "12:03:41 SELECT ... (45.2 ms)"
    QString sql;   // the statement, when it was run here
    QDateTime at;
    explain::PlanPtr plan;
    explain::PlanLayout layout;
    explain::PlanStats stats;
};

} // namespace ui
