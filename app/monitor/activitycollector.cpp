#include "monitor/activitycollector.h"

#include "history/store.h"
#include "monitor/poller.h"
#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"
#include "pg/sqllexer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QtConcurrent>

namespace monitor {

namespace {
// The query without its comments and with one space between tokens: it goes to the server on
// every refresh, and the header that explains it is longer than the query.
QString compact(const QString &sql) {
    const pg::LexResult lexed = pg::lex(sql);
    if (!lexed.ok())
        return sql;
    QString out;
    out.reserve(sql.size() / 2);
    int end = 0;
    for (const pg::Token &t : lexed.tokens) {
        if (t.start > end && !out.isEmpty())
            out += QLatin1Char(' ');
        out += t.text;
        end = t.end;
    }
    return out;
}

// The activity query for a server version, made compact once per variant.
const QString &activitySql(int versionNum) {
    static const QString withQueryId = compact(pg::sqlFile(QStringLiteral("monitor/activity"), 140000));
    static const QString withoutQueryId = compact(pg::sqlFile(QStringLiteral("monitor/activity"), 100000));
    return versionNum >= 140000 ? withQueryId : withoutQueryId;
}
} // namespace

ActivityCollector::ActivityCollector(QObject *parent)
    : QObject(parent)
    , m_poller(new Poller(this)) {
    m_poller->setInterval(2000);
    m_poller->setJob([this](quint64 gen) { return refresh(gen); });
}

ActivityCollector::~ActivityCollector() = default;

void ActivityCollector::setServer(pg::Connection *conn, const QString &serverKey) {
    m_poller->invalidate();
    disconnect(m_reconnected);
    m_conn = conn;
    m_serverKey = serverKey;
    m_last = {};
    m_base = {};
    // A new backend may sit on another server (a failover behind the same address).
    if (conn)
        m_reconnected = connect(conn, &pg::Connection::reconnected, this, &ActivityCollector::resetDelta);
}

bool ActivityCollector::nextIsDelta() const {
    return m_base.canFollow() && m_conn && m_conn->facts().backendPid == m_baseBackend &&
           m_poller->generation() == m_baseGeneration;
}

void ActivityCollector::setHistory(history::Store *store) {
    m_history = store;
}

QCoro::Task<ActivityFetch> ActivityCollector::fetch(pg::Connection *conn, ActivitySnapshot base) {
    ActivityFetch out;
    if (!conn || !conn->isReady()) {
        out.error = pg::Error::connection(tr("not connected"));
        co_return out;
    }
    QPointer<pg::Connection> guard(conn);
    QElapsedTimer clock;
    clock.start();
    const QString sql = activitySql(conn->facts().versionNum);
    const QVariantList params = ActivitySnapshot::deltaParams(base);
    const pg::Result r = co_await conn->query(sql, params);
    const double roundTrip = double(clock.nsecsElapsed()) / 1e6;
    if (!r.ok()) {
        out.error = *r.error();
        co_return out;
    }
    // Reading (and merging) up to 1,000 rows is plain CPU work: off the calling thread.
    QFuture<ActivitySnapshot> parsed = QtConcurrent::run(&ActivitySnapshot::merge, std::move(base), r);
    auto awaiter = pg::awaitFuture(parsed);
    out.snapshot = co_await awaiter;
    out.snapshot.roundTripMs = roundTrip;
    co_return out;
}

QJsonObject ActivityCollector::summaryJson(const ActivitySnapshot &snap) {
    int active = 0, idle = 0, idleTx = 0, waiting = 0, other = 0, clients = 0;
    qint64 longestMs = 0;
    for (const auto &s : snap.sessions) {
        if (s.isClient())
            ++clients;
        if (s.isWaitingOnLock())
            ++waiting;
        else if (s.state == QLatin1String("active"))
            ++active;
        else if (s.isIdleInTransaction())
            ++idleTx;
        else if (s.state == QLatin1String("idle"))
            ++idle;
        else
            ++other;
        if (s.state == QLatin1String("active") && s.queryStartMs > 0)
            longestMs = qMax(longestMs, snap.sampledAtMs - s.queryStartMs);
    }
    return {{QStringLiteral("sessions"), int(snap.sessions.size())},
            {QStringLiteral("clients"), clients},
            {QStringLiteral("active"), active},
            {QStringLiteral("idle"), idle},
            {QStringLiteral("idle_in_transaction"), idleTx},
            {QStringLiteral("waiting"), waiting},
            {QStringLiteral("other"), other},
            {QStringLiteral("blockers"), int(snap.blockerPids().size())},
            {QStringLiteral("longest_query_ms"), double(longestMs)},
            {QStringLiteral("server_ms"), snap.serverMs}};
}

QCoro::Task<std::optional<QJsonObject>> ActivityCollector::fetchSummary(pg::Connection *conn,
                                                                        pg::Error *error) {
    if (!conn || !conn->isReady()) {
        *error = pg::Error::connection(tr("not connected"));
        co_return std::nullopt;
    }
    const pg::Result r = co_await conn->query(pg::sqlFile(QStringLiteral("monitor/activity_summary")));
    if (!r.ok() || r.rows() != 1) {
        *error = r.ok() ? pg::Error::client(tr("activity summary: no row")) : *r.error();
        co_return std::nullopt;
    }
    // One row: read here, nothing worth a thread.
    const int sessions = int(r.int64(0, "sessions"));
    const int waiting = int(r.int64(0, "waiting"));
    const int active = int(r.int64(0, "active"));
    const int idleTx = int(r.int64(0, "idle_in_transaction"));
    const int idle = int(r.int64(0, "idle"));
    co_return QJsonObject{{QStringLiteral("sessions"), sessions},
                          {QStringLiteral("clients"), int(r.int64(0, "clients"))},
                          {QStringLiteral("active"), active},
                          {QStringLiteral("idle"), idle},
                          {QStringLiteral("idle_in_transaction"), idleTx},
                          {QStringLiteral("waiting"), waiting},
                          {QStringLiteral("other"), sessions - waiting - active - idleTx - idle},
                          {QStringLiteral("blockers"), int(r.int64(0, "blockers"))},
                          {QStringLiteral("longest_query_ms"), double(r.int64(0, "longest_query_ms"))},
                          {QStringLiteral("server_ms"), r.dbl(0, "server_ms")}};
}

void ActivityCollector::write(const QJsonObject &summary) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_history || !m_history->isOpen() || m_serverKey.isEmpty() ||
        (m_historyEveryMs > 0 && now - m_lastWrittenMs < m_historyEveryMs))
        return;
    // Local time, like the server stats points: the windows the pages read are local.
    if (m_history->append(m_serverKey, QString::fromLatin1(HistoryKind), QString(), now, summary)) {
        m_lastWrittenMs = now;
        ++m_written;
    }
}

