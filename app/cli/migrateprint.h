#pragma once

#include "migrate/catalog.h"
#include "migrate/check.h"
#include "migrate/hotqueries.h"
#include "migrate/plan.h"
#include "migrate/progresswatcher.h"
#include "migrate/runresult.h"

#include <QElapsedTimer>

namespace cli {

// Text output of `pgdba migrate`.
void printStatus(const migrate::Catalog &catalog, const migrate::DatabaseState &db,
                 const QList<migrate::MigrationStatus> &statuses);
void printPreflight(const migrate::PreflightReport &report);
void printStatements(const migrate::Plan &plan);
void printPlans(const QList<migrate::PlanComparison> &plans);
void printResult(const migrate::RunResult &result);

// Progress lines of a build: on a new phase, and every two seconds within one.
class ProgressPrinter {
public:
    void show(const migrate::BuildProgress &b);

private:
    QString m_lastKey;
    QElapsedTimer m_sinceLine;
};

} // namespace cli
