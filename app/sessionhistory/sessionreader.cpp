// SessionReader: samples, top lists, the timeline and incidents from the session store.
#include "sessionhistory/sessionstore.h"

#include "monitor/statementtracker.h"
#include "sessionhistory/sessionstore_p.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace sessionhistory {

using detail::kHour;
using detail::kMinute;
using detail::nn;

SessionReader::SessionReader(const QString &storeConnectionName)
    : m_name(storeConnectionName + QStringLiteral("-sessions-") +
             QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    QSqlDatabase db = QSqlDatabase::cloneDatabase(storeConnectionName, m_name);
    m_open = db.isValid() && db.open();
    if (!m_open)
        m_error = db.lastError().text();
}

SessionReader::~SessionReader() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QStringList SessionReader::servers() {
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (q.exec(QStringLiteral("SELECT name FROM sh_server ORDER BY name")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

int SessionReader::serverId(const QString &server) {
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.prepare(QStringLiteral("SELECT id FROM sh_server WHERE name = ?"));
    q.addBindValue(nn(server));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return -1;
    }
    return q.next() ? q.value(0).toInt() : -1;
}

bool SessionReader::loadDictionary(int srv) {
    if (srv == m_dictSrv)
        return true;
    m_text.clear();
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, text, kind, hash FROM sh_dict WHERE srv = ?"));
    q.addBindValue(srv);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    m_ids.clear();
    m_queryIds.clear();
    while (q.next()) {
        const auto id = quint32(q.value(0).toLongLong());
        const QString text = q.value(1).toString();
        m_text.insert(id, text);
        m_ids.insert({q.value(2).toInt(), text}, id);
        if (q.value(2).toInt() == int(Kind::Query) && q.value(3).toLongLong() != textHash(text))
            m_queryIds.insert(text, q.value(3).toLongLong());
    }
    m_dictSrv = srv;
    return true;
}

SessionSample SessionReader::unpack(qint64 ts, int idle, const QList<PackedRow> &rows) const {
    SessionSample s;
    s.tsMs = ts;
    s.idle = idle;
    s.rows.reserve(rows.size());
    auto at = [ts](qint64 age) { return age >= 0 ? ts - age : 0; };
    for (const PackedRow &p : rows) {
        SessionRow r;
        r.pid = p.pid;
        r.user = text(p.user);
        r.database = text(p.database);
        r.application = text(p.application);
        r.client = text(p.client);
        r.backendType = text(p.backendType);
        r.state = text(p.state);
        if (p.wait) {
            const QString w = text(p.wait);
            r.waitType = w.section(QLatin1Char(':'), 0, 0);
            r.waitEvent = w.section(QLatin1Char(':'), 1);
        }
        r.query = text(p.query);
        r.xactStartMs = at(p.xactAgeMs);
        r.queryStartMs = at(p.queryAgeMs);
        r.waitStartMs = at(p.waitAgeMs);
        r.blockers = p.blockers;
        r.lockMode = text(p.lockMode);
        r.relation = text(p.relation);
        r.lockType = text(p.lockType);
        r.transactionId = qint64(p.transactionId);
        r.page = p.page;
        r.tuple = p.tuple;
        s.rows << r;
    }
    return s;
}

QList<SessionSample> SessionReader::samples(const QString &server, qint64 fromMs, qint64 toMs) {
    QList<SessionSample> out;
    const int srv = serverId(server);
    if (srv < 0 || !loadDictionary(srv))
        return out;
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT ts, idle, rows FROM sh_sample WHERE srv = ? AND ts >= ? AND ts < ? ORDER BY ts"));
    q.addBindValue(srv);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    QList<PackedRow> rows;
    while (q.next()) {
        decodeRows(q.value(2).toByteArray(), &rows);
        out << unpack(q.value(0).toLongLong(), q.value(1).toInt(), rows);
    }
    return out;
}

std::optional<SessionSample> SessionReader::sampleAt(const QString &server, qint64 tsMs) {
    const int srv = serverId(server);
    if (srv < 0 || !loadDictionary(srv))
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.prepare(QStringLiteral(
        "SELECT ts, idle, rows FROM sh_sample WHERE srv = ? AND ts <= ? ORDER BY ts DESC LIMIT 1"));
    q.addBindValue(srv);
    q.addBindValue(tsMs);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QList<PackedRow> rows;
    decodeRows(q.value(2).toByteArray(), &rows);
    return unpack(q.value(0).toLongLong(), q.value(1).toInt(), rows);
}

qint64 SessionReader::neighbour(const QString &server, qint64 tsMs, int direction) {
    const int srv = serverId(server);
    if (srv < 0)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.prepare(direction < 0 ? QStringLiteral("SELECT max(ts) FROM sh_sample WHERE srv = ? AND ts < ?")
                            : QStringLiteral("SELECT min(ts) FROM sh_sample WHERE srv = ? AND ts > ?"));
    q.addBindValue(srv);
    q.addBindValue(tsMs);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return 0;
    return q.value(0).toLongLong();
}

Level SessionReader::chooseLevel(const QString &, qint64 fromMs, qint64 toMs, qint64 nowMs) {
    const qint64 span = toMs - fromMs;
    const Retention r;
    if (span <= 6 * kHour && fromMs >= nowMs - r.rawMs + kHour)
        return Level::Raw;
    if (span <= 8 * 24 * kHour && fromMs >= nowMs - r.minuteMs + kHour)
        return Level::Minute;
    return Level::Hour;
}

QList<quint32> SessionReader::idsOf(const Filter &f) const {
    QList<quint32> ids;
    auto lookup = [&](Kind kind) {
        if (f.key.isEmpty())
            ids << 0;
        else if (auto it = m_ids.constFind({int(kind), f.key}); it != m_ids.cend())
            ids << *it;
    };
    switch (f.dim) {
    case Dim::Wait:
        if (f.key == QLatin1String("CPU"))
            ids << 0;
        else
            lookup(Kind::Wait);
        break;
    case Dim::WaitClass:
        if (f.key == QLatin1String("CPU"))
            ids << 0;
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
            if (it.key().first == int(Kind::Wait) && waitClassNameOfKey(it.key().second) == f.key)
                ids << it.value();
        break;
    case Dim::Query:
        lookup(Kind::Query);
        break;
    case Dim::User:
        lookup(Kind::User);
        break;
    case Dim::Application:
        lookup(Kind::Application);
        break;
    case Dim::Database:
        lookup(Kind::Database);
        break;
    case Dim::Client:
        lookup(Kind::Client);
        break;
    }
    return ids;
}

namespace {
int pairDim(Dim d) { // the sh_agg dim of (d, wait) pairs
    switch (d) {
    case Dim::User:
        return 1;
    case Dim::Application:
        return 2;
    case Dim::Database:
        return 3;
    case Dim::Client:
        return 4;
    default:
        return 0;
    }
}
QString inList(const QList<quint32> &ids) {
    if (ids.isEmpty())
        return QStringLiteral("(NULL)"); // matches nothing
    QStringList parts;
    for (quint32 id : ids)
        parts << QString::number(id); // dictionary ids: integers of our own
    return QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}
} // namespace

std::optional<SessionReader::AggPlan> SessionReader::aggPlan(Dim target,
                                                             const std::optional<Filter> &filter) const {
    const bool targetWait = target == Dim::Wait || target == Dim::WaitClass;
    AggPlan p;
    if (targetWait || target == Dim::Query) {
        p.dim = 0;
        p.group = targetWait ? QStringLiteral("k1") : QStringLiteral("k2");
    } else {
        p.dim = pairDim(target);
        p.group = QStringLiteral("k1");
    }
    if (!filter)
        return p;
    const QString ids = inList(idsOf(*filter));
    const bool filterWait = filter->dim == Dim::Wait || filter->dim == Dim::WaitClass;
    if (filterWait) {
        p.where = (p.dim == 0 ? QStringLiteral(" AND k1 IN ") : QStringLiteral(" AND k2 IN ")) + ids;
        return p;
    }
    if (filter->dim == Dim::Query) {
        if (p.dim != 0)
            return std::nullopt; // (user, query) pairs are not kept
        p.where = QStringLiteral(" AND k2 IN ") + ids;
        return p;
    }
    // A user, application, database or client: its wait events, or itself.
    if (targetWait) {
        p.dim = pairDim(filter->dim);
        p.group = QStringLiteral("k2");
        p.where = QStringLiteral(" AND k1 IN ") + ids;
        return p;
    }
    if (target != filter->dim)
        return std::nullopt;
    p.where = QStringLiteral(" AND k1 IN ") + ids;
    return p;
}

bool SessionReader::aggregatesAnswer(Dim target, const std::optional<Filter> &filter) {
    if (!filter || filter->dim == Dim::Wait || filter->dim == Dim::WaitClass)
        return true;
    const bool targetWait = target == Dim::Wait || target == Dim::WaitClass;
    if (filter->dim == Dim::Query)
        return targetWait || target == Dim::Query;
    return targetWait || target == filter->dim;
}

QString SessionReader::keyOf(Dim dim, quint32 wait, quint32 query, quint32 user, quint32 app, quint32 db,
                             quint32 client) const {
    switch (dim) {
    case Dim::Wait:
        return wait ? text(wait) : QStringLiteral("CPU");
    case Dim::WaitClass:
        return waitClassNameOfKey(wait ? text(wait) : QStringLiteral("CPU"));
    case Dim::Query:
        return text(query);
    case Dim::User:
        return text(user);
    case Dim::Application:
        return text(app);
    case Dim::Database:
        return text(db);
    case Dim::Client:
        return text(client);
    }
    return {};
}

qint64 SessionReader::sampleCount(const QString &server, qint64 fromMs, qint64 toMs, Level level) {
    const int srv = serverId(server);
    if (srv < 0)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (level == Level::Raw) {
        q.prepare(QStringLiteral("SELECT count(*) FROM sh_sample WHERE srv = ? AND ts >= ? AND ts < ?"));
    } else {
        q.prepare(QStringLiteral(
            "SELECT sum(samples) FROM sh_aggn WHERE srv = ? AND level = ? AND ts >= ? AND ts < ?"));
    }
    q.addBindValue(srv);
    if (level != Level::Raw)
        q.addBindValue(int(level));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<TopEntry> SessionReader::top(const QString &server, qint64 fromMs, qint64 toMs, Dim dim, int limit,
                                   Level level, const std::optional<Filter> &filter) {
    QList<TopEntry> out;
    const int srv = serverId(server);
    if (srv < 0 || !loadDictionary(srv))
        return out;
    if (level == Level::Auto)
        level = chooseLevel(server, fromMs, toMs, QDateTime::currentMSecsSinceEpoch());
    QHash<QString, qint64> counts;
    auto matches = [&](quint32 w, quint32 qr, quint32 u, quint32 a, quint32 d, quint32 c) {
        return !filter || keyOf(filter->dim, w, qr, u, a, d, c) == filter->key;
    };
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (level == Level::Raw) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT rows FROM sh_sample WHERE srv = ? AND ts >= ? AND ts < ?"));
        q.addBindValue(srv);
        q.addBindValue(fromMs);
        q.addBindValue(toMs);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return out;
        }
        QList<PackedRow> rows;
        QHash<quint64, qint64> byId; // counted by id first: a string per row would be slow
        const bool byWaitClass = dim == Dim::WaitClass;
        while (q.next()) {
            decodeRows(q.value(0).toByteArray(), &rows);
            for (const PackedRow &r : std::as_const(rows)) {
                if (!r.active || !matches(r.wait, r.query, r.user, r.application, r.database, r.client))
                    continue;
                quint32 id = 0;
                switch (dim) {
                case Dim::Wait:
                case Dim::WaitClass:
                    id = r.wait;
                    break;
                case Dim::Query:
                    id = r.query;
                    break;
                case Dim::User:
                    id = r.user;
                    break;
                case Dim::Application:
                    id = r.application;
                    break;
                case Dim::Database:
                    id = r.database;
                    break;
                case Dim::Client:
                    id = r.client;
                    break;
                }
                ++byId[id];
            }
        }
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            const auto id = quint32(it.key());
            const QString key = byWaitClass || dim == Dim::Wait ? keyOf(dim, id, 0, 0, 0, 0, 0) : text(id);
            counts[key] += it.value();
        }
    } else {
        const std::optional<AggPlan> plan = aggPlan(dim, filter);
        if (!plan)
            return out; // this drill-down needs the raw samples (48 h)
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT %1, sum(n) FROM sh_agg WHERE srv = ? AND level = ? AND ts >= ? AND ts < ? "
                           "AND dim = %2%3 GROUP BY %1")
                .arg(plan->group)
                .arg(plan->dim)
                .arg(plan->where));
        q.addBindValue(srv);
        q.addBindValue(int(level));
        q.addBindValue(fromMs);
        q.addBindValue(toMs);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return out;
        }
        const bool waits = dim == Dim::Wait || dim == Dim::WaitClass;
        while (q.next()) {
            const auto id = quint32(q.value(0).toLongLong());
            counts[waits ? keyOf(dim, id, 0, 0, 0, 0, 0) : text(id)] += q.value(1).toLongLong();
        }
    }
    const qint64 samples = sampleCount(server, fromMs, toMs, level);
    qint64 total = 0;
    for (qint64 n : std::as_const(counts))
        total += n;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << TopEntry{it.key(), it.value(), samples > 0 ? double(it.value()) / double(samples) : 0.0,
                        total > 0 ? double(it.value()) / double(total) : 0.0};
    std::sort(out.begin(), out.end(), [](const TopEntry &a, const TopEntry &b) {
        return a.samples != b.samples ? a.samples > b.samples : a.key < b.key;
    });
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

