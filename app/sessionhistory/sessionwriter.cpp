// SessionWriter: the session store's schema, partitions, dictionary, samples, incidents,
// downsampling and retention.
#include "sessionhistory/sessionstore.h"

#include "pg/sqlfile.h"
#include "sessionhistory/sessionstore_p.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace sessionhistory {

using detail::kHour;
using detail::kMinute;
using detail::nn;

namespace {
constexpr qint64 kWriteMarginMs = 15 * 1000; // a sample taken before now may still be written

qint64 floorTo(qint64 v, qint64 step) {
    return v >= 0 ? v / step * step : -((-v + step - 1) / step) * step;
}
ClassCounts addClasses(ClassCounts a, const ClassCounts &b) {
    for (int i = 0; i < int(a.size()); ++i)
        a[i] += b[i];
    return a;
}
} // namespace

SessionWriter::SessionWriter(QSqlDatabase database)
    : m_connection(database.connectionName())
    , m_sqlite(database.driverName() == QLatin1String("QSQLITE")) {}

bool SessionWriter::ensureSchema() {
    QString schema = pg::sqlFile(QStringLiteral("history/sessions_schema_v1"));
    schema.replace(QStringLiteral("{{ID}}"), m_sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                      : QStringLiteral("SERIAL PRIMARY KEY"));
    schema.replace(QStringLiteral("{{BLOB}}"), m_sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA"));
    schema.replace(QStringLiteral("{{WITHOUT_ROWID}}"),
                   m_sqlite ? QStringLiteral(" WITHOUT ROWID") : QString());
    schema.replace(QStringLiteral("{{BY_DAY}}"),
                   m_sqlite ? QString() : QStringLiteral(" PARTITION BY RANGE (ts)"));
    schema.replace(QStringLiteral("{{BY_START_DAY}}"),
                   m_sqlite ? QString() : QStringLiteral(" PARTITION BY RANGE (start_ts)"));
    schema.replace(QStringLiteral("{{BY_LEVEL}}"),
                   m_sqlite ? QString() : QStringLiteral(" PARTITION BY LIST (level)"));
    if (!m_sqlite) {
        // Aggregates: one table per level, each by day.
        for (const char *table : {"sh_agg", "sh_aggn"})
            for (int level : {1, 2})
                schema +=
                    QStringLiteral(";\nCREATE TABLE IF NOT EXISTS %1_l%2 PARTITION OF %1 FOR VALUES IN (%2) "
                                   "PARTITION BY RANGE (ts)")
                        .arg(QLatin1String(table))
                        .arg(level);
    }
    QStringList lines;
    for (const QString &l : schema.split(QLatin1Char('\n')))
        if (!l.trimmed().startsWith(QLatin1String("--")))
            lines << l;
    db().transaction();
    if (!m_sqlite) // recorders starting at once: one creates, the others wait and find it done
        QSqlQuery(db()).exec(QStringLiteral("SELECT pg_advisory_xact_lock(7236151)"));
    for (const QString &stmt : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
        if (stmt.trimmed().isEmpty())
            continue;
        QSqlQuery q(db());
        if (!q.exec(stmt)) {
            m_error = q.lastError().text();
            db().rollback();
            return false;
        }
    }
    if (!db().commit())
        return false;
    return ensurePartitionsAhead(QDateTime::currentMSecsSinceEpoch());
}

namespace {
constexpr qint64 kDay = 24 * kHour;
const char *const kPartitioned[] = {"sh_sample", "sh_agg_l1",  "sh_aggn_l1",
                                    "sh_agg_l2", "sh_aggn_l2", "sh_incident"};
QString dayName(const QString &table, qint64 day) {
    return table + QStringLiteral("_p") +
           QDateTime::fromMSecsSinceEpoch(day, Qt::UTC).toString(QStringLiteral("yyyyMMdd"));
}
} // namespace

bool SessionWriter::ensurePartitionsAhead(qint64 nowMs) {
    return ensurePartitions(nowMs - kDay, nowMs + 2 * kDay);
}

bool SessionWriter::ensurePartitions(qint64 fromMs, qint64 toMs) {
    if (m_sqlite)
        return true;
    QList<qint64> missing;
    for (qint64 day = floorTo(fromMs, kDay); day <= toMs; day += kDay)
        if (!m_days.contains(day))
            missing << day;
    if (missing.isEmpty())
        return true;
    db().transaction();
    QSqlQuery lock(db());
    lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7236152)")); // one creator at a time
    for (qint64 day : std::as_const(missing)) {
        for (const char *table : kPartitioned) {
            QSqlQuery q(db());
            // Bounds are our own integers, not user input.
            if (!q.exec(QStringLiteral(
                            "CREATE TABLE IF NOT EXISTS %1 PARTITION OF %2 FOR VALUES FROM (%3) TO (%4)")
                            .arg(dayName(QLatin1String(table), day), QLatin1String(table))
                            .arg(day)
                            .arg(day + kDay))) {
                m_error = q.lastError().text();
                db().rollback();
                return false;
            }
        }
    }
    if (!db().commit()) {
        m_error = db().lastError().text();
        return false;
    }
    for (qint64 day : std::as_const(missing))
        m_days.insert(day);
    return true;
}

