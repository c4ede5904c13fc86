#include "report/report.h"

#include "alerts/alertstore.h"
#include "monitor/healthcollector.h"
#include "monitor/healththresholds.h"
#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "tuning/advisor.h"
#include "tuning/livestate.h"

#include <QDateTime>
#include <QPointer>
#include <QSettings>
#include <QtConcurrent>

namespace report {

namespace {
struct HistoryPart {
    QString note;
    sessionhistory::TimelineData timeline;
    QList<sessionhistory::TopEntry> waits, queries, users, applications;
    QList<sessionhistory::Incident> incidents;
    QList<AlertLine> alerts;
    QString alertsNote;
};

// On a worker thread: the reader clones the store's connection there.
HistoryPart readHistory(const Options &o) {
    HistoryPart h;
    if (o.storeConnection.isEmpty()) {
        h.note = ReportData::tr("No history store: the wait-event profile and lock incidents come from "
                                "`pgdba record` or an open pgdba window.");
        h.alertsNote = h.note;
        return h;
    }
    {
        sessionhistory::SessionReader reader(o.storeConnection);
        if (!reader.isOpen()) {
            h.note = ReportData::tr("The history store could not be read: %1").arg(reader.lastError());
        } else if (!reader.servers().contains(o.serverKey)) {
            h.note = ReportData::tr("The history store holds no session history of %1 (start `pgdba record`, "
                                    "or keep pgdba open on this server).")
                         .arg(o.serverKey);
        } else {
            using sessionhistory::Dim;
            h.timeline = reader.timeline(o.serverKey, o.fromMs, o.toMs, 240);
            const auto tops = reader.topAll(o.serverKey, o.fromMs, o.toMs,
                                            {Dim::Wait, Dim::Query, Dim::User, Dim::Application}, 10,
                                            sessionhistory::Level::Auto);
            h.waits = tops.value(int(Dim::Wait));
            h.queries = tops.value(int(Dim::Query));
            h.users = tops.value(int(Dim::User));
            h.applications = tops.value(int(Dim::Application));
            h.incidents = reader.incidents(o.serverKey, o.fromMs, o.toMs);
            if (h.timeline.samples == 0)
                h.note = ReportData::tr("No sessions were recorded in this period.");
        }
    }
    // The alerts that fired in the period (alert history, app/alerts), on this worker too.
    const QList<alerts::Alert> fired =
        alerts::AlertStore::readFired(o.storeConnection, o.serverKey, o.fromMs, o.toMs);
    for (const alerts::Alert &a : fired) {
        AlertLine l;
        l.rule = a.ruleName;
        l.severity = alerts::severityKey(a.severity);
        l.state = a.isOpen() ? (a.isAcked() ? ReportData::tr("open, acknowledged") : ReportData::tr("open"))
                             : ReportData::tr("resolved");
        l.firedMs = a.firedMs;
        l.resolvedMs = a.resolvedMs;
        l.value = a.message();
        l.acknowledgedBy = a.ackedBy;
        h.alerts << l;
    }
    return h;
}
} // namespace

QStringList sectionIds() {
    return {QStringLiteral("facts"),      QStringLiteral("health"),      QStringLiteral("configuration"),
            QStringLiteral("statements"), QStringLiteral("plans"),       QStringLiteral("waits"),
            QStringLiteral("incidents"),  QStringLiteral("replication"), QStringLiteral("vacuum"),
            QStringLiteral("alerts")};
}

QCoro::Task<ReportData> collect(pg::Connection *conn, Options options) {
    ReportData d;
    d.options = options;
    d.generatedMs = QDateTime::currentMSecsSinceEpoch();
    d.plansNote = ReportData::tr("pgdba does not capture plans yet: no plan history to compare.");
    // The history part reads the store on the thread pool while the server is asked below.
    QFuture<HistoryPart> history = QtConcurrent::run(readHistory, options);
    QPointer<pg::Connection> c(conn);
    const auto lost = [] { return pg::Error::client(ReportData::tr("the connection was closed")); };
    if (!c || !c->isReady()) {
        d.connectError = c ? pg::Error::client(ReportData::tr("not connected")) : lost();
    } else {
        d.facts = c->facts();
        d.overview = co_await monitor::OverviewCollector::fetch(c);
        if (c) {
            const monitor::HealthThresholds t = [] {
                QSettings settings; // the thresholds the user set on the Health page
                return monitor::HealthThresholds::load(settings);
            }();
            d.health = co_await monitor::HealthCollector::check(c, t);
        }
        if (c) {
            const tuning::LiveState live = co_await tuning::loadLiveState(c);
            d.settingsError = live.error;
            if (!live.error) {
                tuning::Inputs in = options.tuningInputs;
                in.pgMajor = d.facts.major();
                const QString preload =
                    live.settings.value(QStringLiteral("shared_preload_libraries")).setting;
                d.settings = tuning::diffSettings(tuning::recommend(in, preload), live.settings);
            }
        }
        if (c)
            d.statements = co_await monitor::StatementsCollector::report(c, 0);
        if (c)
            d.replication = co_await replication::ReplicationCollector::fetch(c);
        if (c) {
            vacuum::VacuumFetchOptions vo;
            vo.tableLimit = 10;
            vo.bloatLimit = 10;
            vo.indexBloatLimit = 10;
            vo.exactCount = 0; // pgstattuple reads whole tables: not for a report
            d.vacuum = co_await vacuum::VacuumCollector::fetch(c, vo);
        }
        if (!c)
            d.connectError = lost();
    }
    auto awaiter = pg::awaitFuture(history);
    HistoryPart h = co_await awaiter;
    d.historyNote = h.note;
    d.timeline = std::move(h.timeline);
    d.topWaits = std::move(h.waits);
    d.topQueries = std::move(h.queries);
    d.topUsers = std::move(h.users);
    d.topApplications = std::move(h.applications);
    d.incidents = std::move(h.incidents);
    d.alerts = std::move(h.alerts);
    d.alertsNote = h.alertsNote;
    co_return d;
}

} // namespace report