QCoro::Task<void> ActivityCollector::refresh(quint64 gen) {
    QPointer<ActivityCollector> self(this);
    QPointer<pg::Connection> conn = m_conn;
    if (!conn || !conn->isReady())
        co_return;
    if (m_summaryOnly) {
        pg::Error error;
        const std::optional<QJsonObject> summary = co_await fetchSummary(conn, &error);
        if (!self || !m_poller->isCurrent(gen))
            co_return;
        if (!summary) {
            Q_EMIT failed(error);
            co_return;
        }
        write(*summary);
        Q_EMIT summaryReady(*summary);
        co_return;
    }
    // A delta only on what the last refresh of this generation (no Poller::invalidate() since)
    // gave through this same backend (a reconnect may be to another server behind the address).
    const int backend = conn->facts().backendPid;
    ActivitySnapshot base = backend == m_baseBackend && gen == m_baseGeneration ? m_base : ActivitySnapshot{};
    const ActivityFetch f = co_await fetch(conn, std::move(base));
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    if (f.error) {
        m_base = {};
        Q_EMIT failed(*f.error);
        co_return;
    }
    m_last = f.snapshot;
    m_base = f.snapshot;
    m_baseBackend = backend;
    m_baseGeneration = gen;
    write(summaryJson(m_last));
    Q_EMIT snapshotReady(m_last);
}

} // namespace monitor
