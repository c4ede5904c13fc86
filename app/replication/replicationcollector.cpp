#include "replication/replicationcollector.h"

#include "history/store.h"
#include "monitor/poller.h"
#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace replication {

ReplicationCollector::ReplicationCollector(QObject *parent)
    : QObject(parent)
    , m_poller(new monitor::Poller(this)) {
    m_poller->setInterval(2000);
    m_poller->setJob([this](quint64 gen) { return refresh(gen); });
}

ReplicationCollector::~ReplicationCollector() = default;

void ReplicationCollector::setServer(pg::Connection *conn, const QString &serverKey) {
    m_poller->invalidate();
    m_conn = conn;
    m_serverKey = serverKey;
    m_snapshot = {};
    reload();
}

void ReplicationCollector::setHistory(history::Store *store) {
    m_history = store;
    reload();
}

void ReplicationCollector::setWindowMs(qint64 ms) {
    m_windowMs = ms;
    reload();
}

void ReplicationCollector::reload() {
    const quint64 gen = ++m_loadGeneration;
    m_points.clear();
    Q_EMIT pointsReset();
    if (!m_history || !m_history->isOpen() || m_serverKey.isEmpty())
        return;
    const QString connection = m_history->database().connectionName();
    const qint64 from = QDateTime::currentMSecsSinceEpoch() - m_windowMs;
    auto *watcher = new QFutureWatcher<QList<ReplicationPoint>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, gen] {
        QObject::disconnect(watcher, nullptr, this, nullptr); // Qt 6.4 may report finished twice
        watcher->deleteLater();
        if (gen != m_loadGeneration)
            return;
        QList<ReplicationPoint> loaded = watcher->result();
        const qint64 last = loaded.isEmpty() ? 0 : loaded.last().tsMs;
        for (const auto &p : std::as_const(m_points))
            if (p.tsMs > last)
                loaded << p;
        m_points = std::move(loaded);
        trim();
        Q_EMIT pointsReset();
    });
    watcher->setFuture(QtConcurrent::run([connection, server = m_serverKey, from] {
        QList<ReplicationPoint> points;
        for (const auto &s : history::Store::readSamples(connection, server, historyKind(), QString(), from))
            points << ReplicationPoint::fromJson(s.tsMs, s.value);
        return points;
    }));
}

void ReplicationCollector::trim() {
    const qint64 from = QDateTime::currentMSecsSinceEpoch() - m_windowMs;
    qsizetype n = 0;
    while (n < m_points.size() && m_points.at(n).tsMs < from)
        ++n;
    if (n > 0)
        m_points.remove(0, n);
}

void ReplicationCollector::addSnapshot(const ReplicationSnapshot &s) {
    ReplicationSnapshot prev = m_snapshot;
    if (prev.isValid() && s.tsMs - prev.tsMs > qMax<qint64>(10000, 3LL * m_poller->interval()))
        prev = {}; // after a pause a rate over the whole gap would mislead
    m_snapshot = s;
    const ReplicationPoint p = ReplicationPoint::between(prev, s);
    if (m_history && m_history->isOpen() && !m_serverKey.isEmpty())
        m_history->append(m_serverKey, historyKind(), QString(), p.tsMs, p.toJson());
    m_points << p;
    trim();
    Q_EMIT snapshotReady();
}

QCoro::Task<ReplicationFetch> ReplicationCollector::fetch(pg::Connection *c) {
    QPointer<pg::Connection> conn(c);
    ReplicationFetch out;
    if (!conn || !conn->isReady()) {
        out.error = pg::Error::connection(tr("not connected"));
        co_return out;
    }
    const int v = conn->facts().versionNum;
    auto sql = [v](const char *name) {
        return pg::sqlFile(QStringLiteral("replication/") + QLatin1String(name), v);
    };
    const pg::Result overview = co_await conn->query(sql("overview"));
    if (!conn || !overview.ok()) {
        out.error = conn ? *overview.error() : pg::Error::connection(tr("the connection was closed"));
        co_return out;
    }
    const bool standby = overview.rows() > 0 && overview.boolean(0, "in_recovery");
    const pg::Result senders = co_await conn->query(sql("senders"));
    if (!conn)
        co_return out;
    const pg::Result slotRows = co_await conn->query(sql("slots"));
    if (!conn)
        co_return out;
    pg::Result conflicts;
    if (standby) {
        conflicts = co_await conn->query(sql("conflicts"));
        if (!conn)
            co_return out;
    }
    const pg::Result checkpoints = co_await conn->query(sql("checkpoints"));
    if (!conn)
        co_return out;
    const pg::Result io = co_await conn->query(sql("io"));
    if (!conn)
        co_return out;
    for (const pg::Result *r : {&senders, &slotRows, &checkpoints, &io})
        if (!r->ok() && !out.error)
            out.error = *r->error(); // shown, but what could be read is still used
    const qint64 ts = QDateTime::currentMSecsSinceEpoch();
    auto parse = QtConcurrent::run([overview, senders, slotRows, conflicts, checkpoints, io, ts] {
        return ReplicationSnapshot::fromResults(overview, senders, slotRows, conflicts, checkpoints, io, ts);
    });
    auto parsed = pg::awaitFuture(parse);
    out.snapshot = co_await parsed;
    co_return out;
}

QCoro::Task<void> ReplicationCollector::refresh(quint64 gen) {
    QPointer<ReplicationCollector> self(this);
    const ReplicationFetch f = co_await fetch(m_conn);
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    if (f.snapshot.isValid())
        addSnapshot(f.snapshot);
    if (f.error)
        Q_EMIT sampleFailed(*f.error);
}

} // namespace replication
