#pragma once

#include "monitor/healthtypes.h"
#include "monitor/overviewcollector.h"
#include "monitor/statementscollector.h"
#include "pg/error.h"
#include "pg/serverfacts.h"
#include "replication/replicationcollector.h"
#include "sessionhistory/incidenttracker.h"
#include "sessionhistory/sessionstore.h"
#include "tuning/inputs.h"
#include "tuning/settingsdiff.h"
#include "vacuum/vacuumcollector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

#include <optional>
#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace report {

// What the report covers and where its history comes from.
struct Options {
    qint64 fromMs = 0, toMs = 0; // the period (history: waits, incidents, alerts)
    QString serverName;          // as the user knows it (saved name or host:port/db)
    QString serverKey;           // the history store's key (ServerSession::historyKeyFor)
    QString storeConnection;     // a QSqlDatabase connection name of the history store; empty: none
    int topStatements = 10;
    tuning::Inputs tuningInputs; // the machine the configuration advice is for
};

// One alert of the period, as the alert history keeps it.
struct AlertLine {
    QString rule;
    QString severity; // "critical" / "warning"
    QString state;    // "open", "acknowledged", "resolved"
    qint64 firedMs = 0, resolvedMs = 0;
    QString value;
    QString acknowledgedBy;
};

// Everything a report shows; each part carries its own error, so one missing privilege or a
// missing extension costs that section, not the report.
struct ReportData {
    Q_DECLARE_TR_FUNCTIONS(report::ReportData)
public:
    Options options;
    qint64 generatedMs = 0;
    std::optional<pg::Error> connectError; // nothing live could be read
    pg::ServerFacts facts;
    monitor::OverviewData overview;
    monitor::HealthReport health;
    QList<tuning::SettingDiff> settings;
    std::optional<pg::Error> settingsError;
    monitor::StatementsReport statements;
    // From the history store, for the period.
    QString historyNote; // why there is no history (no store, nothing recorded), else empty
    sessionhistory::TimelineData timeline;
    QList<sessionhistory::TopEntry> topWaits, topQueries, topUsers, topApplications;
    QList<sessionhistory::Incident> incidents;
    replication::ReplicationFetch replication;
    vacuum::VacuumFetch vacuum;
    QList<AlertLine> alerts;
    QString alertsNote; // why alerts are not listed, else empty
    QString plansNote;  // plan changes: why none are listed
};

// Collects a report through conn (which stays usable by others meanwhile: each read is queued
// like any other query) and, off the calling thread, from the history store. Never throws.
QCoro::Task<ReportData> collect(pg::Connection *conn, Options options);

// The report as one self-contained HTML file: inline CSS, charts as inline SVG, no scripts, no
// external resources. Section ids: facts, health, configuration, statements, plans, waits,
// incidents, replication, vacuum, alerts.
QString renderHtml(const ReportData &data);

// The section ids renderHtml writes, in order (the test checks them in the rendered page).
QStringList sectionIds();

} // namespace report