QStringList SessionWriter::partitions(const QString &table) {
    QStringList out;
    if (m_sqlite)
        return out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                             "WHERE i.inhparent = to_regclass(?) ORDER BY 1"));
    q.addBindValue(table);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

qint64 SessionWriter::dropExpired(const QString &table, qint64 cutMs) {
    qint64 dropped = 0;
    for (const QString &name : partitions(table)) {
        const QDate d = QDate::fromString(name.section(QStringLiteral("_p"), -1), QStringLiteral("yyyyMMdd"));
        if (!d.isValid())
            continue;
        const qint64 end = QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + kDay;
        if (end > cutMs)
            continue;
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(name))) {
            m_error = q.lastError().text();
            return -1;
        }
        m_days.remove(end - kDay);
        ++dropped;
    }
    return dropped;
}

int SessionWriter::serverId(const QString &server) {
    if (auto it = m_servers.constFind(server); it != m_servers.cend())
        return *it;
    QSqlQuery ins(db());
    ins.prepare(QStringLiteral("INSERT INTO sh_server (name) VALUES (?) ON CONFLICT (name) DO NOTHING"));
    ins.addBindValue(nn(server));
    if (!ins.exec()) {
        m_error = ins.lastError().text();
        return -1;
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id FROM sh_server WHERE name = ?"));
    q.addBindValue(nn(server));
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return -1;
    }
    const int id = q.value(0).toInt();
    m_servers.insert(server, id);
    return id;
}

bool SessionWriter::loadDictionary(int srv) {
    Dict d;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, kind, hash FROM sh_dict WHERE srv = ?"));
    q.addBindValue(srv);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const auto id = quint32(q.value(0).toLongLong());
        d.ids.insert({q.value(1).toInt(), q.value(2).toLongLong()}, id);
        d.maxId = qMax(d.maxId, id);
    }
    m_dicts.insert(srv, d);
    return true;
}

