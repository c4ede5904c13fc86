#include "fleet/fleetengine.h"

#include "fleet/fleetcollector.h"
#include "monitor/healthcollector.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace fleet {

// One server: its connection, its timer, its numbers. Nothing here waits on another server.
class EngineWatcher : public QObject {
public:
    EngineWatcher(FleetEngine *owner, const Target &t)
        : QObject(owner)
        , m_owner(owner)
        , m_conn(new pg::Connection(this))
        , m_timer(new QTimer(this)) {
        pg::Connection::Options o;
        o.applicationName = QStringLiteral("pgdba fleet");
        o.readOnly = true;
        o.statementTimeoutMs = FleetCollector::StatementTimeoutMs;
        o.lockTimeoutMs = FleetCollector::LockTimeoutMs;
        o.queryDeadlineMs = FleetCollector::QueryDeadlineMs;
        o.defaultConnectTimeoutS = 5;
        o.autoReconnect = false; // the watcher retries itself, with its own backoff
        m_conn->setOptions(o);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
        setTarget(t);
    }

    void setTarget(const Target &t) {
        const bool moved = m_target.info.toConnString(true) != t.info.toConnString(true);
        m_target = t;
        m_status.id = t.id;
        m_status.name = t.name;
        m_status.group = t.group;
        m_status.historyKey = t.historyKey;
        if (moved && m_conn->state() != pg::Connection::State::Disconnected)
            m_conn->close(); // the next attempt opens the new address
    }
    void start(int delayMs) {
        if (!m_running)
            m_timer->start(delayMs);
    }
    void stop() { m_timer->stop(); }

private:
    void tick() {
        if (m_running || !m_owner->isActive())
            return;
        run();
    }

    void setRunning(bool running) {
        m_running = running;
        m_owner->setRunning(m_status.id, running);
    }

    void post(bool sampled) {
        EngineUpdate u;
        u.status = m_status;
        u.intervals = m_intervals;
        u.intervalSumMs = m_intervalSum;
        u.intervalMaxMs = m_intervalMax;
        u.sampled = sampled;
        m_owner->post(u);
    }

    QCoro::Task<void> run() {
        QPointer<EngineWatcher> self(this);
        setRunning(true);
        m_attempt.start();
        if (!m_conn->isReady()) {
            const std::optional<pg::Error> err = co_await m_conn->open(m_target.info);
            if (!self)
                co_return;
            if (err) {
                finish(err->message);
                co_return;
            }
        }
        const pg::Result r = co_await m_conn->query(pg::sqlFile(QStringLiteral("fleet/sample")));
        if (!self)
            co_return;
        if (!r.ok()) {
            finish(r.error()->message);
            co_return;
        }
        if (r.rows() != 1) {
            finish(ServerStatus::tr("the sample query returned no row"));
            co_return;
        }
        apply(r);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int every = m_owner->settings().healthEveryMs;
        if (every > 0 && now >= m_nextHealthMs) {
            // The first check at once; the next ones 75–125 % of the period apart, so servers
            // that started together do not all check in the same refresh.
            m_nextHealthMs =
                now + qint64(double(every) * (0.75 + 0.5 * QRandomGenerator::global()->generateDouble()));
            // A finished sample is shown at once; the health counts follow.
            post(true);
            const monitor::HealthReport report =
                co_await monitor::HealthCollector::check(m_conn, m_owner->settings().thresholds);
            if (!self)
                co_return;
            if (report.failure.isEmpty()) {
                m_status.healthCritical = report.count(monitor::HealthStatus::Critical);
                m_status.healthWarning = report.count(monitor::HealthStatus::Warning);
            }
            finish({}, false);
            co_return;
        }
        finish({}, true);
    }