QHash<int, QList<TopEntry>> SessionReader::topAll(const QString &server, qint64 fromMs, qint64 toMs,
                                                  const QList<Dim> &dims, int limit, Level level,
                                                  const std::optional<Filter> &filter) {
    QHash<int, QList<TopEntry>> out;
    const int srv = serverId(server);
    if (srv < 0 || !loadDictionary(srv))
        return out;
    if (level == Level::Auto)
        level = chooseLevel(server, fromMs, toMs, QDateTime::currentMSecsSinceEpoch());
    if (level != Level::Raw && filter) {
        for (Dim d : dims)
            out.insert(int(d), top(server, fromMs, toMs, d, limit, level, filter));
        return out;
    }
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    std::array<QHash<quint32, qint64>, int(Dim::WaitClass) + 1> byId;
    // The lists of counts by id: keys (wait keys or texts), shares, sorted, cut to limit.
    auto lists = [&](qint64 samples) {
        for (Dim d : dims) {
            QHash<QString, qint64> counts;
            const bool waits = d == Dim::Wait || d == Dim::WaitClass;
            for (auto it = byId[int(d)].cbegin(); it != byId[int(d)].cend(); ++it)
                counts[waits ? keyOf(d, it.key(), 0, 0, 0, 0, 0) : text(it.key())] += it.value();
            qint64 total = 0;
            for (qint64 n : std::as_const(counts))
                total += n;
            QList<TopEntry> list;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                list << TopEntry{it.key(), it.value(),
                                 samples > 0 ? double(it.value()) / double(samples) : 0.0,
                                 total > 0 ? double(it.value()) / double(total) : 0.0};
            std::sort(list.begin(), list.end(), [](const TopEntry &a, const TopEntry &b) {
                return a.samples != b.samples ? a.samples > b.samples : a.key < b.key;
            });
            if (limit > 0 && list.size() > limit)
                list.resize(limit);
            out.insert(int(d), list);
        }
    };
    auto built = [&](Level l) { // how far a level is aggregated (its next bucket)
        QSqlQuery p(db);
        p.prepare(QStringLiteral("SELECT next_ts FROM sh_progress WHERE srv = ? AND level = ?"));
        p.addBindValue(srv);
        p.addBindValue(int(l));
        return p.exec() && p.next() ? p.value(0).toLongLong() : qint64(0);
    };
    // Counts from the aggregates of [partFrom, partTo) at a level: every list from one pass over
    // the window's rows (one query per list read the whole window once each: 190 ms for 24 h of
    // minutes in a release build); at the minute level the full hours inside are read from the
    // hour aggregates (their totals are the minutes'; 60 times fewer rows), the minutes only for
    // the partial hours at the edges.
    auto fromAggregates = [&](Level partsLevel, qint64 partFrom, qint64 partTo) {
        QList<std::tuple<Level, qint64, qint64>> parts{{partsLevel, partFrom, partTo}};
        if (partsLevel == Level::Minute) {
            const qint64 h0 = (partFrom + kHour - 1) / kHour * kHour;
            const qint64 h1 = qMin(partTo, built(Level::Hour)) / kHour * kHour;
            if (h1 > h0)
                parts = {{Level::Minute, partFrom, h0}, {Level::Hour, h0, h1}, {Level::Minute, h1, partTo}};
        }
        QSqlQuery a(db);
        a.setForwardOnly(true);
        a.prepare(
            QStringLiteral("SELECT dim, k1, k2, sum(n) FROM sh_agg WHERE srv = ? AND level = ? AND ts >= ? "
                           "AND ts < ? GROUP BY dim, k1, k2"));
        for (const auto &[l, f, t] : parts) {
            if (t <= f)
                continue;
            a.bindValue(0, srv);
            a.bindValue(1, int(l));
            a.bindValue(2, f);
            a.bindValue(3, t);
            if (!a.exec()) {
                m_error = a.lastError().text();
                return false;
            }
            while (a.next()) {
                const int dim = a.value(0).toInt();
                const auto k1 = quint32(a.value(1).toLongLong()), k2 = quint32(a.value(2).toLongLong());
                const qint64 n = a.value(3).toLongLong();
                for (Dim d : dims) {
                    const bool waits = d == Dim::Wait || d == Dim::WaitClass;
                    if (dim == 0 && (waits || d == Dim::Query))
                        byId[int(d)][waits ? k1 : k2] += n;
                    else if (dim != 0 && !waits && d != Dim::Query && pairDim(d) == dim)
                        byId[int(d)][k1] += n;
                }
            }
        }
        return true;
    };
    if (level != Level::Raw) {
        if (!fromAggregates(level, fromMs, toMs))
            return out;
        lists(sampleCount(server, fromMs, toMs, level));
        return out;
    }
    // Raw samples. Without a filter, the complete minutes already aggregated come from the
    // minute (and hour) aggregates, whose counts are the raw samples' own (downsampling is a sum):
    // only the partial minutes at the edges and the newest samples not aggregated yet are decoded.
    // Decoding every sample of an hour's window (3,600 deflated blobs) took 1.3 s in the ASan
    // build; tests/bench/bench_sessionhistory.
    QList<std::pair<qint64, qint64>> rawParts{{fromMs, toMs}};
    if (!filter) {
        const qint64 m0 = (fromMs + kMinute - 1) / kMinute * kMinute;
        const qint64 m1 = qMin(toMs, built(Level::Minute)) / kMinute * kMinute;
        if (m1 > m0) {
            if (!fromAggregates(Level::Minute, m0, m1))
                return out;
            rawParts = {{fromMs, m0}, {m1, toMs}};
        }
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rows FROM sh_sample WHERE srv = ? AND ts >= ? AND ts < ?"));
    // A filter is one id set on one field: compare ids, not texts.
    QSet<quint32> filterIds;
    if (filter)
        for (quint32 id : idsOf(*filter))
            filterIds.insert(id);
    auto field = [](const PackedRow &r, Dim d) -> quint32 {
        switch (d) {
        case Dim::Wait:
        case Dim::WaitClass:
            return r.wait;
        case Dim::Query:
            return r.query;
        case Dim::User:
            return r.user;
        case Dim::Application:
            return r.application;
        case Dim::Database:
            return r.database;
        case Dim::Client:
            return r.client;
        }
        return 0;
    };
    QList<PackedRow> rows;
    for (const auto &[partFrom, partTo] : rawParts) {
        if (partTo <= partFrom)
            continue;
        q.bindValue(0, srv);
        q.bindValue(1, partFrom);
        q.bindValue(2, partTo);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return out;
        }
        while (q.next()) {
            decodeRows(q.value(0).toByteArray(), &rows);
            for (const PackedRow &r : std::as_const(rows)) {
                if (!r.active || (filter && !filterIds.contains(field(r, filter->dim))))
                    continue;
                for (Dim d : dims)
                    ++byId[int(d)][field(r, d)];
            }
        }
    }
    lists(sampleCount(server, fromMs, toMs, level));
    return out;
}

