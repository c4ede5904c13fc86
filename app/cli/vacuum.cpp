#include "cli/vacuum.h"

#include "cli/command.h"
#include "pg/connection.h"
#include "replication/replicationsnapshot.h"
#include "vacuum/vacuumcollector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli_vacuum)
};
QJsonValue text(const QString &s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject vacuumJson(const vacuum::VacuumSnapshot &s) {
    QJsonArray running, horizon, tables, bloat, indexBloat;
    for (const auto &p : s.running)
        running << QJsonObject{
            {QStringLiteral("pid"), p.pid},
            {QStringLiteral("kind"), p.kind},
            {QStringLiteral("database"), text(p.database)},
            {QStringLiteral("relation"), text(p.relation)},
            {QStringLiteral("phase"), p.phase},
            {QStringLiteral("progress"), p.fraction() < 0 ? QJsonValue() : QJsonValue(p.fraction())},
            {QStringLiteral("done"), double(p.done)},
            {QStringLiteral("total"), p.total < 0 ? QJsonValue() : QJsonValue(double(p.total))},
            {QStringLiteral("unit"), p.unit},
            {QStringLiteral("autovacuum"), p.autovacuum},
            {QStringLiteral("running_s"), p.runningS}};
    for (const auto &h : s.horizon)
        horizon << QJsonObject{
            {QStringLiteral("kind"), h.kindKey()},
            {QStringLiteral("pid_or_name"), h.kind == vacuum::HorizonHolder::Kind::Transaction ||
                                                    h.kind == vacuum::HorizonHolder::Kind::Snapshot
                                                ? QJsonValue(h.pid)
                                                : QJsonValue(h.holder)},
            {QStringLiteral("database"), text(h.database)},
            {QStringLiteral("role"), text(h.role)},
            {QStringLiteral("state"), text(h.state)},
            {QStringLiteral("age_xids"), h.ageXids < 0 ? QJsonValue() : QJsonValue(double(h.ageXids))},
            {QStringLiteral("age_s"), h.ageS < 0 ? QJsonValue() : QJsonValue(h.ageS)},
            {QStringLiteral("action"), h.action()},
            {QStringLiteral("action_sql"), text(h.actionSql())}};
    for (const auto &t : s.tables)
        tables << QJsonObject{
            {QStringLiteral("relation"), t.relation},
            {QStringLiteral("live_tuples"), double(t.liveTuples)},
            {QStringLiteral("dead_tuples"), double(t.deadTuples)},
            {QStringLiteral("threshold"), t.threshold},
            {QStringLiteral("vacuum_ratio"), t.vacuumRatio},
            {QStringLiteral("freeze_age"), double(t.freezeAge)},
            {QStringLiteral("freeze_max_age"), double(t.freezeMaxAge)},
            {QStringLiteral("autovacuum_enabled"), t.autovacuumEnabled},
            {QStringLiteral("reloptions"), t.hasReloptions},
            {QStringLiteral("last_vacuum"),
             t.lastVacuum.isValid() ? QJsonValue(t.lastVacuum.toUTC().toString(Qt::ISODate)) : QJsonValue()}};
    for (const auto &b : s.bloat)
        bloat << QJsonObject{
            {QStringLiteral("relation"), b.relation},
            {QStringLiteral("bytes"), double(b.bytes)},
            {QStringLiteral("bloat_bytes"), double(b.bloatBytes)},
            {QStringLiteral("bloat_pct"), b.bloatPct},
            {QStringLiteral("source"), b.exact ? QStringLiteral("pgstattuple") : QStringLiteral("estimate")},
            {QStringLiteral("growth_bytes"),
             std::isnan(b.growthBytes) ? QJsonValue() : QJsonValue(b.growthBytes)}};
    for (const auto &b : s.indexBloat)
        indexBloat << QJsonObject{
            {QStringLiteral("index"), b.index},
            {QStringLiteral("table"), b.table},
            {QStringLiteral("bytes"), double(b.bytes)},
            {QStringLiteral("bloat_bytes"), double(b.bloatBytes)},
            {QStringLiteral("bloat_pct"), b.bloatPct},
            {QStringLiteral("source"), b.exact ? QStringLiteral("pgstatindex") : QStringLiteral("estimate")},
            {QStringLiteral("leaf_density"), b.leafDensity < 0 ? QJsonValue() : QJsonValue(b.leafDensity)},
            {QStringLiteral("growth_bytes"),
             std::isnan(b.growthBytes) ? QJsonValue() : QJsonValue(b.growthBytes)}};
    return {{QStringLiteral("running"), running},
            {QStringLiteral("horizon"), horizon},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("bloat"), bloat},
            {QStringLiteral("index_bloat"), indexBloat},
            {QStringLiteral("pgstattuple"), s.pgstattuple},
            {QStringLiteral("workers"), QJsonObject{{QStringLiteral("busy"), s.workers.busy},
                                                    {QStringLiteral("max"), s.workers.max},
                                                    {QStringLiteral("autovacuum"), s.workers.enabled}}}};
}

