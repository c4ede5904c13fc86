#include "monitor/healthjson.h"

#include <QJsonArray>

namespace monitor {

QJsonObject healthReportToJson(const HealthReport &report) {
    QJsonArray checks;
    for (const auto &c : report.checks) {
        QJsonArray findings;
        for (const auto &f : c.findings)
            findings.append(QJsonObject{{QStringLiteral("status"), healthStatusKey(f.status)},
                                        {QStringLiteral("object"), f.object},
                                        {QStringLiteral("evidence"), f.evidence},
                                        {QStringLiteral("fix_sql"), f.fixSql},
                                        {QStringLiteral("values"), QJsonObject::fromVariantMap(f.values)}});
        checks.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("title"), c.title},
                                  {QStringLiteral("status"), healthStatusKey(c.status)},
                                  {QStringLiteral("summary"), c.summary},
                                  {QStringLiteral("error"), c.error},
                                  {QStringLiteral("findings"), findings}});
    }
    return QJsonObject{{QStringLiteral("status"), healthStatusKey(report.overall())},
                       {QStringLiteral("checked_at"), report.checkedAt.toString(Qt::ISODate)},
                       {QStringLiteral("database"), report.database},
                       {QStringLiteral("server_version"), report.serverVersion},
                       {QStringLiteral("counts"),
                        QJsonObject{{QStringLiteral("ok"), report.count(HealthStatus::Ok)},
                                    {QStringLiteral("warning"), report.count(HealthStatus::Warning)},
                                    {QStringLiteral("critical"), report.count(HealthStatus::Critical)}}},
                       {QStringLiteral("checks"), checks}};
}

} // namespace monitor
