#include "fleet/fleetcollector.h"

#include "fleet/fleetengine.h"

#include "alerts/alertstore.h"
#include "core/passwordstore.h"
#include "core/profile.h"
#include "core/serversession.h"
#include "history/store.h"
#include "monitor/serverstatscollector.h"
#include "monitor/serverstatspoint.h"
#include "pg/awaitfuture.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace fleet {

int backoffMs(int intervalMs, int failures, int capMs) {
    if (failures <= 0)
        return intervalMs;
    const int shift = std::min(failures - 1, 20);
    const qint64 d = qint64(intervalMs) << shift;
    return int(std::min<qint64>(d, std::max(capMs, intervalMs)));
}

FleetCollector::FleetCollector(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<EngineShared>())
    , m_thread(new QThread(this))
    , m_alertTimer(new QTimer(this)) {
    connect(m_alertTimer, &QTimer::timeout, this, [this] { readOpenAlerts(); });
    m_thread->setObjectName(QStringLiteral("pgdba fleet"));
    // The engine hands over statuses by queuing them to this object; once this object is going
    // (closed), nothing more is queued.
    FleetCollector *collector = this;
    const std::shared_ptr<EngineShared> shared = m_shared;
    m_engine = new FleetEngine(m_shared, [collector, shared](const QList<EngineUpdate> &batch) {
        QMutexLocker lock(&shared->mutex);
        if (shared->closed)
            return; // the collector is being destroyed: what it had queued goes with it
        QMetaObject::invokeMethod(
            collector,
            [collector, batch] {
                for (const EngineUpdate &u : batch)
                    collector->received(u);
            },
            Qt::QueuedConnection);
    });
    m_engine->moveToThread(m_thread);
    m_thread->start();
    pushSettings();
}

FleetCollector::~FleetCollector() {
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->closed = true;
    }
    // The engine is deleted on its own thread (its connections and timers live there), then the
    // thread ends. Closing connections does not wait on the network (PQfinish only sends).
    FleetEngine *engine = std::exchange(m_engine, nullptr);
    QMetaObject::invokeMethod(
        engine,
        [engine] {
            delete engine;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
}

void FleetCollector::toEngine(std::function<void(FleetEngine *)> f) {
    FleetEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, f = std::move(f)] { f(engine); }, Qt::QueuedConnection);
}

void FleetCollector::pushSettings() {
    EngineSettings s;
    s.intervalMs = m_intervalMs;
    s.healthEveryMs = m_healthEveryMs;
    s.maxBackoffMs = m_maxBackoffMs;
    s.thresholds = m_thresholds;
    toEngine([s](FleetEngine *e) { e->setSettings(s); });
}

void FleetCollector::setHealthEveryMs(int ms) {
    m_healthEveryMs = ms;
    pushSettings();
}

void FleetCollector::setThresholds(const monitor::HealthThresholds &t) {
    m_thresholds = t;
    pushSettings();
}

void FleetCollector::setMaxBackoffMs(int ms) {
    m_maxBackoffMs = ms;
    pushSettings();
}

void FleetCollector::received(const EngineUpdate &u) {
    const auto it = m_entries.find(u.status.id);
    if (it == m_entries.end())
        return; // removed meanwhile
    ServerStatus &s = it->status;
    // Kept here, not by the engine: the open alerts and the hour of TPS points.
    const int openAlerts = s.openAlerts, openCritical = s.openCriticalAlerts;
    QList<TpsPoint> history = std::move(s.tpsHistory);
    const QString name = s.name, group = s.group, historyKey = s.historyKey;
    s = u.status;
    s.name = name; // the collector's targets win over an update queued before they changed
    s.group = group;
    s.historyKey = historyKey;
    s.openAlerts = openAlerts;
    s.openCriticalAlerts = openCritical;
    if (u.sampled && s.tps) {
        history.append({s.lastSampleMs, *s.tps});
        while (!history.isEmpty() && history.first().tsMs < s.lastSampleMs - TpsWindowMs)
            history.removeFirst();
    }
    s.tpsHistory = std::move(history);
    it->stats.samples = u.intervals;
    it->stats.meanMs = u.intervals ? u.intervalSumMs / u.intervals : 0;
    it->stats.maxMs = u.intervalMaxMs;
    const QString id = u.status.id;
    if (u.sampled)
        Q_EMIT sampled(id);
    Q_EMIT serverUpdated(id);
}

int FleetCollector::settingsIntervalMs() {
    const int s = QSettings().value(QStringLiteral("fleet/intervalS"), DefaultIntervalMs / 1000).toInt();
    return std::clamp(s, MinSettingS, MaxSettingS) * 1000;
}

QCoro::Task<QList<Target>> FleetCollector::targets(QList<core::Profile> profiles) {
    QList<Target> out;
    const bool keyring = core::PasswordStore::keyringReachable();
    core::PasswordStore passwords;
    for (const core::Profile &p : profiles) {
        Target t;
        t.id = p.id;
        t.name = p.displayName();
        t.group = p.group;
        t.info = p.connInfo();
        t.historyKey = core::ServerSession::historyKeyFor(t.info);
        if (keyring) {
            const std::optional<QString> pw = co_await passwords.read(p.id);
            if (pw && !pw->isEmpty())
                t.info.set("password", *pw);
        }
        out << t;
    }
    co_return out;
}

void FleetCollector::setHistory(history::Store *store) {
    m_history = store;
}

void FleetCollector::setIntervalMs(int ms) {
    m_intervalMs = std::max(ms, 200);
    pushSettings();
}