quint32 SessionWriter::intern(int srv, Kind kind, const QString &text, qint64 hash) {
    if (text.isEmpty())
        return 0;
    if (!m_dicts.contains(srv) && !loadDictionary(srv))
        return 0;
    if (hash == 0)
        hash = textHash(text);
    const QPair<int, qint64> key{int(kind), hash};
    Dict &d = m_dicts[srv];
    if (auto it = d.ids.constFind(key); it != d.ids.cend())
        return *it;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const quint32 id = d.maxId + 1;
        QSqlQuery ins(db());
        ins.prepare(QStringLiteral(
            "INSERT INTO sh_dict (srv, id, kind, hash, text) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        ins.addBindValue(srv);
        ins.addBindValue(qint64(id));
        ins.addBindValue(int(kind));
        ins.addBindValue(hash);
        ins.addBindValue(text);
        if (!ins.exec()) {
            m_error = ins.lastError().text();
            return 0;
        }
        if (ins.numRowsAffected() == 1) {
            d.maxId = id;
            d.ids.insert(key, id);
            return id;
        }
        // Another writer (a GUI beside a recorder) took the id or wrote the text: read again.
        if (!loadDictionary(srv))
            return 0;
        Dict &fresh = m_dicts[srv];
        if (auto it = fresh.ids.constFind(key); it != fresh.ids.cend())
            return *it;
        d = fresh;
    }
    return 0;
}

PackedRow SessionWriter::pack(int srv, const SessionRow &r, qint64 ts) {
    PackedRow p;
    p.pid = r.pid;
    p.active = r.isActive();
    p.user = intern(srv, Kind::User, r.user);
    p.database = intern(srv, Kind::Database, r.database);
    p.application = intern(srv, Kind::Application, r.application);
    p.client = intern(srv, Kind::Client, r.client);
    p.backendType = intern(srv, Kind::BackendType, r.backendType);
    p.state = intern(srv, Kind::State, r.state);
    p.wait = r.waitType.isEmpty() ? 0 : intern(srv, Kind::Wait, r.waitKey());
    p.query = intern(srv, Kind::Query, r.query, r.queryId);
    p.lockMode = intern(srv, Kind::LockMode, r.lockMode);
    p.relation = intern(srv, Kind::Relation, r.relation);
    p.lockType = intern(srv, Kind::LockType, r.lockType);
    p.transactionId = quint64(qMax<qint64>(0, r.transactionId));
    p.page = r.page;
    p.tuple = r.tuple;
    auto age = [ts](qint64 at) { return at > 0 ? qMax<qint64>(0, ts - at) : -1; };
    p.xactAgeMs = age(r.xactStartMs);
    p.queryAgeMs = age(r.queryStartMs);
    p.waitAgeMs = age(r.waitStartMs);
    p.blockers = r.blockers;
    return p;
}

bool SessionWriter::writeSample(const QString &server, const SessionSample &sample) {
    const int srv = serverId(server);
    if (srv < 0 || !ensurePartitions(sample.tsMs, sample.tsMs))
        return false;
    db().transaction();
    QList<PackedRow> rows;
    rows.reserve(sample.rows.size());
    ClassCounts classes{};
    int active = 0;
    for (const SessionRow &r : sample.rows) {
        rows << pack(srv, r, sample.tsMs);
        if (r.isActive()) {
            ++active;
            ++classes[int(waitClassOf(r.waitType))];
        }
    }
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO sh_sample (srv, ts, idle, active, cls, rows) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT DO NOTHING"));
    q.addBindValue(srv);
    q.addBindValue(sample.tsMs);
    q.addBindValue(sample.idle);
    q.addBindValue(active);
    q.addBindValue(encodeClasses(classes));
    q.addBindValue(encodeRows(rows));
    if (!q.exec()) {
        m_error = q.lastError().text();
        db().rollback();
        m_dicts.remove(srv); // ids of the rolled-back texts are not in the table
        return false;
    }
    if (!db().commit()) {
        m_error = db().lastError().text();
        m_dicts.remove(srv);
        return false;
    }
    return true;
}

bool SessionWriter::writeIncident(const QString &server, const Incident &inc) {
    const int srv = serverId(server);
    if (srv < 0 || !ensurePartitions(inc.startMs, inc.startMs)) // the day it started
        return false;
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO sh_incident (srv, start_ts, root_pid, end_ts, blocked_max, root_state, root_query, "
        "wait_mode, relation, forest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (srv, start_ts, root_pid) DO UPDATE SET end_ts = excluded.end_ts, "
        "blocked_max = excluded.blocked_max, root_state = excluded.root_state, "
        "root_query = excluded.root_query, wait_mode = excluded.wait_mode, relation = excluded.relation, "
        "forest = excluded.forest"));
    q.addBindValue(srv);
    q.addBindValue(inc.startMs);
    q.addBindValue(inc.rootPid);
    q.addBindValue(inc.endMs);
    q.addBindValue(inc.blockedMax);
    q.addBindValue(nn(inc.rootState));
    q.addBindValue(nn(inc.rootQuery));
    q.addBindValue(nn(inc.waitMode));
    q.addBindValue(nn(inc.relation));
    q.addBindValue(QString::fromUtf8(QJsonDocument(inc.forest).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 SessionWriter::progress(int srv, int level) {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT next_ts FROM sh_progress WHERE srv = ? AND level = ?"));
    q.addBindValue(srv);
    q.addBindValue(level);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool SessionWriter::setProgress(int srv, int level, qint64 nextTs) {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO sh_progress (srv, level, next_ts) VALUES (?, ?, ?) "
                             "ON CONFLICT (srv, level) DO UPDATE SET next_ts = excluded.next_ts"));
    q.addBindValue(srv);
    q.addBindValue(level);
    q.addBindValue(nextTs);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

int SessionWriter::downsample(const QString &server, qint64 nowMs) {
    const int srv = serverId(server);
    if (srv < 0)
        return -1;
    if (!ensurePartitionsAhead(nowMs))
        return -1;
    const int minutes = aggregateMinutes(srv, nowMs);
    if (minutes < 0)
        return -1;
    const int hours = aggregateHours(srv);
    return hours < 0 ? -1 : minutes + hours;
}

namespace {
struct AggKey {
    qint64 ts;
    int dim;
    quint32 k1, k2;
    auto operator<=>(const AggKey &) const = default;
};
} // namespace

int SessionWriter::aggregateMinutes(int srv, qint64 nowMs) {
    qint64 next = progress(srv, 1);
    if (next == 0) {
        QSqlQuery first(db());
        first.prepare(QStringLiteral("SELECT min(ts) FROM sh_sample WHERE srv = ?"));
        first.addBindValue(srv);
        if (!first.exec() || !first.next() || first.value(0).isNull())
            return 0;
        next = floorTo(first.value(0).toLongLong(), kMinute);
    }
    const qint64 end = qMin(floorTo(nowMs - kWriteMarginMs, kMinute), next + 24 * kHour);
    if (end <= next)
        return 0;
    if (!ensurePartitions(next, end))
        return -1;
    std::map<AggKey, qint64> agg;
    std::map<qint64, std::pair<qint64, ClassCounts>> perMinute; // samples, classes
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ts, cls, rows FROM sh_sample WHERE srv = ? AND ts >= ? AND ts < ?"));
        q.addBindValue(srv);
        q.addBindValue(next);
        q.addBindValue(end);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return -1;
        }
        QList<PackedRow> rows;
        while (q.next()) {
            const qint64 minute = floorTo(q.value(0).toLongLong(), kMinute);
            auto &pm = perMinute[minute];
            ++pm.first;
            pm.second = addClasses(pm.second, decodeClasses(q.value(1).toByteArray()));
            decodeRows(q.value(2).toByteArray(), &rows);
            for (const PackedRow &r : std::as_const(rows)) {
                if (!r.active)
                    continue;
                ++agg[{minute, 0, r.wait, r.query}];
                ++agg[{minute, 1, r.user, r.wait}];
                ++agg[{minute, 2, r.application, r.wait}];
                ++agg[{minute, 3, r.database, r.wait}];
                ++agg[{minute, 4, r.client, r.wait}];
            }
        }
    }
    db().transaction();
    auto fail = [this](const QSqlQuery &q) {
        m_error = q.lastError().text();
        db().rollback();
        return -1;
    };
    for (const char *table : {"sh_agg", "sh_aggn"}) {
        QSqlQuery del(db());
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE srv = ? AND level = 1 AND ts >= ? AND ts < ?")
                        .arg(QLatin1String(table)));
        del.addBindValue(srv);
        del.addBindValue(next);
        del.addBindValue(end);
        if (!del.exec())
            return fail(del);
    }
    QSqlQuery ins(db());
    ins.prepare(
        QStringLiteral("INSERT INTO sh_agg (srv, level, ts, dim, k1, k2, n) VALUES (?, 1, ?, ?, ?, ?, ?)"));
    for (const auto &[k, n] : agg) {
        ins.bindValue(0, srv);
        ins.bindValue(1, k.ts);
        ins.bindValue(2, k.dim);
        ins.bindValue(3, qint64(k.k1));
        ins.bindValue(4, qint64(k.k2));
        ins.bindValue(5, n);
        if (!ins.exec())
            return fail(ins);
    }
    QSqlQuery insn(db());
    insn.prepare(QStringLiteral("INSERT INTO sh_aggn (srv, level, ts, samples, cls) VALUES (?, 1, ?, ?, ?)"));
    for (const auto &[minute, pm] : perMinute) {
        insn.bindValue(0, srv);
        insn.bindValue(1, minute);
        insn.bindValue(2, pm.first);
        insn.bindValue(3, encodeClasses(pm.second));
        if (!insn.exec())
            return fail(insn);
    }
    if (!setProgress(srv, 1, end)) {
        db().rollback();
        return -1;
    }
    if (!db().commit()) {
        m_error = db().lastError().text();
        return -1;
    }
    return int(perMinute.size());
}