QString vacuumText(const vacuum::VacuumSnapshot &s) {
    using replication::bytesText;
    using replication::secondsText;
    QStringList out;
    out << Tr::tr("Autovacuum workers: %1 of %2 busy%3")
               .arg(s.workers.busy)
               .arg(s.workers.max)
               .arg(s.workers.enabled ? QString() : Tr::tr(" (autovacuum is OFF)"));
    out << QString() << Tr::tr("Running maintenance: %1").arg(s.running.size());
    for (const auto &p : s.running)
        out << Tr::tr("  pid %1 %2 %3: %4, %5")
                   .arg(p.pid)
                   .arg(p.kind, p.relation, p.phase,
                        p.fraction() < 0 ? Tr::tr("%1 %2").arg(p.done).arg(p.unit)
                                         : Tr::tr("%1 % of %2 %3")
                                               .arg(p.fraction() * 100, 0, 'f', 1)
                                               .arg(p.total)
                                               .arg(p.unit));
    out << QString() << Tr::tr("What holds back the xmin horizon: %1").arg(s.horizon.size());
    for (const auto &h : s.horizon)
        out << Tr::tr("  %1 %2: %3 transactions%4 -> %5")
                   .arg(h.kindLabel(), h.holder)
                   .arg(h.ageXids)
                   .arg(h.ageS >= 0 ? Tr::tr(", %1").arg(secondsText(h.ageS)) : QString(), h.action());
    out << QString() << Tr::tr("Tables closest to autovacuum (dead / threshold, freeze age):");
    for (const auto &t : s.tables.mid(0, 20))
        out << Tr::tr("  %1: %2 / %3 (%4 %), age %5%6")
                   .arg(t.relation)
                   .arg(t.deadTuples)
                   .arg(qint64(t.threshold))
                   .arg(t.vacuumRatio * 100, 0, 'f', 0)
                   .arg(t.freezeAge)
                   .arg(t.autovacuumEnabled ? QString() : Tr::tr(" · autovacuum disabled"));
    out << QString()
        << (s.pgstattuple
                ? Tr::tr("Bloat (pgstattuple for the largest, estimate for the rest):")
                : Tr::tr("Bloat (estimate from statistics; install pgstattuple for exact figures):"));
    for (const auto &b : s.bloat.mid(0, 20))
        out << Tr::tr("  %1: %2 of %3 (%4 %)%5")
                   .arg(b.relation, bytesText(b.bloatBytes), bytesText(b.bytes))
                   .arg(b.bloatPct, 0, 'f', 1)
                   .arg(b.exact ? Tr::tr(" · pgstattuple") : QString());
    out << QString()
        << (s.pgstattuple ? Tr::tr("Index bloat (pgstatindex for the largest, estimate for the rest):")
                          : Tr::tr("Index bloat (estimate from statistics):"));
    for (const auto &b : s.indexBloat.mid(0, 20))
        out << Tr::tr("  %1 on %2: %3 of %4 (%5 %)%6")
                   .arg(b.index, b.table, bytesText(b.bloatBytes), bytesText(b.bytes))
                   .arg(b.bloatPct, 0, 'f', 1)
                   .arg(b.exact ? Tr::tr(" · pgstatindex") : QString());
    return out.join(QLatin1Char('\n'));
}

QCoro::Task<int> runVacuum(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Vacuum: running maintenance, what holds back the xmin horizon, tables "
               "closest to autovacuum, bloat."));
    addDsnOption(p);
    p.addOption({QStringLiteral("json"), Tr::tr("Print JSON (stable field names).")});
    p.addOption({QStringLiteral("limit"), Tr::tr("How many tables to rank (default 200)."),
                 QStringLiteral("N"), QStringLiteral("200")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("vacuum"), args, &code))
        co_return code;
    bool okLimit = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&okLimit);
    if (!okLimit || limit < 1) {
        err(Tr::tr("pgdba: --limit must be a positive number"));
        co_return 64;
    }
    pg::Connection c;
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba vacuum");
    o.readOnly = true;
    o.statementTimeoutMs = 30000;
    o.lockTimeoutMs = 1000;
    c.setOptions(o);
    if (auto e = co_await c.open(connInfo(p))) {
        err(QStringLiteral("pgdba: ") + e->message);
        co_return 2;
    }
    vacuum::VacuumFetchOptions opt;
    opt.tableLimit = limit;
    opt.bloatLimit = limit;
    const vacuum::VacuumFetch f = co_await vacuum::VacuumCollector::fetch(&c, opt);
    if (!f.snapshot.isValid()) {
        err(QStringLiteral("pgdba: ") + (f.error ? f.error->message : Tr::tr("no data")));
        co_return 2;
    }
    if (f.error)
        err(QStringLiteral("pgdba: ") + Tr::tr("partly read: %1").arg(f.error->message));
    if (p.isSet(QStringLiteral("json")))
        out(jsonText(QJsonDocument(vacuumJson(f.snapshot))));
    else
        out(vacuumText(f.snapshot));
    co_return 0;
}

} // namespace cli
