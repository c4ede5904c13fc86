#include "monitor/healthsessionchecks.h"

#include <QCoreApplication>
#include <QLocale>

namespace monitor {

namespace {
QString duration(double s) {
    const qint64 v = qint64(s);
    if (v >= 3600)
        return QCoreApplication::translate("health", "%1 h %2 min").arg(v / 3600).arg((v % 3600) / 60);
    if (v >= 60)
        return QCoreApplication::translate("health", "%1 min %2 s").arg(v / 60).arg(v % 60);
    return QCoreApplication::translate("health", "%1 s").arg(v);
}

QString who(const HealthSession &s) {
    QString text =
        QCoreApplication::translate("health", "%1 on %2 from %3").arg(s.user, s.database, s.client);
    if (!s.application.isEmpty())
        text += QStringLiteral(" (%1)").arg(s.application);
    return text;
}

QString shortQuery(const QString &q) {
    QString s = q.simplified();
    return s.size() > 160 ? s.left(157) + QStringLiteral("...") : s;
}

HealthFinding sessionFinding(const HealthSession &s, HealthStatus st, double age, const QString &what,
                             const QString &fix) {
    HealthFinding f;
    f.status = st;
    f.object = QCoreApplication::translate("health", "pid %1").arg(s.pid);
    f.evidence = QStringLiteral("%1 %2: %3. %4").arg(what, duration(age), who(s), shortQuery(s.query));
    f.fixSql = fix;
    f.values = {{QStringLiteral("pid"), s.pid},           {QStringLiteral("seconds"), age},
                {QStringLiteral("state"), s.state},       {QStringLiteral("user"), s.user},
                {QStringLiteral("database"), s.database}, {QStringLiteral("application"), s.application},
                {QStringLiteral("query"), s.query}};
    return f;
}

HealthStatus byAge(double age, double warn, double crit) {
    return age >= crit ? HealthStatus::Critical : age >= warn ? HealthStatus::Warning : HealthStatus::Ok;
}
} // namespace

HealthCheck checkLongQueries(const QList<HealthSession> &sessions, const HealthThresholds &t) {
    HealthCheck c;
    c.id = QStringLiteral("long_queries");
    c.title = QCoreApplication::translate("health", "Long-running queries");
    c.description =
        QCoreApplication::translate("health", "Statements running for longer than the threshold.");
    for (const auto &s : sessions) {
        if (s.state != QLatin1String("active") || !s.queryAgeS)
            continue;
        const HealthStatus st = byAge(*s.queryAgeS, t.longQueryWarnS, t.longQueryCritS);
        if (st != HealthStatus::Ok)
            c.findings << sessionFinding(s, st, *s.queryAgeS,
                                         QCoreApplication::translate("health", "Running for"),
                                         QStringLiteral("SELECT pg_cancel_backend(%1);").arg(s.pid));
    }
    c.finish(QCoreApplication::translate("health", "No query runs too long."));
    return c;
}

HealthCheck checkLongTransactions(const QList<HealthSession> &sessions, const HealthThresholds &t) {
    HealthCheck c;
    c.id = QStringLiteral("long_transactions");
    c.title = QCoreApplication::translate("health", "Long-running transactions");
    c.description = QCoreApplication::translate(
        "health", "Transactions open for longer than the threshold: they hold locks "
                  "and keep VACUUM from removing dead rows.");
    for (const auto &s : sessions) {
        if (!s.xactAgeS)
            continue;
        const HealthStatus st = byAge(*s.xactAgeS, t.longTxWarnS, t.longTxCritS);
        if (st != HealthStatus::Ok)
            c.findings << sessionFinding(s, st, *s.xactAgeS,
                                         QCoreApplication::translate("health", "Transaction open for"),
                                         QStringLiteral("SELECT pg_terminate_backend(%1);").arg(s.pid));
    }
    c.finish(QCoreApplication::translate("health", "No transaction is open too long."));
    return c;
}

HealthCheck checkIdleInTransaction(const QList<HealthSession> &sessions, const HealthThresholds &t) {
    HealthCheck c;
    c.id = QStringLiteral("idle_in_transaction");
    c.title = QCoreApplication::translate("health", "Idle in transaction");
    c.description =
        QCoreApplication::translate("health", "Sessions that opened a transaction and went quiet: usually an "
                                              "application that forgot to commit. Their locks stay held.");
    for (const auto &s : sessions) {
        if (!s.state.startsWith(QLatin1String("idle in transaction")) || !s.stateAgeS)
            continue;
        const HealthStatus st = byAge(*s.stateAgeS, t.idleTxWarnS, t.idleTxCritS);
        if (st != HealthStatus::Ok)
            c.findings << sessionFinding(s, st, *s.stateAgeS,
                                         QCoreApplication::translate("health", "Idle in transaction for"),
                                         QStringLiteral("SELECT pg_terminate_backend(%1);").arg(s.pid));
    }
    c.finish(QCoreApplication::translate("health", "No session idles inside a transaction."));
    return c;
}

HealthCheck checkConnections(const HealthConnections &conn, const HealthThresholds &t) {
    HealthCheck c;
    c.id = QStringLiteral("connections");
    c.title = QCoreApplication::translate("health", "Connections");
    c.description = QCoreApplication::translate(
        "health", "Connections in use against max_connections minus the superuser "
                  "reserve: when they run out, the pool cannot connect.");
    const QLocale loc;
    const double pct = 100.0 * double(conn.connections) / double(conn.usable());
    const QString numbers =
        QCoreApplication::translate("health", "%1 of %2 usable connections (%3%): max_connections %4, %5 "
                                              "reserved; %6 active, %7 idle in transaction.")
            .arg(conn.connections)
            .arg(conn.usable())
            .arg(loc.toString(pct, 'f', 1))
            .arg(conn.maxConnections)
            .arg(conn.reserved)
            .arg(conn.active)
            .arg(conn.idleInTransaction);
    const HealthStatus st = pct >= t.connectionsCritPct   ? HealthStatus::Critical
                            : pct >= t.connectionsWarnPct ? HealthStatus::Warning
                                                          : HealthStatus::Ok;
    if (st != HealthStatus::Ok) {
        HealthFinding f;
        f.status = st;
        f.object = QCoreApplication::translate("health", "server");
        f.evidence =
            numbers + QLatin1Char(' ') +
            QCoreApplication::translate("health", "Put a pooler in front (PgBouncer) or close idle "
                                                  "connections; raising max_connections needs a restart.");
        f.values = {{QStringLiteral("connections"), conn.connections},
                    {QStringLiteral("usable"), conn.usable()},
                    {QStringLiteral("used_pct"), pct}};
        c.findings << f;
    }
    c.summary = QCoreApplication::translate("health", "%1 of %2 used (%3%)")
                    .arg(conn.connections)
                    .arg(conn.usable())
                    .arg(loc.toString(pct, 'f', 1));
    c.finish({});
    return c;
}

} // namespace monitor