int SessionWriter::aggregateHours(int srv) {
    const qint64 minutesDone = progress(srv, 1);
    if (minutesDone == 0)
        return 0;
    qint64 next = progress(srv, 2);
    if (next == 0) {
        QSqlQuery first(db());
        first.prepare(QStringLiteral("SELECT min(ts) FROM sh_aggn WHERE srv = ? AND level = 1"));
        first.addBindValue(srv);
        if (!first.exec() || !first.next() || first.value(0).isNull())
            return 0;
        next = floorTo(first.value(0).toLongLong(), kHour);
    }
    const qint64 end = floorTo(minutesDone, kHour);
    if (end <= next)
        return 0;
    if (!ensurePartitions(next, end))
        return -1;
    std::map<qint64, std::pair<qint64, ClassCounts>> perHour;
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT ts, samples, cls FROM sh_aggn WHERE srv = ? AND level = 1 AND ts >= ? "
                           "AND ts < ?"));
        q.addBindValue(srv);
        q.addBindValue(next);
        q.addBindValue(end);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return -1;
        }
        while (q.next()) {
            auto &ph = perHour[floorTo(q.value(0).toLongLong(), kHour)];
            ph.first += q.value(1).toLongLong();
            ph.second = addClasses(ph.second, decodeClasses(q.value(2).toByteArray()));
        }
    }
    db().transaction();
    auto fail = [this](const QSqlQuery &q) {
        m_error = q.lastError().text();
        db().rollback();
        return -1;
    };
    for (const char *table : {"sh_agg", "sh_aggn"}) {
        QSqlQuery del(db());
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE srv = ? AND level = 2 AND ts >= ? AND ts < ?")
                        .arg(QLatin1String(table)));
        del.addBindValue(srv);
        del.addBindValue(next);
        del.addBindValue(end);
        if (!del.exec())
            return fail(del);
    }
    QSqlQuery ins(db());
    ins.prepare(QStringLiteral("INSERT INTO sh_agg (srv, level, ts, dim, k1, k2, n) "
                               "SELECT srv, 2, (ts / 3600000) * 3600000, dim, k1, k2, sum(n) FROM sh_agg "
                               "WHERE srv = ? AND level = 1 AND ts >= ? AND ts < ? GROUP BY srv, (ts / "
                               "3600000) * 3600000, dim, k1, k2"));
    ins.addBindValue(srv);
    ins.addBindValue(next);
    ins.addBindValue(end);
    if (!ins.exec())
        return fail(ins);
    QSqlQuery insn(db());
    insn.prepare(QStringLiteral("INSERT INTO sh_aggn (srv, level, ts, samples, cls) VALUES (?, 2, ?, ?, ?)"));
    for (const auto &[hour, ph] : perHour) {
        insn.bindValue(0, srv);
        insn.bindValue(1, hour);
        insn.bindValue(2, ph.first);
        insn.bindValue(3, encodeClasses(ph.second));
        if (!insn.exec())
            return fail(insn);
    }
    if (!setProgress(srv, 2, end)) {
        db().rollback();
        return -1;
    }
    if (!db().commit()) {
        m_error = db().lastError().text();
        return -1;
    }
    return int(perHour.size());
}