void FleetCollector::setTargets(const QList<Target> &targets) {
    QStringList order;
    QList<QPair<QString, QString>> fresh;
    for (const Target &t : targets) {
        order << t.id;
        Entry &e = m_entries[t.id];
        if (e.status.id.isEmpty()) {
            e.status.id = t.id;
            fresh.append({t.id, t.historyKey});
        }
        e.status.name = t.name;
        e.status.group = t.group;
        e.status.historyKey = t.historyKey;
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!order.contains(it.key()))
            it = m_entries.erase(it);
        else
            ++it;
    }
    m_order = order;
    toEngine([targets](FleetEngine *e) { e->setTargets(targets); });
    Q_EMIT serversChanged();
    if (m_history && !fresh.isEmpty())
        loadHistory(fresh);
}

void FleetCollector::setActive(bool active) {
    if (m_active == active)
        return;
    m_active = active;
    if (active) {
        m_alertTimer->start(m_intervalMs);
        readOpenAlerts();
    } else {
        m_alertTimer->stop();
    }
    toEngine([active](FleetEngine *e) { e->setActive(active); });
}

QList<ServerStatus> FleetCollector::statuses() const {
    QList<ServerStatus> out;
    out.reserve(m_order.size());
    for (const QString &id : m_order)
        if (const auto it = m_entries.constFind(id); it != m_entries.constEnd())
            out << it->status;
    return out;
}

std::optional<ServerStatus> FleetCollector::status(const QString &id) const {
    if (const auto it = m_entries.constFind(id); it != m_entries.constEnd())
        return it->status;
    return std::nullopt;
}

void FleetCollector::setOpenAlerts(const QString &id, int open, int critical) {
    if (const auto it = m_entries.find(id); it != m_entries.end()) {
        it->status.openAlerts = open;
        it->status.openCriticalAlerts = critical;
        Q_EMIT serverUpdated(id);
    }
}

IntervalStats FleetCollector::intervalStats(const QString &id) const {
    const auto it = m_entries.constFind(id);
    return it != m_entries.constEnd() ? it->stats : IntervalStats{};
}

bool FleetCollector::isPending(const QString &id) const {
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->running.contains(id);
}

namespace {
// The recorded transactions per second of the last hour, at most one point per 10 s.
QList<TpsPoint> readTps(const QString &connection, const QString &server, qint64 fromMs) {
    const QList<history::Sample> samples = history::Store::readSamples(
        connection, server, monitor::ServerStatsCollector::historyKind(), QString(), fromMs);
    QList<TpsPoint> out;
    constexpr qint64 BucketMs = 10000;
    qint64 bucket = -1;
    double sum = 0;
    int n = 0;
    auto flush = [&] {
        if (n > 0)
            out.append({bucket * BucketMs + BucketMs / 2, sum / n});
        sum = 0;
        n = 0;
    };
    for (const history::Sample &s : samples) {
        const monitor::ServerStatsPoint p = monitor::ServerStatsPoint::fromJson(s.tsMs, s.value);
        const qint64 b = s.tsMs / BucketMs;
        if (b != bucket) {
            flush();
            bucket = b;
        }
        sum += p.commits + p.rollbacks;
        ++n;
    }
    flush();
    return out;
}
} // namespace

QCoro::Task<void> FleetCollector::readOpenAlerts() {
    if (m_readingAlerts || !m_history || !m_history->isOpen())
        co_return;
    QPointer<FleetCollector> self(this);
    m_readingAlerts = true;
    const QString connection = m_history->database().connectionName();
    auto future = QtConcurrent::run([connection] { return alerts::AlertStore::readOpenSummary(connection); });
    auto awaiter = pg::awaitFuture(future);
    const QHash<QString, alerts::OpenSummary> open = co_await awaiter;
    if (!self)
        co_return;
    m_readingAlerts = false;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const alerts::OpenSummary sum = open.value(it->status.historyKey);
        if (sum.open != it->status.openAlerts ||
            (sum.worst == int(alerts::Severity::Critical)) != (it->status.openCriticalAlerts > 0))
            setOpenAlerts(it.key(), sum.open, sum.worst == int(alerts::Severity::Critical) ? 1 : 0);
    }
}

QCoro::Task<void> FleetCollector::loadHistory(QList<QPair<QString, QString>> idsAndKeys) {
    QPointer<FleetCollector> self(this);
    const QString connection = m_history->database().connectionName();
    const qint64 from = QDateTime::currentMSecsSinceEpoch() - TpsWindowMs;
    auto future = QtConcurrent::run([connection, idsAndKeys, from] {
        QHash<QString, QList<TpsPoint>> out;
        for (const auto &[id, key] : idsAndKeys)
            out.insert(id, readTps(connection, key, from));
        return out;
    });
    auto awaiter = pg::awaitFuture(future);
    const QHash<QString, QList<TpsPoint>> read = co_await awaiter;
    if (!self)
        co_return;
    for (auto it = read.begin(); it != read.end(); ++it) {
        const auto entry = m_entries.find(it.key());
        if (entry == m_entries.end() || it.value().isEmpty())
            continue;
        // Recorded points before the first live one, then the live ones.
        QList<TpsPoint> &live = entry->status.tpsHistory;
        QList<TpsPoint> merged;
        const qint64 firstLive = live.isEmpty() ? std::numeric_limits<qint64>::max() : live.first().tsMs;
        for (const TpsPoint &p : it.value())
            if (p.tsMs < firstLive)
                merged << p;
        merged << live;
        live = merged;
        Q_EMIT serverUpdated(it.key());
    }
}

} // namespace fleet
