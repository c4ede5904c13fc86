#include "plans/planstore.h"

#include "history/store.h"
#include "pg/sqlfile.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace plans {

PlanStore::PlanStore(const QString &connectionName)
    : m_connection(connectionName) {}

bool PlanStore::ensureSchema() {
    QSqlDatabase d = db();
    if (!d.isOpen()) {
        m_error = tr("the history store is not open");
        return false;
    }
    QStringList lines;
    for (const QString &l : pg::sqlFile(QStringLiteral("history/plans_schema_v1")).split(QLatin1Char('\n')))
        if (!l.trimmed().startsWith(QLatin1String("--")))
            lines << l;
    const bool sqlite = d.driverName() == QLatin1String("QSQLITE");
    d.transaction();
    if (!sqlite) // several recorders at once: one creates, the others wait and find it done
        QSqlQuery(d).exec(QStringLiteral("SELECT pg_advisory_xact_lock(7236152)"));
    for (const QString &stmt : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
        if (stmt.trimmed().isEmpty())
            continue;
        QSqlQuery q(d);
        if (!q.exec(stmt)) {
            m_error = q.lastError().text();
            d.rollback();
            return false;
        }
    }
    return d.commit();
}

bool PlanStore::record(const QString &server, qint64 queryid, const QString &query, const Capture &c,
                       qint64 ts, std::optional<double> meanMs, qint64 calls) {
    if (!c.ok())
        return false;
    QSqlDatabase d = db();
    d.transaction();
    QSqlQuery up(d);
    up.prepare(
        QStringLiteral("INSERT INTO plan_shape (server, queryid, fingerprint, first_seen, last_seen, seen, "
                       "source, shape, plan, "
                       "query) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?) ON CONFLICT (server, queryid, "
                       "fingerprint) DO UPDATE SET "
                       "last_seen = excluded.last_seen, seen = plan_shape.seen + 1, plan = excluded.plan"));
    for (const QVariant &v :
         {QVariant(server), QVariant(queryid), QVariant(c.fingerprint), QVariant(ts), QVariant(ts),
          QVariant(c.method), QVariant(c.shape), QVariant(c.planJson), QVariant(query)})
        up.addBindValue(v);
    QSqlQuery cap(d);
    cap.prepare(
        QStringLiteral("INSERT INTO plan_capture (server, queryid, ts, fingerprint, total_cost, mean_ms, "
                       "calls) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(server), QVariant(queryid), QVariant(ts), QVariant(c.fingerprint), QVariant(c.totalCost),
          meanMs ? QVariant(*meanMs) : QVariant(QMetaType::fromType<double>()),
          calls >= 0 ? QVariant(calls) : QVariant(QMetaType::fromType<qint64>())})
        cap.addBindValue(v);
    if (!up.exec() || !cap.exec()) {
        m_error = (up.lastError().isValid() ? up.lastError() : cap.lastError()).text();
        d.rollback();
        return false;
    }
    return d.commit();
}

QList<PlanShape> PlanStore::shapes(const QString &server, qint64 queryid) {
    QList<PlanShape> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT s.fingerprint, s.first_seen, s.last_seen, s.seen, s.source, s.shape, s.plan, s.query, "
        "(SELECT avg(c.mean_ms) FROM plan_capture c WHERE c.server = s.server AND c.queryid = s.queryid AND "
        "c.fingerprint = s.fingerprint) AS mean_ms FROM plan_shape s WHERE s.server = ? AND s.queryid = ? "
        "ORDER BY s.first_seen, s.fingerprint"));
    q.addBindValue(server);
    q.addBindValue(queryid);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        PlanShape s;
        s.queryid = queryid;
        s.fingerprint = q.value(0).toString();
        s.firstSeenMs = q.value(1).toLongLong();
        s.lastSeenMs = q.value(2).toLongLong();
        s.seen = q.value(3).toInt();
        s.source = q.value(4).toString();
        s.shape = q.value(5).toString();
        s.planJson = q.value(6).toString();
        s.query = q.value(7).toString();
        if (!q.value(8).isNull())
            s.meanMs = q.value(8).toDouble();
        out << s;
    }
    return out;
}

QList<qint64> PlanStore::queryIds(const QString &server) {
    QList<qint64> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT DISTINCT queryid FROM plan_shape WHERE server = ? ORDER BY queryid"));
    q.addBindValue(server);
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

QList<PlanChange> PlanStore::changes(const QString &server, qint64 sinceMs) {
    QList<PlanChange> out;
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT queryid FROM plan_shape WHERE server = ? GROUP BY queryid HAVING count(*) > 1 "
                       "AND max(first_seen) >= ?"));
    q.addBindValue(server);
    q.addBindValue(sinceMs);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids) {
        const QList<PlanShape> s = shapes(server, id);
        if (s.size() < 2)
            continue;
        // The newest shape against the one seen last before it appeared.
        PlanChange c;
        c.queryid = id;
        c.after = s.last();
        c.query = c.after.query;
        c.changedMs = c.after.firstSeenMs;
        for (const auto &x : s)
            if (x.fingerprint != c.after.fingerprint &&
                (c.before.fingerprint.isEmpty() || x.lastSeenMs > c.before.lastSeenMs))
                c.before = x;
        out << c;
    }
    return out;
}

QList<PlanChange> PlanStore::readChanges(const QString &storeConnection, const QString &server,
                                         qint64 sinceMs) {
    return history::onClone(storeConnection, [&](QSqlDatabase &db) {
        return PlanStore(db.connectionName()).changes(server, sinceMs);
    });
}

QHash<qint64, QList<QPair<QString, int>>> PlanStore::literalTexts(const QString &server) {
    QHash<qint64, QList<QPair<QString, int>>> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT queryid, query, seen FROM plan_shape WHERE server = ? AND source = ?"));
    q.addBindValue(server);
    q.addBindValue(QStringLiteral("auto_explain"));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out[q.value(0).toLongLong()] << qMakePair(q.value(1).toString(), q.value(2).toInt());
    return out;
}

QHash<qint64, QList<QPair<QString, int>>> PlanStore::readLiteralTexts(const QString &storeConnection,
                                                                      const QString &server) {
    return history::onClone(storeConnection, [&](QSqlDatabase &db) {
        return PlanStore(db.connectionName()).literalTexts(server);
    });
}

QList<PlanShape> PlanStore::readShapes(const QString &storeConnection, const QString &server,
                                       qint64 queryid) {
    return history::onClone(storeConnection, [&](QSqlDatabase &db) {
        return PlanStore(db.connectionName()).shapes(server, queryid);
    });
}

} // namespace plans
