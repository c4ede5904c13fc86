// Every feature page registers here, one line each, in tab order. Pages that do not exist
// yet are simply absent.
#include "pageregistry.h"
#include "pageids.h"

#include "activity/activitypage.h"
#include "advisor/advisorpage.h"
#include "alerts/alertspage.h"
#include "audit/auditpage.h"
#include "bench/benchmarkpage.h"
#include "dashboard/dashboardpage.h"
#include "explain/explainpage.h"
#include "fleet/fleetpage.h"
#include "health/healthpage.h"
#include "locks/lockspage.h"
#include "migrate/migrationspage.h"
#include "overview/overviewpage.h"
#include "replication/replicationpage.h"
#include "statements/statementspage.h"
#include "timeline/timelinepage.h"
#include "tuning/configurationpage.h"
#include "vacuum/vacuumpage.h"

namespace ui {

template <typename P> static PageFactory page(const char *id) {
    return {QString::fromLatin1(id),
            [](core::Workspace *w, QWidget *parent) -> Page * { return new P(w, parent); }};
}

const QList<PageFactory> &pageFactories() {
    static const QList<PageFactory> list = {
        page<OverviewPage>(pageid::Overview),
        page<ActivityPage>(pageid::Activity),
        page<LocksPage>(pageid::Locks),
        page<DashboardPage>(pageid::Dashboard),
        page<TimelinePage>(pageid::Timeline),
        page<StatementsPage>(pageid::Statements),
        page<AdvisorPage>(pageid::Advisor),
        page<ReplicationPage>(pageid::Replication),
        page<VacuumPage>(pageid::Vacuum),
        page<ExplainPage>(pageid::Explain),
        page<MigrationsPage>(pageid::Migrations),
        page<AuditPage>(pageid::Audit),
        page<ConfigurationPage>(pageid::Configuration),
        page<HealthPage>(pageid::Health),
        page<AlertsPage>(pageid::Alerts),
        page<BenchmarkPage>(pageid::Benchmark),
        page<FleetPage>(pageid::Fleet), // last in tab order; the landing page when several servers are saved
    };
    return list;
}

} // namespace ui
