#include "alerts/alertstore.h"

#include "history/store.h"
#include "pg/sqlfile.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cmath>

namespace alerts {

namespace {
constexpr char kColumns[] =
    "id, server, rule_id, rule_name, metric, severity, comparison, threshold, fired_ts, "
    "fired_value, acked_ts, acked_by, resolved_ts, resolved_value";

Alert fromRow(const QSqlQuery &q) {
    Alert a;
    a.id = q.value(0).toLongLong();
    a.server = q.value(1).toString();
    a.ruleId = q.value(2).toString();
    a.ruleName = q.value(3).toString();
    a.metric = q.value(4).toString();
    a.severity = severityFromKey(q.value(5).toString());
    a.comparison = comparisonFromKey(q.value(6).toString());
    a.threshold = q.value(7).toDouble();
    a.firedMs = q.value(8).toLongLong();
    a.firedValue = q.value(9).toDouble();
    a.ackedMs = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
    a.ackedBy = q.value(11).toString();
    a.resolvedMs = q.value(12).isNull() ? 0 : q.value(12).toLongLong();
    a.resolvedValue = q.value(13).toDouble();
    return a;
}

QList<Alert> select(const QSqlDatabase &db, const QString &where, const QVariantList &params) {
    QList<Alert> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM alert_event %2").arg(QLatin1String(kColumns), where));
    for (const QVariant &p : params)
        q.addBindValue(p);
    if (!q.exec())
        return out;
    while (q.next())
        out << fromRow(q);
    return out;
}

QString nn(const QString &s) {
    return s.isNull() ? QStringLiteral("") : s;
}

QList<Alert> openFrom(const QSqlDatabase &db, const QString &server) {
    return select(db,
                  QStringLiteral(
                      "WHERE resolved_ts IS NULL AND (? = '' OR server = ?) ORDER BY fired_ts DESC, id DESC"),
                  {nn(server), nn(server)});
}

QList<Alert> recentFrom(const QSqlDatabase &db, const QString &server, int limit) {
    QList<Alert> out = openFrom(db, server);
    if (out.size() >= limit)
        return out.mid(0, limit);
    out += select(db,
                  QStringLiteral("WHERE resolved_ts IS NOT NULL AND (? = '' OR server = ?) "
                                 "ORDER BY fired_ts DESC, id DESC LIMIT ?"),
                  {nn(server), nn(server), limit - int(out.size())});
    return out;
}

} // namespace

QString Alert::message() const {
    const QString value = formatValue(metric, firedValue);
    const QString limit = formatValue(metric, threshold);
    const QString name = ruleDisplayName(ruleId, ruleName);
    return comparison == Comparison::Above ? AlertStore::tr("%1: %2 (over %3)").arg(name, value, limit)
                                           : AlertStore::tr("%1: %2 (under %3)").arg(name, value, limit);
}

QJsonObject Alert::toJson() const {
    auto iso = [](qint64 ms) {
        return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs))
                  : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("id"), double(id)},
            {QStringLiteral("server"), server},
            {QStringLiteral("rule"), ruleId},
            {QStringLiteral("name"), ruleName},
            {QStringLiteral("metric"), metric},
            {QStringLiteral("severity"), severityKey(severity)},
            {QStringLiteral("comparison"), comparisonKey(comparison)},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("state"), isOpen() ? QStringLiteral("open") : QStringLiteral("resolved")},
            {QStringLiteral("fired_at"), iso(firedMs)},
            {QStringLiteral("value"), firedValue},
            {QStringLiteral("acknowledged_at"), iso(ackedMs)},
            {QStringLiteral("acknowledged_by"), ackedMs ? QJsonValue(ackedBy) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("resolved_at"), iso(resolvedMs)},
            {QStringLiteral("resolved_value"),
             resolvedMs ? QJsonValue(resolvedValue) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("message"), message()}};
}

AlertStore::AlertStore(history::Store *store)
    : m_store(store) {
    if (m_store && m_store->isOpen())
        ensureSchema();
}

bool AlertStore::isReady() const {
    return m_ready && m_store && m_store->isOpen();
}

