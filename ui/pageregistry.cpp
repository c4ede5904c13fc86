// Every feature page registers here, one line each, in tab order. Pages that do not exist
// yet are simply absent.
#include "pageregistry.h"

#include "activity/activitypage.h"
#include "audit/auditpage.h"
#include "bench/benchmarkpage.h"
#include "dashboard/dashboardpage.h"
#include "explain/explainpage.h"
#include "health/healthpage.h"
#include "locks/lockspage.h"
#include "migrate/migrationspage.h"
#include "overview/overviewpage.h"
#include "replication/replicationpage.h"
#include "statements/statementspage.h"
#include "tuning/configurationpage.h"
#include "vacuum/vacuumpage.h"

namespace ui {

template <typename P> static PageFactory page(const char *id) {
    return {QString::fromLatin1(id),
            [](core::Workspace *w, QWidget *parent) -> Page * { return new P(w, parent); }};
}

const QList<PageFactory> &pageFactories() {
    static const QList<PageFactory> list = {
        page<OverviewPage>("overview"),
        page<ActivityPage>("activity"),
        page<LocksPage>("locks"),
        page<DashboardPage>("dashboard"),
        page<StatementsPage>("statements"),
        page<ReplicationPage>("replication"),
        page<VacuumPage>("vacuum"),
        page<ExplainPage>("explain"),
        page<MigrationsPage>("migrations"),
        page<AuditPage>("audit"),
        page<ConfigurationPage>("configuration"),
        page<HealthPage>("health"),
        page<BenchmarkPage>("benchmark"),
    };
    return list;
}

} // namespace ui
