#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace monitor {

enum class HealthStatus { Ok = 0, Warning = 1, Critical = 2 };

QString healthStatusKey(HealthStatus s);   // "ok", "warning", "critical" (stable, for JSON)
QString healthStatusLabel(HealthStatus s); // translated
HealthStatus worse(HealthStatus a, HealthStatus b);

// One thing a check found: an index, a table, a session, a database.
struct HealthFinding {
    HealthStatus status = HealthStatus::Warning;
    QString object;     // e.g. public.orders_status_idx, pid 4242, database "shop"
    QString evidence;   // the numbers behind the status, one sentence
    QString fixSql;     // the statement that fixes it, when one exists
    QVariantMap values; // raw numbers, for JSON (stable keys)
};

// One health check: its result is the worst of its findings.
struct HealthCheck {
    QString id;    // stable: "unused_indexes", "seq_scans", ...
    QString title; // translated
    QString description;
    HealthStatus status = HealthStatus::Ok;
    QString summary;
    QString error; // the check could not run (e.g. a permission error); status stays Ok
    QList<HealthFinding> findings;

    // Sets status from the findings and a summary when none was given.
    void finish(const QString &okSummary);
};

struct HealthReport {
    QList<HealthCheck> checks;
    QDateTime checkedAt;
    QString database;
    QString serverVersion;
    QString failure; // nothing could be checked (not connected, connection closed)

    HealthStatus overall() const;
    int count(HealthStatus s) const; // checks with that status
    const HealthCheck *check(const QString &id) const;
    QStringList errors() const;
};

} // namespace monitor