void SessionReader::addStatementStats(const QString &server, qint64 fromMs, qint64 toMs,
                                      QList<TopEntry> *queries) {
    if (!queries || queries->isEmpty())
        return;
    // Summed by the database, one indexed key range per query id listed ("<queryid>/" prefixes
    // of StatementKey::toString()): parsing each stored delta's JSON here cost 160 ms for the
    // ten top queries of a 24 h window in the ASan build (14,400 rows).
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sqlite
                  ? QStringLiteral("SELECT count(*), sum(json_extract(value, '$.d_calls')), "
                                   "sum(json_extract(value, '$.d_ms')) FROM samples WHERE server = ? AND "
                                   "kind = ? AND key >= ? AND key < ? AND ts >= ? AND ts <= ?")
                  : QStringLiteral("SELECT count(*), sum((value::jsonb->>'d_calls')::bigint), "
                                   "sum((value::jsonb->>'d_ms')::float8) FROM samples WHERE server = ? AND "
                                   "kind = ? AND substr(key, 1, ?) = ? AND ts >= ? AND ts <= ?"));
    struct Sum {
        qint64 rows = 0, calls = 0;
        double ms = 0;
    };
    QHash<qint64, Sum> byId;
    for (const TopEntry &e : std::as_const(*queries)) {
        for (qint64 id : queryIds(e.key)) {
            if (byId.contains(id))
                continue;
            const QString prefix = QString::number(id) + QLatin1Char('/');
            q.bindValue(0, nn(server));
            q.bindValue(1, QString::fromLatin1(monitor::StatementTracker::HistoryKind));
            if (sqlite) {
                q.bindValue(2, prefix);
                q.bindValue(3, QString(QString::number(id) + QLatin1Char('0'))); // '/' + 1
            } else {
                q.bindValue(2, int(prefix.size()));
                q.bindValue(3, prefix);
            }
            q.bindValue(4, fromMs);
            q.bindValue(5, toMs);
            if (!q.exec()) {
                m_error = q.lastError().text();
                return;
            }
            Sum sum;
            if (q.next()) {
                sum.rows = q.value(0).toLongLong();
                sum.calls = q.value(1).toLongLong();
                sum.ms = q.value(2).toDouble();
            }
            byId.insert(id, sum);
        }
    }
    for (TopEntry &e : *queries) {
        Sum total;
        for (qint64 id : queryIds(e.key)) {
            const Sum s = byId.value(id);
            total.rows += s.rows;
            total.calls += s.calls;
            total.ms += s.ms;
        }
        if (total.rows > 0) {
            e.calls = total.calls;
            e.meanMs = total.calls > 0 ? total.ms / double(total.calls) : 0.0;
        }
    }
}

