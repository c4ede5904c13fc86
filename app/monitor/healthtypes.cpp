#include "monitor/healthtypes.h"

#include <QCoreApplication>

namespace monitor {

QString healthStatusKey(HealthStatus s) {
    switch (s) {
    case HealthStatus::Ok:
        return QStringLiteral("ok");
    case HealthStatus::Warning:
        return QStringLiteral("warning");
    case HealthStatus::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString healthStatusLabel(HealthStatus s) {
    switch (s) {
    case HealthStatus::Ok:
        return QCoreApplication::translate("health", "OK");
    case HealthStatus::Warning:
        return QCoreApplication::translate("health", "Warning");
    case HealthStatus::Critical:
        return QCoreApplication::translate("health", "Critical");
    }
    return {};
}

HealthStatus worse(HealthStatus a, HealthStatus b) {
    return int(a) >= int(b) ? a : b;
}

void HealthCheck::finish(const QString &okSummary) {
    status = HealthStatus::Ok;
    int warnings = 0, critical = 0;
    for (const auto &f : std::as_const(findings)) {
        status = worse(status, f.status);
        warnings += f.status == HealthStatus::Warning ? 1 : 0;
        critical += f.status == HealthStatus::Critical ? 1 : 0;
    }
    if (!summary.isEmpty())
        return;
    if (findings.isEmpty()) {
        summary = okSummary;
    } else if (critical > 0 && warnings > 0) {
        summary = QCoreApplication::translate("health", "%n critical", nullptr, critical) +
                  QStringLiteral(", ") +
                  QCoreApplication::translate("health", "%n warning(s)", nullptr, warnings);
    } else if (critical > 0) {
        summary = QCoreApplication::translate("health", "%n critical", nullptr, critical);
    } else {
        summary = QCoreApplication::translate("health", "%n warning(s)", nullptr, warnings);
    }
}

HealthStatus HealthReport::overall() const {
    HealthStatus s = HealthStatus::Ok;
    for (const auto &c : checks)
        s = worse(s, c.status);
    return s;
}

int HealthReport::count(HealthStatus s) const {
    int n = 0;
    for (const auto &c : checks)
        n += c.status == s ? 1 : 0;
    return n;
}

const HealthCheck *HealthReport::check(const QString &id) const {
    for (const auto &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

QStringList HealthReport::errors() const {
    QStringList out;
    for (const auto &c : checks)
        if (!c.error.isEmpty())
            out << c.title + QStringLiteral(": ") + c.error;
    return out;
}

} // namespace monitor
