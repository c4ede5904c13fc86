#include "monitor/serverstatscollector.h"

#include "history/store.h"
#include "monitor/poller.h"
#include "monitor/serverstatsrates.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <limits>

namespace monitor {

ServerStatsCollector::ServerStatsCollector(QObject *parent)
    : QObject(parent)
    , m_poller(new Poller(this)) {
    m_poller->setInterval(1000);
    m_poller->setJob([this](quint64 gen) { return refresh(gen); });
}

ServerStatsCollector::~ServerStatsCollector() = default;

QString ServerStatsCollector::historyKey(const QString &database) {
    return database.isEmpty() ? QString() : QStringLiteral("db:") + database;
}

void ServerStatsCollector::setServer(pg::Connection *conn, const QString &serverKey) {
    m_poller->invalidate();
    m_conn = conn;
    m_serverKey = serverKey;
    m_last = {};
    reload();
}

void ServerStatsCollector::setHistory(history::Store *store) {
    m_history = store;
    reload();
}

int ServerStatsCollector::retentionDays() const {
    return m_history && m_history->isOpen() ? m_history->retentionDays() : -1;
}

void ServerStatsCollector::setRetentionDays(int days) {
    if (!m_history || !m_history->isOpen() || m_history->retentionDays() == days)
        return;
    m_history->setRetentionDays(days);
    m_history->enforceRetention();
}

QString ServerStatsCollector::historyLocation() const {
    return m_history && m_history->isOpen() ? m_history->fileName() : QString();
}

void ServerStatsCollector::setDatabase(const QString &database) {
    if (database == m_database)
        return;
    m_database = database;
    reload();
}

void ServerStatsCollector::setWindowMs(qint64 ms) {
    if (ms == m_windowMs)
        return;
    const bool wider = ms > m_windowMs;
    m_windowMs = ms;
    if (wider && m_history && m_history->isOpen()) {
        reload(true); // older points were trimmed from memory, the store still has them
    } else {
        trim();
        Q_EMIT pointsReset();
    }
}

void ServerStatsCollector::reload(bool keep) {
    const quint64 gen = ++m_loadGeneration;
    if (!keep) {
        m_points.clear();
        Q_EMIT pointsReset();
    }
    if (!m_history || !m_history->isOpen() || m_serverKey.isEmpty()) {
        m_loading = false;
        Q_EMIT historyLoaded();
        return;
    }
    m_loading = true;
    const QString connection = m_history->database().connectionName();
    const qint64 from = QDateTime::currentMSecsSinceEpoch() - m_windowMs;
    auto *watcher = new QFutureWatcher<QList<ServerStatsPoint>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, gen] {
        QObject::disconnect(watcher, nullptr, this, nullptr); // Qt 6.4 may report finished twice
        watcher->deleteLater();
        if (gen != m_loadGeneration)
            return; // a newer reload (server, database, window) replaced this one
        QList<ServerStatsPoint> loaded = watcher->result();
        // Points that arrived while the store was read: keep those newer than the stored ones.
        const qint64 last = loaded.isEmpty() ? std::numeric_limits<qint64>::min() : loaded.last().tsMs;
        for (const auto &p : std::as_const(m_points))
            if (p.tsMs > last)
                loaded << p;
        m_points = std::move(loaded);
        trim();
        m_loading = false;
        Q_EMIT pointsReset();
        Q_EMIT historyLoaded();
    });
    watcher->setFuture(QtConcurrent::run(
        [connection, server = m_serverKey, key = historyKey(m_database), from]() -> QList<ServerStatsPoint> {
            const auto samples = history::Store::readSamples(connection, server, historyKind(), key, from);
            QList<ServerStatsPoint> points;
            points.reserve(samples.size());
            for (const auto &s : samples)
                points << ServerStatsPoint::fromJson(s.tsMs, s.value);
            return points;
        }));
}

void ServerStatsCollector::trim() {
    const qint64 from = QDateTime::currentMSecsSinceEpoch() - m_windowMs;
    qsizetype n = 0;
    while (n < m_points.size() && m_points.at(n).tsMs < from)
        ++n;
    if (n > 0)
        m_points.remove(0, n); // Qt 6: removing from the front does not move the rest
}

void ServerStatsCollector::save(const QString &key, const ServerStatsPoint &p) {
    if (m_history && m_history->isOpen() && !m_serverKey.isEmpty())
        m_history->append(m_serverKey, historyKind(), key, p.tsMs, p.toJson());
}

void ServerStatsCollector::addSample(const ServerStatsSample &sample) {
    ServerStatsSample prev = m_last;
    m_last = sample;
    // After a pause (page hidden, paused) a rate over the whole gap would be a misleading
    // average: the first sample only sets the baseline again.
    const qint64 gapLimit = qMax<qint64>(5000, 3LL * m_poller->interval());
    if (prev.isValid() && sample.localMs - prev.localMs > gapLimit)
        prev = {};
    const auto all = ratePoint(prev, sample);
    if (all)
        save(historyKey({}), *all);
    const auto mine = m_database.isEmpty() ? all : ratePoint(prev, sample, m_database);
    if (mine && !m_database.isEmpty())
        save(historyKey(m_database), *mine);
    if (mine) {
        m_points << *mine;
        trim();
        Q_EMIT pointAdded(*mine);
    }
    // Retention, once an hour while samples are written.
    if (m_history && m_history->isOpen() && sample.localMs - m_lastRetentionMs > 3600 * 1000) {
        m_lastRetentionMs = sample.localMs;
        m_history->enforceRetention(sample.localMs);
    }
    Q_EMIT sampled();
}

QCoro::Task<void> ServerStatsCollector::refresh(quint64 gen) {
    QPointer<ServerStatsCollector> self(this);
    QPointer<pg::Connection> conn = m_conn;
    if (!conn || !conn->isReady())
        co_return;
    const pg::Result r =
        co_await conn->query(pg::sqlFile(QStringLiteral("monitor/serverstats"), conn->facts().versionNum));
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    if (!r.ok()) {
        Q_EMIT sampleFailed(*r.error());
        co_return;
    }
    addSample(ServerStatsSample::fromResult(r, QDateTime::currentMSecsSinceEpoch()));
}

} // namespace monitor