TimelineData SessionReader::timeline(const QString &server, qint64 fromMs, qint64 toMs, int maxBuckets,
                                     Level level, const std::optional<Filter> &filter) {
    TimelineData t;
    t.fromMs = fromMs;
    t.toMs = toMs;
    const int srv = serverId(server);
    if (srv < 0 || toMs <= fromMs || !loadDictionary(srv))
        return t;
    if (level == Level::Auto)
        level = chooseLevel(server, fromMs, toMs, QDateTime::currentMSecsSinceEpoch());
    t.level = level;
    const qint64 step = qMax<qint64>(levelStepMs(level), 1000);
    const qint64 span = toMs - fromMs;
    t.bucketMs = qMax(step, (span / qMax(1, maxBuckets) + step - 1) / step * step);
    const int n = int((span + t.bucketMs - 1) / t.bucketMs);
    QList<std::array<double, int(WaitClass::Count)>> sums(n);
    QList<qint64> counts(n, 0);
    for (auto &s : sums)
        s.fill(0);
    auto bucketOf = [&](qint64 ts) { return int((ts - fromMs) / t.bucketMs); };
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (level == Level::Raw) {
        q.prepare(filter
                      ? QStringLiteral("SELECT ts, rows FROM sh_sample WHERE srv = ? AND ts >= ? AND ts < ?")
                      : QStringLiteral("SELECT ts, cls FROM sh_sample WHERE srv = ? AND ts >= ? AND ts < ?"));
    } else {
        q.prepare(
            QStringLiteral("SELECT ts, samples, cls FROM sh_aggn WHERE srv = ? AND level = %1 AND ts >= ? "
                           "AND ts < ?")
                .arg(int(level)));
    }
    q.addBindValue(srv);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return t;
    }
    QList<PackedRow> rows;
    QHash<quint32, int> classOfWait;
    auto classOf = [&](quint32 wait) {
        auto it = classOfWait.constFind(wait);
        if (it == classOfWait.cend())
            it = classOfWait.insert(
                wait, int(waitClassOf(wait ? text(wait).section(QLatin1Char(':'), 0, 0) : QString())));
        return *it;
    };
    while (q.next()) {
        const int b = bucketOf(q.value(0).toLongLong());
        if (b < 0 || b >= n)
            continue;
        if (level == Level::Raw) {
            ++counts[b];
            ++t.samples;
            if (!filter) {
                const ClassCounts c = decodeClasses(q.value(1).toByteArray());
                for (int i = 0; i < int(c.size()); ++i)
                    sums[b][i] += c[i];
                continue;
            }
            decodeRows(q.value(1).toByteArray(), &rows);
            for (const PackedRow &r : std::as_const(rows))
                if (r.active && keyOf(filter->dim, r.wait, r.query, r.user, r.application, r.database,
                                      r.client) == filter->key)
                    sums[b][classOf(r.wait)] += 1;
        } else {
            counts[b] += q.value(1).toLongLong();
            t.samples += q.value(1).toLongLong();
            if (!filter) {
                const ClassCounts c = decodeClasses(q.value(2).toByteArray());
                for (int i = 0; i < int(c.size()); ++i)
                    sums[b][i] += c[i];
            }
        }
    }
    if (filter && level != Level::Raw) {
        // The filtered sessions' wait per bucket: (wait, query) pairs for a wait or query filter,
        // (user|application|database|client, wait) pairs for the others.
        const bool waitFirst =
            filter->dim == Dim::Wait || filter->dim == Dim::WaitClass || filter->dim == Dim::Query;
        const std::optional<AggPlan> plan = aggPlan(waitFirst ? Dim::Wait : filter->dim, filter);
        QSqlQuery a(db);
        a.setForwardOnly(true);
        a.prepare(QStringLiteral(
                      "SELECT ts, %1, sum(n) FROM sh_agg WHERE srv = ? AND level = ? AND ts >= ? AND ts < ? "
                      "AND dim = %2%3 GROUP BY ts, %1")
                      .arg(waitFirst ? QStringLiteral("k1") : QStringLiteral("k2"))
                      .arg(plan ? plan->dim : 0)
                      .arg(plan ? plan->where : QStringLiteral(" AND false")));
        a.addBindValue(srv);
        a.addBindValue(int(level));
        a.addBindValue(fromMs);
        a.addBindValue(toMs);
        if (a.exec()) {
            while (a.next()) {
                const int b = bucketOf(a.value(0).toLongLong());
                if (b >= 0 && b < n)
                    sums[b][classOf(quint32(a.value(1).toLongLong()))] += double(a.value(2).toLongLong());
            }
        } else {
            m_error = a.lastError().text();
        }
    }
    t.ts.reserve(n);
    t.aas.reserve(n);
    for (int b = 0; b < n; ++b) {
        t.ts << fromMs + qint64(b) * t.bucketMs;
        std::array<float, int(WaitClass::Count)> a{};
        for (int i = 0; i < int(a.size()); ++i)
            a[i] = counts[b] > 0 ? float(sums[b][i] / double(counts[b])) : 0.f;
        t.aas << a;
    }
    return t;
}

QList<Incident> SessionReader::incidents(const QString &server, qint64 fromMs, qint64 toMs) {
    QList<Incident> out;
    const int srv = serverId(server);
    if (srv < 0)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT start_ts, root_pid, end_ts, blocked_max, root_state, root_query, wait_mode, "
                       "relation, forest FROM sh_incident WHERE srv = ? AND end_ts >= ? AND start_ts < ? "
                       "ORDER BY start_ts, root_pid"));
    q.addBindValue(srv);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        Incident i;
        i.startMs = q.value(0).toLongLong();
        i.rootPid = q.value(1).toInt();
        i.endMs = q.value(2).toLongLong();
        i.blockedMax = q.value(3).toInt();
        i.rootState = q.value(4).toString();
        i.rootQuery = q.value(5).toString();
        i.waitMode = q.value(6).toString();
        i.relation = q.value(7).toString();
        i.forest = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array();
        i.open = false;
        out << i;
    }
    return out;
}

} // namespace sessionhistory