bool AlertStore::ensureSchema() {
    if (!m_store || !m_store->isOpen()) {
        m_error = tr("The history store is not open.");
        return false;
    }
    QSqlDatabase db = m_store->database();
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    QString schema = pg::sqlFile(QStringLiteral("history/alerts_schema_v1"));
    schema.replace(QStringLiteral("{{ID}}"), sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                    : QStringLiteral("BIGSERIAL PRIMARY KEY"));
    QStringList lines;
    for (const QString &l : schema.split(QLatin1Char('\n')))
        if (!l.trimmed().startsWith(QLatin1String("--")))
            lines << l;
    db.transaction();
    if (!sqlite) // several recorders on a new team store: one creates, the others find it done
        QSqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_xact_lock(7236152)"));
    for (const QString &stmt : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
        if (stmt.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(stmt)) {
            m_error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    m_ready = db.commit();
    if (!m_ready)
        m_error = db.lastError().text();
    return m_ready;
}

qint64 AlertStore::fire(const Alert &a) {
    if (!isReady())
        return 0;
    QSqlQuery q(m_store->database());
    q.prepare(
        QStringLiteral("INSERT INTO alert_event (server, rule_id, rule_name, metric, severity, comparison, "
                       "threshold, fired_ts, fired_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(nn(a.server)), QVariant(nn(a.ruleId)), QVariant(nn(a.ruleName)), QVariant(nn(a.metric)),
          QVariant(severityKey(a.severity)), QVariant(comparisonKey(a.comparison)), QVariant(a.threshold),
          QVariant(a.firedMs), QVariant(a.firedValue)})
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return 0;
    }
    qint64 id = q.lastInsertId().toLongLong();
    if (id <= 0) { // QPSQL without RETURNING: the newest row of this rule
        QSqlQuery last(m_store->database());
        last.prepare(QStringLiteral("SELECT max(id) FROM alert_event WHERE server = ? AND rule_id = ?"));
        last.addBindValue(nn(a.server));
        last.addBindValue(nn(a.ruleId));
        if (last.exec() && last.next())
            id = last.value(0).toLongLong();
    }
    return id;
}

bool AlertStore::resolve(qint64 id, qint64 tsMs, double value) {
    if (!isReady())
        return false;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE alert_event SET resolved_ts = ?, resolved_value = ? "
                             "WHERE id = ? AND resolved_ts IS NULL"));
    q.addBindValue(tsMs);
    q.addBindValue(std::isnan(value) ? QVariant() : QVariant(value));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

bool AlertStore::acknowledge(qint64 id, const QString &by, qint64 tsMs) {
    if (!isReady())
        return false;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral(
        "UPDATE alert_event SET acked_ts = ?, acked_by = ? WHERE id = ? AND acked_ts IS NULL"));
    q.addBindValue(tsMs);
    q.addBindValue(nn(by));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

QList<Alert> AlertStore::open(const QString &server) const {
    return isReady() ? openFrom(m_store->database(), server) : QList<Alert>{};
}

QList<Alert> AlertStore::recent(const QString &server, int limit) const {
    return isReady() ? recentFrom(m_store->database(), server, limit) : QList<Alert>{};
}

std::optional<Alert> AlertStore::alert(qint64 id) const {
    if (!isReady())
        return std::nullopt;
    const auto list = select(m_store->database(), QStringLiteral("WHERE id = ?"), {id});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Alert> AlertStore::readFired(const QString &connectionName, const QString &server, qint64 fromMs,
                                   qint64 toMs) {
    return history::onClone(connectionName, [&](QSqlDatabase &db) {
        return select(db,
                      QStringLiteral("WHERE (? = '' OR server = ?) AND fired_ts >= ? AND fired_ts <= ? "
                                     "ORDER BY fired_ts, id"),
                      {nn(server), nn(server), fromMs, toMs});
    });
}

QList<Alert> AlertStore::readRecent(const QString &connectionName, const QString &server, int limit) {
    return history::onClone(connectionName, [&](QSqlDatabase &db) { return recentFrom(db, server, limit); });
}

OpenSummary AlertStore::summarize(const QList<Alert> &alerts) {
    OpenSummary s;
    for (const Alert &a : alerts) {
        if (!a.isOpen())
            continue;
        ++s.open;
        if (!a.isAcked())
            ++s.unacknowledged;
        s.worst = qMax(s.worst, int(a.severity));
    }
    return s;
}

QHash<QString, OpenSummary> AlertStore::readOpenSummary(const QString &connectionName) {
    const QList<Alert> open =
        history::onClone(connectionName, [&](QSqlDatabase &db) { return openFrom(db, {}); });
    QHash<QString, QList<Alert>> byServer;
    for (const Alert &a : open)
        byServer[a.server] << a;
    QHash<QString, OpenSummary> out;
    for (auto it = byServer.cbegin(); it != byServer.cend(); ++it)
        out.insert(it.key(), summarize(it.value()));
    return out;
}

} // namespace alerts
