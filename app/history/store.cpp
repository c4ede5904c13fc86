#include "history/store.h"

#include "pg/sqlfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace history {

namespace {
QJsonObject parseJson(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
// Qt Sql binds a null QString as SQL NULL; our text columns want '' instead.
QString nn(const QString &s) {
    return s.isNull() ? QStringLiteral("") : s;
}
QString toJson(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

Store::Store(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("pgdba-history-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

Store::~Store() {
    close();
}

bool Store::open(const QString &databaseName, const QString &driver, const QString &host, int port,
                 const QString &user, const QString &password) {
    close();
    QString name = databaseName;
    if (driver == QLatin1String("QSQLITE")) {
        if (name.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(dir);
            name = QDir(dir).filePath(QStringLiteral("history.sqlite"));
        } else {
            QDir().mkpath(QFileInfo(name).absolutePath());
        }
    }
    m_databaseName = name;
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (!db.isValid()) {
        m_lastError =
            tr("The Qt Sql driver %1 is not installed (for SQLite: libqt6sql6-sqlite).").arg(driver);
        return false;
    }
    db.setDatabaseName(name);
    if (driver == QLatin1String("QSQLITE")) // the GUI and a recorder may write at the same time
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!host.isEmpty())
        db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    if (!user.isEmpty())
        db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return false;
    }
    if (driver == QLatin1String("QSQLITE")) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    if (!migrate())
        return false;
    m_retentionDays = meta(QStringLiteral("retention_days")).toInt();
    if (m_retentionDays <= 0)
        m_retentionDays = 7;
    return true;
}

void Store::close() {
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Store::isOpen() const {
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Store::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

bool Store::migrate() {
    QSqlDatabase db = database();
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    QString schema = pg::sqlFile(QStringLiteral("history/schema_v1"));
    schema.replace(QStringLiteral("{{ID}}"), sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                    : QStringLiteral("BIGSERIAL PRIMARY KEY"));
    // Strip comments, then run statement by statement (Qt Sql runs one at a time).
    QStringList lines;
    for (const QString &l : schema.split(QLatin1Char('\n')))
        if (!l.trimmed().startsWith(QLatin1String("--")))
            lines << l;
    const int current = meta(QStringLiteral("schema_version")).toInt();
    if (current > SchemaVersion) {
        m_lastError = tr("The history store %1 has schema version %2, newer than this pgdba (%3).")
                          .arg(m_databaseName)
                          .arg(current)
                          .arg(SchemaVersion);
        return false;
    }
    if (current == SchemaVersion)
        return true;
    db.transaction();
    if (!sqlite) {
        // A team store: recorders that start at the same instant on a brand-new store would race
        // on CREATE TABLE IF NOT EXISTS (a duplicate pg_type row). One creates; the others wait
        // here and find it done.
        QSqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_xact_lock(7236150)"));
        QSqlQuery made(db); // asking meta before it exists would abort the transaction
        if (made.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) && made.next() &&
            made.value(0).toBool() && meta(QStringLiteral("schema_version")).toInt() == SchemaVersion)
            return db.commit();
    }
    for (const QString &stmt : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
        if (stmt.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(stmt)) {
            m_lastError = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!setMeta(QStringLiteral("schema_version"), QString::number(SchemaVersion))) {
        db.rollback();
        return false;
    }
    return db.commit();
}

QString Store::meta(const QString &key) const {
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(nn(key));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool Store::setMeta(const QString &key, const QString &value) {
    QSqlQuery del(database());
    del.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    del.addBindValue(key);
    del.exec();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(nn(key));
    q.addBindValue(value);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

namespace {
QString lockKey(const QString &server) {
    return QStringLiteral("recorder:") + server;
}

// Whether the process that wrote a lock row still runs.
bool holderAlive(const QJsonObject &o, qint64 nowMs) {
    const qint64 pid = o.value(QStringLiteral("pid")).toInteger();
    if (o.value(QStringLiteral("host")).toString() != QSysInfo::machineHostName())
        return nowMs - o.value(QStringLiteral("heartbeat")).toInteger() < Store::StaleLockMs;
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return false;
    // A reused pid is not the recorder: it must still be pgdba.
    QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (cmd.open(QIODevice::ReadOnly))
        return cmd.readAll().contains("pgdba");
    return true;
}
} // namespace

bool Store::acquireRecorderLock(const QString &server, QString *holder, const QStringList &kinds) {
    QSqlDatabase db = database();
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    QSqlQuery begin(db);
    // IMMEDIATE: two recorders starting at once cannot both read "free" and both write.
    if (sqlite ? !begin.exec(QStringLiteral("BEGIN IMMEDIATE")) : !db.transaction()) {
        m_lastError = begin.lastError().text();
        if (holder)
            *holder = m_lastError;
        return false;
    }
    auto rollback = [&] {
        if (sqlite)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        else
            db.rollback();
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject current = parseJson(meta(lockKey(server)));
    if (!current.isEmpty() && current.value(QStringLiteral("pid")).toInteger() != qint64(::getpid()) &&
        holderAlive(current, now)) {
        rollback();
        if (holder)
            *holder =
                tr("pid %1 on %2, recording since %3")
                    .arg(current.value(QStringLiteral("pid")).toInteger())
                    .arg(current.value(QStringLiteral("host")).toString(),
                         QDateTime::fromMSecsSinceEpoch(current.value(QStringLiteral("since")).toInteger())
                             .toString(Qt::ISODate));
        return false;
    }
    const QJsonObject mine{{QStringLiteral("pid"), qint64(::getpid())},
                           {QStringLiteral("host"), QSysInfo::machineHostName()},
                           {QStringLiteral("since"), now},
                           {QStringLiteral("heartbeat"), now},
                           {QStringLiteral("kinds"), QJsonArray::fromStringList(kinds)}};
    if (!setMeta(lockKey(server), QString::fromUtf8(QJsonDocument(mine).toJson(QJsonDocument::Compact)))) {
        rollback();
        if (holder)
            *holder = m_lastError;
        return false;
    }
    if (sqlite)
        return QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    return db.commit();
}

void Store::refreshRecorderLock(const QString &server) {
    QJsonObject o = parseJson(meta(lockKey(server)));
    if (o.value(QStringLiteral("pid")).toInteger() != qint64(::getpid()))
        return;
    o.insert(QStringLiteral("heartbeat"), QDateTime::currentMSecsSinceEpoch());
    setMeta(lockKey(server), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

void Store::releaseRecorderLock(const QString &server) {
    const QJsonObject o = parseJson(meta(lockKey(server)));
    if (o.value(QStringLiteral("pid")).toInteger() != qint64(::getpid()))
        return;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.addBindValue(lockKey(server));
    q.exec();
}

int Store::schemaVersion() const {
    return meta(QStringLiteral("schema_version")).toInt();
}

QStringList Store::recordedKinds(const QString &server) const {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    RecordedKinds &r = m_recorded[server];
    if (r.checkedMs > 0 && now - r.checkedMs < DeferCheckMs)
        return r.kinds;
    r.checkedMs = now;
    r.kinds.clear();
    const QJsonObject holder = parseJson(meta(lockKey(server)));
    if (!holder.isEmpty() && holder.value(QStringLiteral("pid")).toInteger() != qint64(::getpid()) &&
        holderAlive(holder, now))
        for (const QJsonValue &k : holder.value(QStringLiteral("kinds")).toArray())
            r.kinds << k.toString();
    return r.kinds;
}

bool Store::deferred(const QString &server, const QString &kind, qsizetype count) {
    if (!m_deferToRecorders || !recordedKinds(server).contains(kind))
        return false;
    m_deferred += count;
    return true;
}

bool Store::append(const QString &server, const QString &kind, const QString &key, qint64 tsMs,
                   const QJsonObject &value) {
    if (deferred(server, kind, 1))
        return true;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO samples (server, kind, key, ts, value) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(nn(server));
    q.addBindValue(nn(kind));
    q.addBindValue(nn(key));
    q.addBindValue(tsMs);
    q.addBindValue(toJson(value));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool Store::appendBatch(const QString &server, const QString &kind, const QList<Sample> &samples) {
    if (deferred(server, kind, samples.size()))
        return true;
    QSqlDatabase db = database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO samples (server, kind, key, ts, value) VALUES (?, ?, ?, ?, ?)"));
    for (const Sample &s : samples) {
        q.bindValue(0, nn(server));
        q.bindValue(1, nn(kind));
        q.bindValue(2, nn(s.key));
        q.bindValue(3, s.tsMs);
        q.bindValue(4, toJson(s.value));
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

namespace {
QList<Sample> readRange(const QSqlDatabase &db, const QString &server, const QString &kind,
                        const QString &key, qint64 fromMs, qint64 toMs) {
    QList<Sample> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ts, key, value FROM samples WHERE server = ? AND kind = ? AND key = ? "
                             "AND ts >= ? AND ts <= ? ORDER BY ts"));
    q.addBindValue(nn(server));
    q.addBindValue(nn(kind));
    q.addBindValue(nn(key));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), parseJson(q.value(2).toString())});
    return out;
}
} // namespace

QList<Sample> Store::samples(const QString &server, const QString &kind, const QString &key, qint64 fromMs,
                             qint64 toMs) const {
    return readRange(database(), server, kind, key, fromMs, toMs);
}

QList<Sample> Store::readSamples(const QString &connectionName, const QString &server, const QString &kind,
                                 const QString &key, qint64 fromMs, qint64 toMs) {
    return onClone(connectionName,
                   [&](QSqlDatabase &db) { return readRange(db, server, kind, key, fromMs, toMs); });
}

namespace {
QList<Sample> readAllKeys(const QSqlDatabase &db, const QString &server, const QString &kind, qint64 fromMs,
                          qint64 toMs) {
    QList<Sample> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ts, key, value FROM samples WHERE server = ? AND kind = ? "
                             "AND ts >= ? AND ts <= ? ORDER BY ts, key"));
    q.addBindValue(nn(server));
    q.addBindValue(nn(kind));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), parseJson(q.value(2).toString())});
    return out;
}
} // namespace

QList<Sample> Store::samplesAllKeys(const QString &server, const QString &kind, qint64 fromMs,
                                    qint64 toMs) const {
    return readAllKeys(database(), server, kind, fromMs, toMs);
}

QList<Sample> Store::readSamplesAllKeys(const QString &connectionName, const QString &server,
                                        const QString &kind, qint64 fromMs, qint64 toMs) {
    return onClone(connectionName,
                   [&](QSqlDatabase &db) { return readAllKeys(db, server, kind, fromMs, toMs); });
}

QList<Sample> Store::readSamplesKeyPrefixes(const QString &connectionName, const QString &server,
                                            const QString &kind, const QStringList &prefixes, qint64 fromMs,
                                            qint64 toMs) {
    return onClone(connectionName, [&](QSqlDatabase &db) {
        QList<Sample> out;
        // SQLite compares text bytewise, so a prefix is a key range the index serves; a team
        // store's collation may not, so there the prefix is compared as a string.
        const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sqlite ? QStringLiteral("SELECT ts, key, value FROM samples WHERE server = ? AND kind = ? "
                                          "AND key >= ? AND key < ? AND ts >= ? AND ts <= ?")
                         : QStringLiteral("SELECT ts, key, value FROM samples WHERE server = ? AND kind = ? "
                                          "AND substr(key, 1, ?) = ? AND ts >= ? AND ts <= ?"));
        for (const QString &prefix : prefixes) {
            if (prefix.isEmpty())
                continue;
            q.bindValue(0, nn(server));
            q.bindValue(1, nn(kind));
            if (sqlite) {
                QString upper = prefix;
                upper.back() = QChar(upper.back().unicode() + 1);
                q.bindValue(2, prefix);
                q.bindValue(3, upper);
            } else {
                q.bindValue(2, int(prefix.size()));
                q.bindValue(3, prefix);
            }
            q.bindValue(4, fromMs);
            q.bindValue(5, toMs);
            if (!q.exec())
                break;
            while (q.next()) {
                const QString key = q.value(1).toString();
                if (key.startsWith(prefix))
                    out.append({q.value(0).toLongLong(), key, parseJson(q.value(2).toString())});
            }
        }
        return out;
    });
}

QStringList Store::keys(const QString &server, const QString &kind, qint64 fromMs) const {
    QStringList out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT DISTINCT key FROM samples WHERE server = ? AND kind = ? AND ts >= ? ORDER BY key"));
    q.addBindValue(nn(server));
    q.addBindValue(nn(kind));
    q.addBindValue(fromMs);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

qint64 Store::countSamples(const QString &server, const QString &kind) const {
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("SELECT count(*) FROM samples WHERE (? = '' OR server = ?) AND (? = '' OR kind = ?)"));
    q.addBindValue(nn(server));
    q.addBindValue(nn(server));
    q.addBindValue(nn(kind));
    q.addBindValue(nn(kind));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void Store::setRetentionDays(int days) {
    m_retentionDays = qMax(1, days);
    setMeta(QStringLiteral("retention_days"), QString::number(m_retentionDays));
}

int Store::retentionDays() const {
    return m_retentionDays;
}

int Store::enforceRetention(qint64 nowMs) {
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM samples WHERE ts < ?"));
    q.addBindValue(nowMs - qint64(m_retentionDays) * 86400 * 1000);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

bool Store::appendAudit(const AuditEntry &e) {
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO audit (ts, server, database, db_role, os_user, pid, target_user, "
                             "target_application, target_query, action, outcome, message) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(e.tsMs), QVariant(nn(e.server)), QVariant(nn(e.database)), QVariant(nn(e.dbRole)),
          QVariant(nn(e.osUser)), QVariant(e.pid), QVariant(nn(e.targetUser)),
          QVariant(nn(e.targetApplication)), QVariant(nn(e.targetQuery)), QVariant(nn(e.action)),
          QVariant(nn(e.outcome)), QVariant(nn(e.message))})
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    Q_EMIT auditAppended();
    return true;
}

namespace {
QList<AuditEntry> readAuditFrom(const QSqlDatabase &db, int limit, const QString &server) {
    QList<AuditEntry> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ts, server, database, db_role, os_user, pid, target_user, target_application, "
                       "target_query, action, outcome, message FROM audit WHERE (? = '' OR server = ?) "
                       "ORDER BY ts DESC, id DESC LIMIT ?"));
    q.addBindValue(nn(server));
    q.addBindValue(nn(server));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditEntry e;
        e.tsMs = q.value(0).toLongLong();
        e.server = q.value(1).toString();
        e.database = q.value(2).toString();
        e.dbRole = q.value(3).toString();
        e.osUser = q.value(4).toString();
        e.pid = q.value(5).toInt();
        e.targetUser = q.value(6).toString();
        e.targetApplication = q.value(7).toString();
        e.targetQuery = q.value(8).toString();
        e.action = q.value(9).toString();
        e.outcome = q.value(10).toString();
        e.message = q.value(11).toString();
        out << e;
    }
    return out;
}
} // namespace

QList<AuditEntry> Store::audit(int limit, const QString &server) const {
    return readAuditFrom(database(), limit, server);
}

QList<AuditEntry> Store::readAudit(const QString &connectionName, int limit, const QString &server) {
    return onClone(connectionName, [&](QSqlDatabase &db) { return readAuditFrom(db, limit, server); });
}

} // namespace history
