#include "fleet/fleetstatus.h"

#include <QJsonArray>

namespace fleet {

QString ServerStatus::roleText() const {
    if (state != State::Up && versionNum == 0)
        return {};
    return standby ? tr("standby") : tr("primary");
}

QString ServerStatus::stateText() const {
    switch (state) {
    case State::Pending:
        return tr("connecting…");
    case State::Up:
        return tr("reachable");
    case State::Down:
        return error.isEmpty() ? tr("unreachable") : shortError();
    }
    return {};
}

QString ServerStatus::shortError() const {
    // libpq (and pg::Connection) say "<where> failed: <why>", translated too; the reason is
    // what follows the last ": " of the first line ("FATAL:  password authentication …" too).
    QString e = error.section(QLatin1Char('\n'), 0, 0).trimmed();
    const qsizetype at = e.lastIndexOf(QLatin1String(": "));
    if (at >= 0)
        e = e.mid(at + 2).trimmed();
    return e.isEmpty() ? error.trimmed() : e;
}

QList<double> ServerStatus::tpsValues() const {
    QList<double> out;
    out.reserve(tpsHistory.size());
    for (const TpsPoint &p : tpsHistory)
        out << p.tps;
    return out;
}

QJsonObject ServerStatus::toJson() const {
    auto num = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    auto count = [](int v) { return v < 0 ? QJsonValue() : QJsonValue(v); };
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("group"), group},
                  {QStringLiteral("reachable"), reachable()},
                  {QStringLiteral("error"), state == State::Down ? QJsonValue(error) : QJsonValue()},
                  {QStringLiteral("version"), version.isEmpty() ? QJsonValue() : QJsonValue(version)},
                  {QStringLiteral("role"), versionNum == 0 ? QJsonValue()
                                                           : QJsonValue(standby ? QStringLiteral("standby")
                                                                                : QStringLiteral("primary"))},
                  {QStringLiteral("active"), count(active)},
                  {QStringLiteral("waiting"), count(waiting)},
                  {QStringLiteral("tps"), num(tps)},
                  {QStringLiteral("cache_hit"), num(cacheHit)},
                  {QStringLiteral("replication_lag_s"), num(lagS)},
                  {QStringLiteral("health_critical"), count(healthCritical)},
                  {QStringLiteral("health_warning"), count(healthWarning)},
                  {QStringLiteral("alerts"), openAlerts},
                  {QStringLiteral("alerts_critical"), openCriticalAlerts}};
    return o;
}

} // namespace fleet