qint64 SessionWriter::enforceRetention(const QString &server, qint64 nowMs, const Retention &retention) {
    const int srv = serverId(server);
    if (srv < 0)
        return -1;
    const qint64 minutesDone = progress(srv, 1);
    const qint64 hoursDone = progress(srv, 2);
    qint64 total = 0;
    auto run = [&](const QString &sql, qint64 cut) {
        QSqlQuery q(db());
        q.prepare(sql);
        q.addBindValue(srv);
        q.addBindValue(cut);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        total += qMax(0, q.numRowsAffected());
        return true;
    };
    if (!m_sqlite) {
        // A team store: whole expired days go (DROP of the partition, no DELETE), for every server.
        const qint64 a = dropExpired(QStringLiteral("sh_sample"), nowMs - retention.rawMs);
        const qint64 b = dropExpired(QStringLiteral("sh_agg_l1"), nowMs - retention.minuteMs);
        const qint64 c = dropExpired(QStringLiteral("sh_aggn_l1"), nowMs - retention.minuteMs);
        const qint64 d = dropExpired(QStringLiteral("sh_agg_l2"), nowMs - retention.hourMs);
        const qint64 e = dropExpired(QStringLiteral("sh_aggn_l2"), nowMs - retention.hourMs);
        const qint64 f = dropExpired(QStringLiteral("sh_incident"), nowMs - retention.hourMs);
        if (a < 0 || b < 0 || c < 0 || d < 0 || e < 0 || f < 0)
            return -1;
        return a + b + c + d + e + f; // partitions dropped
    }
    // Nothing goes before it is aggregated into the next level.
    const qint64 rawCut = qMin(nowMs - retention.rawMs, minutesDone);
    const qint64 minuteCut = qMin(nowMs - retention.minuteMs, hoursDone);
    const qint64 hourCut = nowMs - retention.hourMs;
    const bool ok =
        run(QStringLiteral("DELETE FROM sh_sample WHERE srv = ? AND ts < ?"), rawCut) &&
        run(QStringLiteral("DELETE FROM sh_agg WHERE srv = ? AND level = 1 AND ts < ?"), minuteCut) &&
        run(QStringLiteral("DELETE FROM sh_aggn WHERE srv = ? AND level = 1 AND ts < ?"), minuteCut) &&
        run(QStringLiteral("DELETE FROM sh_agg WHERE srv = ? AND level = 2 AND ts < ?"), hourCut) &&
        run(QStringLiteral("DELETE FROM sh_aggn WHERE srv = ? AND level = 2 AND ts < ?"), hourCut) &&
        run(QStringLiteral("DELETE FROM sh_incident WHERE srv = ? AND end_ts < ?"), hourCut);
    return ok ? total : -1;
}

} // namespace sessionhistory
