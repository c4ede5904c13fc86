#include "cli/activity.h"

#include "cli/command.h"
#include "monitor/activitycollector.h"
#include "monitor/activitymodel.h"
#include "monitor/activitysnapshot.h"
#include "pg/connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QJsonValue timeJson(qint64 ms) {
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue textJson(const QString &s) {
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject sessionJson(const monitor::ActivitySession &s, qint64 nowMs) {
    QJsonArray blockers;
    for (int p : s.blockingPids)
        blockers << p;
    auto since = [nowMs](qint64 t) {
        return t > 0 ? QJsonValue(double(nowMs - t)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("pid"), s.pid},
        {QStringLiteral("database"), textJson(s.database)},
        {QStringLiteral("user"), textJson(s.user)},
        {QStringLiteral("application"), textJson(s.application)},
        {QStringLiteral("client_addr"), textJson(s.clientAddr)},
        {QStringLiteral("backend_type"), textJson(s.backendType)},
        {QStringLiteral("state"), textJson(s.state)},
        {QStringLiteral("wait_event_type"), textJson(s.waitEventType)},
        {QStringLiteral("wait_event"), textJson(s.waitEvent)},
        {QStringLiteral("query"), textJson(s.query)},
        {QStringLiteral("query_id"), s.hasQueryId ? QJsonValue(QString::number(s.queryId)) : QJsonValue()},
        {QStringLiteral("backend_start"), timeJson(s.backendStartMs)},
        {QStringLiteral("xact_start"), timeJson(s.xactStartMs)},
        {QStringLiteral("query_start"), timeJson(s.queryStartMs)},
        {QStringLiteral("state_change"), timeJson(s.stateChangeMs)},
        {QStringLiteral("query_ms"), since(s.queryStartMs)},
        {QStringLiteral("xact_ms"), since(s.xactStartMs)},
        {QStringLiteral("backend_ms"), since(s.backendStartMs)},
        {QStringLiteral("blocking_pids"), blockers},
        {QStringLiteral("xid_age"), s.xidAge >= 0 ? QJsonValue(double(s.xidAge)) : QJsonValue()},
        {QStringLiteral("xmin_age"), s.xminAge >= 0 ? QJsonValue(double(s.xminAge)) : QJsonValue()}};
}

QString cell(QString s, int width) {
    s = s.simplified();
    if (s.size() > width)
        s = s.left(width - 1) + QChar(0x2026);
    return s.leftJustified(width);
}
} // namespace

QCoro::Task<int> runActivity(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Print the server's sessions (pg_stat_activity), longest-running first. "
               "Idle sessions and background processes are left out unless --all."));
    addDsnOption(p);
    p.addOption({QStringLiteral("all"), Tr::tr("Also show idle sessions and background processes.")});
    p.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("activity"), args, &code))
        co_return code;

    pg::Connection c;
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba activity");
    o.readOnly = true;
    o.statementTimeoutMs = 10000;
    c.setOptions(o);
    if (auto e = co_await c.open(connInfo(p))) {
        err(QStringLiteral("pgdba: ") + e->message);
        co_return 2;
    }
    monitor::ActivityFetch f = co_await monitor::ActivityCollector::fetch(&c);
    if (f.error) {
        err(QStringLiteral("pgdba: ") + f.error->toString());
        co_return 2;
    }
    monitor::ActivitySnapshot snap = std::move(f.snapshot);
    const int total = int(snap.sessions.size());
    if (!p.isSet(QStringLiteral("all")))
        snap.sessions.removeIf([](const monitor::ActivitySession &s) { return s.isIdle(); });
    const qint64 now = snap.sampledAtMs;
    auto queryMs = [now](const monitor::ActivitySession &s) {
        return s.queryStartMs > 0 ? now - s.queryStartMs : -1;
    };
    std::stable_sort(snap.sessions.begin(), snap.sessions.end(),
                     [&](const auto &a, const auto &b) { return queryMs(a) > queryMs(b); });

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &s : std::as_const(snap.sessions))
            list << sessionJson(s, now);
        out(jsonText(QJsonDocument(QJsonObject{{QStringLiteral("sampled_at"), timeJson(now)},
                                               {QStringLiteral("server_ms"), snap.serverMs},
                                               {QStringLiteral("total_sessions"), total},
                                               {QStringLiteral("sessions"), list}})));
        co_return 0;
    }
    out(cell(Tr::tr("PID"), 8) + cell(Tr::tr("DATABASE"), 12) + cell(Tr::tr("USER"), 12) +
        cell(Tr::tr("APPLICATION"), 18) + cell(Tr::tr("STATE"), 20) + cell(Tr::tr("WAIT"), 22) +
        cell(Tr::tr("DURATION"), 13) + cell(Tr::tr("BLOCKED BY"), 11) + Tr::tr("QUERY"));
    for (const auto &s : std::as_const(snap.sessions)) {
        QStringList blockers;
        for (int b : s.blockingPids)
            blockers << QString::number(b);
        const QString state = s.state.isEmpty() ? s.backendType : s.state;
        out(cell(QString::number(s.pid), 8) + cell(s.database, 12) + cell(s.user, 12) +
            cell(s.application, 18) + cell(state, 20) + cell(s.waitText(), 22) +
            cell(monitor::ActivityModel::formatDuration(queryMs(s)), 13) +
            cell(blockers.join(QLatin1Char(',')), 11) + s.query.simplified().left(100));
    }
    out(Tr::tr("%1 of %2 sessions shown · server time %3 ms")
            .arg(snap.sessions.size())
            .arg(total)
            .arg(snap.serverMs, 0, 'f', 2));
    co_return 0;
}

} // namespace cli