    void apply(const pg::Result &r) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ServerStatus &status = m_status;
        status.state = ServerStatus::State::Up;
        status.error.clear();
        status.failures = 0;
        status.retryAtMs = 0;
        status.version = r.text(0, "version").section(QLatin1Char(' '), 0, 0);
        status.versionNum = int(r.int64(0, "version_num"));
        status.standby = r.boolean(0, "in_recovery");
        status.active = int(r.int64(0, "active"));
        status.waiting = int(r.int64(0, "waiting"));
        const qint64 xacts = r.int64(0, "xacts");
        const qint64 hit = r.int64(0, "blks_hit");
        const qint64 read = r.int64(0, "blks_read");
        const qint64 serverMs = r.int64(0, "server_ms");
        status.tps.reset();
        if (m_prevServerMs > 0 && serverMs > m_prevServerMs && xacts >= m_prevXacts)
            status.tps = double(xacts - m_prevXacts) * 1000.0 / double(serverMs - m_prevServerMs);
        const qint64 dHit = hit - m_prevHit, dRead = read - m_prevRead;
        if (m_prevServerMs > 0 && dHit >= 0 && dRead >= 0 && dHit + dRead > 0)
            status.cacheHit = double(dHit) / double(dHit + dRead);
        else if (hit + read > 0)
            status.cacheHit = double(hit) / double(hit + read);
        else
            status.cacheHit.reset();
        if (r.isNull(0, "lag_s"))
            status.lagS.reset();
        else
            status.lagS = std::max(0.0, r.dbl(0, "lag_s"));
        m_prevXacts = xacts;
        m_prevHit = hit;
        m_prevRead = read;
        m_prevServerMs = serverMs;
        status.lastSampleMs = now;
        if (m_lastGood.isValid()) {
            const double d = double(m_lastGood.nsecsElapsed()) / 1e6;
            ++m_intervals;
            m_intervalSum += d;
            m_intervalMax = std::max(m_intervalMax, d);
        }
        m_lastGood.start();
    }

    // After an attempt: the next one in an interval (from this one's start), or after the
    // backoff when it failed. `sampled`: this attempt's good sample was not posted yet.
    void finish(const QString &error, bool sampled = false) {
        setRunning(false);
        const EngineSettings &s = m_owner->settings();
        int next = 0;
        if (error.isEmpty()) {
            next = int(std::max<qint64>(0, s.intervalMs - m_attempt.elapsed()));
        } else {
            ++m_status.failures;
            m_status.state = ServerStatus::State::Down;
            m_status.error = error.trimmed();
            m_status.active = m_status.waiting = -1;
            m_status.tps.reset();
            m_prevServerMs = 0; // the rates start again after the server is back
            m_lastGood.invalidate();
            next = backoffMs(s.intervalMs, m_status.failures, s.maxBackoffMs);
            m_status.lastFailureMs = QDateTime::currentMSecsSinceEpoch();
            m_status.retryAtMs = m_status.lastFailureMs + next;
        }
        post(sampled);
        if (m_owner->isActive())
            m_timer->start(next);
    }

    FleetEngine *m_owner;
    pg::Connection *m_conn;
    Target m_target;
    QTimer *m_timer;
    ServerStatus m_status;
    QElapsedTimer m_attempt;
    QElapsedTimer m_lastGood;
    bool m_running = false;
    qint64 m_nextHealthMs = 0;
    qint64 m_prevXacts = 0, m_prevHit = 0, m_prevRead = 0, m_prevServerMs = 0;
    int m_intervals = 0;
    double m_intervalSum = 0, m_intervalMax = 0;
};

FleetEngine::FleetEngine(std::shared_ptr<EngineShared> shared, Post post)
    : m_shared(std::move(shared))
    , m_post(std::move(post))
    , m_batch(new QTimer(this)) { // a child: it moves to the engine's thread with it
    m_batch->setSingleShot(true);
    m_batch->setInterval(BatchMs);
    connect(m_batch, &QTimer::timeout, this, [this] { m_post(std::exchange(m_outbox, {})); });
}

void FleetEngine::post(const EngineUpdate &u) {
    m_outbox.append(u);
    if (!m_batch->isActive())
        m_batch->start();
}

FleetEngine::~FleetEngine() {
    // The watchers go first, while the engine (their owner) is still whole: deleting a watcher
    // wakes its coroutine, which finds its watcher gone and returns.
    const QList<EngineWatcher *> all = m_watchers.values();
    m_watchers.clear();
    qDeleteAll(all);
}

void FleetEngine::setTargets(const QList<Target> &targets) {
    QSet<QString> keep;
    for (const Target &t : targets) {
        keep.insert(t.id);
        if (EngineWatcher *w = m_watchers.value(t.id)) {
            w->setTarget(t);
        } else {
            auto *nw = new EngineWatcher(this, t);
            m_watchers.insert(t.id, nw);
            if (m_active)
                nw->start(0);
        }
    }
    for (auto it = m_watchers.begin(); it != m_watchers.end();) {
        if (!keep.contains(it.key())) {
            setRunning(it.key(), false);
            it.value()->deleteLater();
            it = m_watchers.erase(it);
        } else {
            ++it;
        }
    }
}

void FleetEngine::setActive(bool active) {
    if (m_active == active)
        return;
    m_active = active;
    for (EngineWatcher *w : std::as_const(m_watchers)) {
        if (active)
            w->start(0);
        else
            w->stop();
    }
}

void FleetEngine::setRunning(const QString &id, bool running) {
    QMutexLocker lock(&m_shared->mutex);
    if (running)
        m_shared->running.insert(id);
    else
        m_shared->running.remove(id);
}

} // namespace fleet
